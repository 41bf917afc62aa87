package dev.shareworthy.cli;

import dev.shareworthy.ShareworthyException;
import dev.shareworthy.content.SiteConfig;
import dev.shareworthy.content.SiteConfigReader;
import dev.shareworthy.content.Slugs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code shareworthy new post "Title"}: starts a post with its front matter filled in. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Creates content.",
    subcommands = NewCommand.NewPost.class)
final class NewCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "post", mixinStandardHelpOptions = true,
      description = "Creates content/posts/<slug>.md as a draft dated now.")
  static final class NewPost implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TITLE", description = "The post's title, in quotes.")
    String title;

    @Option(names = "--site", paramLabel = "DIR", defaultValue = ".", description = "The site folder (default: current folder).")
    Path siteDir;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws IOException {
      SiteConfig site = SiteConfigReader.read(siteDir, null);
      String slug = Slugs.slugify(title);
      if (slug.isEmpty()) {
        throw ShareworthyException.of("TITLE", 0, "the title '" + title + "' has no letters or digits to make a file name from");
      }
      Path file = siteDir.resolve("content/posts").resolve(slug + ".md");
      String date = ZonedDateTime.now(site.timezone()).truncatedTo(ChronoUnit.SECONDS)
          .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      String text = "---\n"
          + "title: \"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n"
          + "date: " + date + "\n"
          + "description: \"\"\n"
          + "tags: []\n"
          + "draft: true\n"
          + "---\n\n"
          + "Write the first paragraph here: it becomes the excerpt on the home page.\n\n"
          + "<!--more-->\n";
      Files.createDirectories(file.getParent());
      try {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      } catch (FileAlreadyExistsException e) {
        throw ShareworthyException.of(siteDir.relativize(file).toString(), 0,
            "already exists; choose another title or edit that file");
      }
      spec.commandLine().getOut().println("Created " + file + " (a draft: remove 'draft: true' to publish it)");
      return 0;
    }
  }
}

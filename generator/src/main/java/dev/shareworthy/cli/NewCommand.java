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
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

  /**
   * Another post whose file name gives the same slug: a Jekyll-style {@code 2024-05-01-slug.md},
   * or a bundle {@code slug/index.md}. (A slug set in front matter is only seen by the build.)
   */
  static Optional<Path> postWithSlug(Path posts, String slug) {
    if (!Files.isDirectory(posts)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(posts)) {
      String jekyll = "\\d{4}-\\d{2}-\\d{2}-" + Pattern.quote(slug);
      return files.filter(p -> {
        String name = p.getFileName().toString();
        if (Files.isDirectory(p)) {
          return Files.isRegularFile(p.resolve("index.md")) && (name.equals(slug) || name.matches(jekyll));
        }
        // slug.md itself is left to the write, which refuses to overwrite it.
        return name.endsWith(".md") && name.substring(0, name.length() - 3).matches(jekyll);
      }).findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
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
    public Integer call() {
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
      String relative = siteDir.relativize(file).toString().replace('\\', '/');
      Optional<Path> sameSlug = postWithSlug(file.getParent(), slug);
      if (sameSlug.isPresent()) {
        throw ShareworthyException.of(relative, 0, "a post named for the slug '" + slug + "' exists already: "
            + siteDir.relativize(sameSlug.get()) + "; choose another title or edit that post");
      }
      try {
        Files.createDirectories(file.getParent());
      } catch (IOException e) {
        throw ShareworthyException.of(relative, 0, "cannot be written: " + e);
      }
      try {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      } catch (FileAlreadyExistsException e) {
        throw ShareworthyException.of(relative, 0, "already exists; choose another title or edit that file");
      } catch (IOException e) {
        throw ShareworthyException.of(relative, 0, "cannot be written: " + e);
      }
      spec.commandLine().getOut().println("Created " + file + " (a draft: remove 'draft: true' to publish it)");
      return 0;
    }
  }
}

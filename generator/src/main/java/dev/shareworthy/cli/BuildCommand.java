package dev.shareworthy.cli;

import dev.shareworthy.Shareworthy;
import dev.shareworthy.build.BuildOptions;
import dev.shareworthy.build.BuildResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code shareworthy build [SITE_DIR]}. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Builds the site into its output folder.")
final class BuildCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "SITE_DIR",
      description = "The site folder, holding site.yaml (default: the current folder).")
  Path siteDir;

  @Option(names = "--output", paramLabel = "DIR", description = "Where to write the site (default: SITE_DIR/public).")
  Path output;

  @Option(names = "--drafts", description = "Include posts marked 'draft: true'.")
  boolean drafts;

  @Option(names = "--future", description = "Include posts dated in the future.")
  boolean future;

  @Option(names = "--base-url", paramLabel = "URL", description = "Replace site.yaml's baseUrl, e.g. for a preview deploy.")
  String baseUrl;

  @Mixin
  VerboseOption verbose;

  @Override
  public Integer call() {
    ConsoleProgress progress = ConsoleProgress.forTerminal(spec.commandLine().getErr());
    BuildResult result;
    try {
      result = Shareworthy.build(new BuildOptions(siteDir, output, drafts, future, baseUrl, null, progress, false));
    } finally {
      progress.finish();
    }
    spec.commandLine().getOut().println(result.summary());
    return 0;
  }
}

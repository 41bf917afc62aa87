package dev.shareworthy.cli;

import dev.shareworthy.Shareworthy;
import dev.shareworthy.build.BuildOptions;
import dev.shareworthy.build.BuildResult;
import dev.shareworthy.check.CheckReport;
import dev.shareworthy.report.Reports;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code shareworthy build [SITE_DIR]}: builds the site, then runs the quality checks and prints one line about
 * them. The checks never change the exit code: failing on findings is {@code check}'s job.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Builds the site into its output folder, then runs the quality checks and prints a summary line.")
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

  @Option(names = "--no-check", description = "Skip the quality checks after the build.")
  boolean noCheck;

  @Mixin
  VerboseOption verbose;

  @Override
  public Integer call() {
    ConsoleProgress progress = ConsoleProgress.forTerminal(spec.commandLine().getErr());
    BuildResult result;
    try {
      // The checks read the pages as they are written, so they cost far less than a second build would.
      result = Shareworthy.build(new BuildOptions(siteDir, output, drafts, future, baseUrl, null, progress, !noCheck));
    } finally {
      progress.finish();
    }
    spec.commandLine().getOut().println(result.summary("see --drafts, --future"));
    if (result.checks() != null) {
      spec.commandLine().getOut().println(checkLine(result));
    }
    return 0;
  }

  /** The one line about the checks that ran with the build; the details are {@code check}'s. */
  static String checkLine(BuildResult result) {
    CheckReport report = result.checks();
    boolean clean = report.findings().isEmpty();
    return "Checks: " + Reports.counts(report) + " " + result.checksTook()
        + (clean ? "" : " - run `shareworthy check` for details");
  }
}

package dev.shareworthy.cli;

import dev.shareworthy.Shareworthy;
import dev.shareworthy.ShareworthyException;
import dev.shareworthy.build.BuildOptions;
import dev.shareworthy.build.BuildResult;
import dev.shareworthy.check.CheckOptions;
import dev.shareworthy.check.CheckReport;
import dev.shareworthy.report.Reports;
import java.io.PrintWriter;
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
      result = Shareworthy.build(new BuildOptions(siteDir, output, drafts, future, baseUrl, null, progress, false));
    } finally {
      progress.finish();
    }
    spec.commandLine().getOut().println(result.summary());
    if (!noCheck) {
      check();
    }
    return 0;
  }

  /** Runs the checks with the build's options and prints one line; a problem with them is reported, not fatal. */
  private void check() {
    PrintWriter out = spec.commandLine().getOut();
    ConsoleProgress progress = ConsoleProgress.forTerminal(spec.commandLine().getErr());
    CheckReport report = null;
    ShareworthyException problems = null;
    try {
      report = Shareworthy.check(CheckOptions.site(siteDir).withBaseUrl(baseUrl).withDrafts(drafts)
          .withFuture(future).withListener(progress));
    } catch (ShareworthyException e) {
      problems = e;
    } finally {
      progress.finish();
    }
    if (problems != null) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("Checks could not run (the site was built):");
      problems.problems().forEach(p -> err.println("  " + p));
      return;
    }
    boolean clean = report.findings().isEmpty();
    out.println("Checks: " + Reports.counts(report) + (clean ? "" : " - run `shareworthy check` for details"));
  }
}

package dev.shareworthy.cli;

import dev.shareworthy.Shareworthy;
import dev.shareworthy.ShareworthyException;
import dev.shareworthy.check.CheckOptions;
import dev.shareworthy.check.CheckReport;
import dev.shareworthy.check.FailOn;
import dev.shareworthy.report.ReportFormat;
import dev.shareworthy.report.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shareworthy check [SITE_DIR]}: runs the quality checks and writes the reports. Exit code 0 when nothing
 * reaches the fail level, 1 when something does, 2 for usage or input errors.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Checks every post for what makes it weak, unshareable or spammy, and reports it.",
        "Exit code 0 when nothing reaches the fail level, 1 when something does, 2 for usage or input errors."})
final class CheckCommand implements Callable<Integer> {

  /** The exit code when a finding reaches the fail level. */
  static final int FAILED = 1;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SITE_DIR",
      description = "The site folder, holding site.yaml (default: the current folder).")
  Path siteDir;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text, json, sarif, junit or html; repeat for several reports (default: text).")
  List<String> formats = new ArrayList<>();

  @Option(names = "--output", paramLabel = "FILE",
      description = "Where the report of the --format at the same position goes; a format without one goes to "
          + "standard output (only one may).")
  List<Path> outputs = new ArrayList<>();

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "error, warning or never: which findings make the exit code 1 "
          + "(default: site.yaml's checks.failOn, else error).")
  String failOn;

  @Option(names = "--drafts", description = "Include posts marked 'draft: true'.")
  boolean drafts;

  @Option(names = "--future", description = "Include posts dated in the future.")
  boolean future;

  @Option(names = "--base-url", paramLabel = "URL", description = "Replace site.yaml's baseUrl; required with --html.")
  String baseUrl;

  @Option(names = "--html", paramLabel = "DIR",
      description = "Check a built static site (Hugo, Jekyll, any generator) instead of a Shareworthy site: the rules "
          + "that work on rendered pages run on its HTML files.")
  Path htmlDir;

  @Mixin
  VerboseOption verbose;

  /** A report to write: its format and its file, or null for standard output. */
  private record Target(ReportFormat format, Path file) {}

  @Override
  public Integer call() {
    List<Target> targets = targets();
    FailOn level = null;
    if (failOn != null) {
      level = FailOn.parse(failOn);
      if (level == null) {
        throw usage("--fail-on '" + failOn + "' is not a fail level; use error, warning or never");
      }
    }
    CheckOptions options = options().withFailOn(level);

    ConsoleProgress progress = ConsoleProgress.forTerminal(spec.commandLine().getErr());
    CheckReport report;
    try {
      report = Shareworthy.check(options.withListener(progress));
    } finally {
      progress.finish();
    }
    if (level != null) {
      report = report.withFailOn(level);
    }

    PrintWriter out = spec.commandLine().getOut();
    boolean stdoutTaken = targets.stream().anyMatch(t -> t.file() == null);
    // Notes go where they cannot mix into a report a pipe is reading.
    PrintWriter notes = stdoutTaken ? spec.commandLine().getErr() : out;
    for (Target target : targets) {
      try {
        if (target.file() == null) {
          Reports.write(report, target.format(), out, target.format() == ReportFormat.TEXT && Terminal.colour());
        } else {
          Reports.write(report, target.format(), target.file());
          notes.println("Wrote the " + target.format().id() + " report to " + target.file());
        }
      } catch (IOException e) {
        throw ShareworthyException.of(target.file() == null ? "standard output" : target.file().toString(), 0,
            "cannot be written: " + e.getMessage());
      }
    }
    if (targets.stream().noneMatch(t -> t.file() == null && t.format() == ReportFormat.TEXT)) {
      notes.println(Reports.verdict(report));
    }
    out.flush();
    return report.failed() ? FAILED : 0;
  }

  private CheckOptions options() {
    if (htmlDir != null) {
      if (siteDir != null) {
        throw usage("give either SITE_DIR or --html DIR, not both");
      }
      if (baseUrl == null || baseUrl.isBlank()) {
        throw usage("--html needs --base-url URL: the address the site is published at, such as https://example.com/");
      }
      if (!Files.isDirectory(htmlDir)) {
        throw ShareworthyException.of(htmlDir.toString(), 0, "is not a folder; give --html the folder your generator built");
      }
      return CheckOptions.html(htmlDir, baseUrl).withDrafts(drafts).withFuture(future);
    }
    Path dir = siteDir == null ? Path.of(".") : siteDir;
    return CheckOptions.site(dir).withBaseUrl(baseUrl).withDrafts(drafts).withFuture(future);
  }

  /** Pairs formats with outputs by position; formats without an output go to standard output. */
  private List<Target> targets() {
    List<ReportFormat> parsed = new ArrayList<>();
    for (String id : formats) {
      ReportFormat format = ReportFormat.parse(id);
      if (format == null) {
        throw usage("--format '" + id + "' is not a report format; use text, json, sarif, junit or html");
      }
      parsed.add(format);
    }
    if (outputs.size() > parsed.size()) {
      throw usage("--output " + outputs.get(parsed.size()) + " has no --format to pair with; put --format "
          + "text, json, sarif, junit or html before it");
    }
    if (parsed.isEmpty()) {
      parsed.add(ReportFormat.TEXT);
    }
    List<Target> targets = new ArrayList<>();
    for (int i = 0; i < parsed.size(); i++) {
      targets.add(new Target(parsed.get(i), i < outputs.size() ? outputs.get(i) : null));
    }
    if (targets.stream().filter(t -> t.file() == null).count() > 1) {
      throw usage("only one report can go to standard output; give the others an --output FILE");
    }
    return targets;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}

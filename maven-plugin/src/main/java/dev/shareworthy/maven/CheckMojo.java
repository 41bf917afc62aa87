package dev.shareworthy.maven;

import dev.shareworthy.Shareworthy;
import dev.shareworthy.ShareworthyException;
import dev.shareworthy.check.CheckOptions;
import dev.shareworthy.check.CheckReport;
import dev.shareworthy.check.FailOn;
import dev.shareworthy.check.Finding;
import dev.shareworthy.report.ReportFormat;
import dev.shareworthy.report.Reports;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs the quality checks: logs every finding as {@code file:line}, writes the reports, and fails the build when
 * a finding reaches {@code failOn}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends SiteMojo {

  /** Report formats to write: any of text, json, sarif, junit, html. */
  @Parameter(property = "shareworthy.formats", defaultValue = "text,sarif")
  List<String> formats;

  /** Where the reports are written, each under its default name (shareworthy.sarif...). */
  @Parameter(property = "shareworthy.reportDirectory", defaultValue = "${project.build.directory}/shareworthy",
      required = true)
  File reportDirectory;

  /** Which findings fail the build: error, warning or never. Unset: site.yaml's {@code checks.failOn} (error). */
  @Parameter(property = "shareworthy.failOn")
  String failOn;

  /** Skip only the checks. */
  @Parameter(property = "shareworthy.check.skip", defaultValue = "false")
  boolean skipCheck;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip || skipCheck) {
      getLog().info("Skipping the quality checks (" + (skip ? "shareworthy.skip" : "shareworthy.check.skip") + ")");
      return;
    }
    FailOn level = null;
    if (failOn != null && !failOn.isBlank()) {
      level = FailOn.parse(failOn);
      if (level == null) {
        throw new MojoExecutionException("failOn is '" + failOn + "'; set it to error, warning or never");
      }
    }
    List<ReportFormat> chosen = new ArrayList<>();
    for (String id : formats) {
      ReportFormat format = ReportFormat.parse(id.trim());
      if (format == null) {
        throw new MojoExecutionException("formats has '" + id + "'; use text, json, sarif, junit or html");
      }
      chosen.add(format);
    }
    CheckReport report;
    Object built = getPluginContext() == null ? null : getPluginContext().get(checkedBuildKey());
    if (built instanceof CheckReport fromBuild) {
      // The build goal checked the blog as it wrote it, in this run: building it again would find the same.
      getLog().info("Checking the blog the build goal built in this run");
      report = level != null ? fromBuild.withFailOn(level) : fromBuild;
    } else {
      report = check(level);
    }
    report(report, chosen);
  }

  private CheckReport check(FailOn level) throws MojoExecutionException, MojoFailureException {
    try {
      return Shareworthy.check(CheckOptions.site(siteDir()).withBaseUrl(baseUrl).withDrafts(drafts)
          .withFuture(future).withFailOn(level));
    } catch (ShareworthyException e) {
      throw failure("The blog could not be checked", e);
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException("The blog could not be checked: " + e.getCause().getMessage(), e);
    }
  }

  private void report(CheckReport report, List<ReportFormat> chosen) throws MojoExecutionException,
      MojoFailureException {
    for (Finding f : report.findings()) {
      String line = located(f.source(), f.line()) + ": " + f.rule() + ": " + f.message() + " Fix: " + f.hint();
      switch (f.severity()) {
        case ERROR -> getLog().error(line);
        case WARNING -> getLog().warn(line);
        default -> getLog().info(line);
      }
    }
    for (ReportFormat format : chosen) {
      Path file = reportDirectory.toPath().resolve(format.defaultFileName());
      try {
        Reports.write(report, format, file);
      } catch (IOException | UncheckedIOException e) {
        throw new MojoExecutionException("Cannot write the " + format.id() + " report " + file + ": " + e.getMessage(), e);
      }
      getLog().info("Wrote " + file);
    }
    String counts = Reports.counts(report);
    if (report.failed()) {
      throw new MojoFailureException("Quality checks failed: " + counts + " (failOn=" + report.failOn().id()
          + "); the findings are listed above");
    }
    getLog().info("Quality checks passed: " + counts + " (failOn=" + report.failOn().id() + ")");
  }
}

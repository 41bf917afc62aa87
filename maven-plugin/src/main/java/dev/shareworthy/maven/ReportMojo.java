package dev.shareworthy.maven;

import dev.shareworthy.Shareworthy;
import dev.shareworthy.ShareworthyException;
import dev.shareworthy.check.CheckOptions;
import dev.shareworthy.check.CheckReport;
import dev.shareworthy.report.ReportFormat;
import dev.shareworthy.report.Reports;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/** The "Share readiness" page of {@code mvn site}: each post's score and findings, beside the other reports. */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

  /** The blog's folder, holding site.yaml, content/ and static/. */
  @Parameter(property = "shareworthy.sourceDirectory", defaultValue = "${project.basedir}", required = true)
  File sourceDirectory;

  /** Replaces site.yaml's baseUrl. */
  @Parameter(property = "shareworthy.baseUrl")
  String baseUrl;

  /** Include posts marked {@code draft: true}. */
  @Parameter(property = "shareworthy.drafts", defaultValue = "false")
  boolean drafts;

  /** Include posts dated in the future. */
  @Parameter(property = "shareworthy.future", defaultValue = "false")
  boolean future;

  /** Skip every Shareworthy goal. */
  @Parameter(property = "shareworthy.skip", defaultValue = "false")
  boolean skip;

  @Override
  public String getOutputName() {
    return "shareworthy";
  }

  @Override
  public String getName(Locale locale) {
    return "Share readiness";
  }

  @Override
  public String getDescription(Locale locale) {
    return "Quality checks of the blog: each post's share-readiness score and what weakens it.";
  }

  @Override
  public boolean canGenerateReport() {
    return !skip && Files.isRegularFile(sourceDirectory.toPath().resolve("site.yaml"));
  }

  @Override
  protected void executeReport(Locale locale) throws MavenReportException {
    CheckReport report;
    try {
      report = Shareworthy.check(CheckOptions.site(sourceDirectory.toPath().toAbsolutePath().normalize())
          .withBaseUrl(baseUrl).withDrafts(drafts).withFuture(future));
    } catch (ShareworthyException e) {
      throw new MavenReportException("The blog could not be checked: " + e.getMessage(), e);
    }
    // The self-contained HTML report sits beside the page, for its charts and share-card previews.
    String detail = "shareworthy-report.html";
    try {
      Reports.write(report, ReportFormat.HTML, getReportOutputDirectory().toPath().resolve(detail));
    } catch (IOException e) {
      throw new MavenReportException("Cannot write " + detail + ": " + e.getMessage(), e);
    }
    new ShareReadinessRenderer(getSink(), report, getName(locale), detail).render();
  }
}

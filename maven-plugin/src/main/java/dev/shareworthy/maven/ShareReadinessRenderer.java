package dev.shareworthy.maven;

import dev.shareworthy.check.CheckReport;
import dev.shareworthy.check.Finding;
import dev.shareworthy.check.PageSummary;
import dev.shareworthy.check.ShareReadiness;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/** Draws a check report with Maven's site skin: a summary, a score per page, then each page's findings. */
final class ShareReadinessRenderer extends AbstractMavenReportRenderer {

  private final CheckReport report;
  private final String title;
  private final String detail;

  /** @param detail the file name of the full HTML report beside this page */
  ShareReadinessRenderer(Sink sink, CheckReport report, String title, String detail) {
    super(sink);
    this.report = report;
    this.title = title;
    this.detail = detail;
  }

  @Override
  public String getTitle() {
    return title;
  }

  @Override
  protected void renderBody() {
    startSection(title);
    paragraph(String.format(Locale.ROOT, "%d pages checked: %d errors, %d warnings, %d infos. The build fails on %s.",
        report.pages().size(), report.errors(), report.warnings(), report.infos(), report.failOn().id()));
    paragraph(ShareReadiness.EXPLANATION);
    sink.paragraph();
    link(detail, "The full report: charts, findings with fix hints, and each post's share card as X, Facebook and "
        + "LinkedIn show it");
    sink.paragraph_();

    Map<String, List<Finding>> byPage = report.findings().stream()
        .collect(Collectors.groupingBy(Finding::page, java.util.TreeMap::new, Collectors.toList()));
    startSection("Scores");
    startTable();
    tableHeader(new String[] {"Page", "Title", "Score", "Words", "Findings"});
    for (PageSummary page : report.pages()) {
      tableRow(new String[] {page.page(), page.title(), String.valueOf(page.score()), String.valueOf(page.words()),
          String.valueOf(byPage.getOrDefault(page.page(), List.of()).size())});
    }
    endTable();
    endSection();

    startSection("Findings");
    if (report.findings().isEmpty()) {
      paragraph("No findings: every page is ready to be shared.");
    }
    for (Map.Entry<String, List<Finding>> entry : byPage.entrySet()) {
      startSection(entry.getKey());
      startTable();
      tableHeader(new String[] {"Severity", "Rule", "Where", "Finding", "Fix"});
      for (Finding f : entry.getValue()) {
        tableRow(new String[] {f.severity().id(), f.rule(), f.location(), f.message(), f.hint()});
      }
      endTable();
      endSection();
    }
    endSection();
    endSection();
  }
}

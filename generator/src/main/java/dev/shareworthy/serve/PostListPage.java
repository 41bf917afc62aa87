package dev.shareworthy.serve;

import static dev.shareworthy.serve.DevPages.band;
import static dev.shareworthy.serve.DevPages.esc;

import dev.shareworthy.build.SiteSnapshot;
import dev.shareworthy.check.CheckReport;
import dev.shareworthy.check.Finding;
import dev.shareworthy.check.PageSummary;
import dev.shareworthy.check.Severity;
import dev.shareworthy.check.ShareReadiness;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code /_shareworthy/}: every post and page with its share-readiness score, worst first. */
final class PostListPage {

  private PostListPage() {}

  private record Row(PageSummary page, int errors, int warnings, int infos) {}

  static String html(SiteSnapshot site, ServedChecks.Progress progress) {
    CheckReport report = progress.report();
    Map<String, int[]> counts = new HashMap<>();
    for (Finding f : report.findings()) {
      int[] c = counts.computeIfAbsent(f.source(), k -> new int[3]);
      c[f.severity() == Severity.ERROR ? 0 : f.severity() == Severity.WARNING ? 1 : 2]++;
    }
    List<Row> rows = new ArrayList<>();
    for (PageSummary p : report.pages()) {
      int[] c = counts.getOrDefault(p.source(), new int[3]);
      rows.add(new Row(p, c[0], c[1], c[2]));
    }
    // Worst first: what most needs the writer's attention is at the top.
    rows.sort(Comparator.comparingInt((Row r) -> r.page().score()).thenComparing(r -> -r.errors())
        .thenComparing(r -> -r.warnings()).thenComparing(r -> r.page().page()));
    String siteTitle = site.site().title();
    StringBuilder body = new StringBuilder(256 + rows.size() * 400);
    long average = Math.round(rows.stream().mapToInt(r -> r.page().score()).average().orElse(100));
    if (!progress.complete()) {
      // A big site is checked over several requests: the page comes back by itself until every post is in.
      body.append("<meta http-equiv=\"refresh\" content=\"2\"><p class=\"note\" role=\"status\" style=\"margin-top:14px\">")
          .append("Checking posts: ").append(progress.checked()).append(" of ").append(progress.total())
          .append(" done. This page refreshes by itself until all are; duplicates are compared at the end.</p>");
    }
    body.append("<section aria-labelledby=\"list-h\"><h2 id=\"list-h\">Share readiness of every post</h2>")
        .append("<p class=\"note\">").append(rows.size()).append(rows.size() == 1 ? " post or page" : " posts and pages")
        .append(", average score ").append(average).append(" · ").append(report.errors()).append(" errors, ")
        .append(report.warnings()).append(" warnings, ").append(report.infos()).append(" infos. ")
        .append(esc(ShareReadiness.EXPLANATION)).append(" Lowest score first.</p>")
        .append("<div class=\"table-scroll\"><table><thead><tr><th scope=\"col\">Score</th><th scope=\"col\">Post</th>")
        .append("<th scope=\"col\" class=\"num\">Errors</th><th scope=\"col\" class=\"num\">Warnings</th>")
        .append("<th scope=\"col\" class=\"num\">Infos</th><th scope=\"col\">Share preview</th></tr></thead><tbody>\n");
    for (Row r : rows) {
      PageSummary p = r.page();
      String title = p.title() == null || p.title().isBlank() ? "(no title)" : p.title();
      String preview = DevServer.PREFIX + "share" + p.page();
      body.append("<tr><td><span class=\"badge ").append(band(p.score())).append("\">").append(p.score())
          .append("</span></td><th scope=\"row\"><a href=\"").append(esc(site.site().url(p.page()))).append("\">")
          .append(esc(title)).append("</a><span class=\"path\">").append(esc(p.source())).append("</span></th>")
          .append(cell(r.errors(), "error")).append(cell(r.warnings(), "warning")).append(cell(r.infos(), "info"))
          .append("<td><a href=\"").append(esc(preview)).append("\" aria-label=\"Share preview of ")
          .append(esc(title)).append("\">Preview</a></td></tr>\n");
    }
    body.append("</tbody></table></div></section>\n");
    return DevPages.page("Share readiness" + (siteTitle == null ? "" : ": " + siteTitle),
        "Share readiness" + (siteTitle == null ? "" : " · " + siteTitle), body.toString(), "");
  }

  private static String cell(int n, String severity) {
    return "<td class=\"num" + (n > 0 ? " has-" + severity : "") + "\">" + n + "</td>";
  }
}

package dev.shareworthy.report;

import dev.shareworthy.check.CheckReport;
import dev.shareworthy.check.FailOn;
import dev.shareworthy.check.Finding;
import dev.shareworthy.check.PageSummary;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import dev.shareworthy.check.ShareReadiness;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML report: one self-contained file (inline CSS and SVG, images as data URIs, no script, and a content
 * security policy that forbids loading anything) with the summary, how the score works, charts, a score per
 * post, each post's findings with their fixes, and its link preview on X, Facebook and LinkedIn.
 */
final class HtmlReport {

  /** Posts shown open, worst first: enough to work through, few enough that a big site's report stays quick. */
  static final int OPEN_POSTS = 50;

  private HtmlReport() {}

  /** A post with its findings, as the report lists it. */
  private record Post(PageSummary summary, List<Finding> findings) {
    long count(Severity s) {
      return findings.stream().filter(f -> f.severity() == s).count();
    }
  }

  static void write(CheckReport report, Writer out) throws IOException {
    List<Post> posts = posts(report);
    EmbeddedImages images = new EmbeddedImages();
    List<EmbeddedImages.Embedded> cardImages = new ArrayList<>();
    for (Post p : posts) {
      cardImages.add(images.of(p.summary().image(), p.summary().imageFile(), p.summary().url()));
    }
    String site = siteName(report);

    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    // The report must never load anything: this forbids every request, however a title was written.
    out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        + "img-src data:\">\n");
    out.write("<meta name=\"color-scheme\" content=\"light dark\">\n");
    out.write("<title>" + Escape.text((site.isEmpty() ? "" : site + ": ") + "Shareworthy report") + "</title>\n");
    out.write("<style>\n" + HtmlStyle.CSS);
    for (Map.Entry<String, String> image : images.styles().entrySet()) {
      out.write("." + image.getKey() + "{background-image:url(\"" + image.getValue() + "\")}\n");
    }
    out.write("</style>\n</head>\n<body>\n");
    out.write("<a class=\"skip\" href=\"#main\">Skip to the report</a>\n");
    out.write("<header class=\"top\"><div class=\"wrap\"><p class=\"brand\">Shareworthy</p><h1>Share readiness report"
        + (site.isEmpty() ? "" : " <span class=\"site\">" + Escape.text(site) + "</span>") + "</h1>"
        + "<nav aria-label=\"Sections\"><a href=\"#summary\">Summary</a><a href=\"#charts\">Charts</a>"
        + "<a href=\"#scores\">Scores</a><a href=\"#posts\">Posts</a></nav></div></header>\n");
    out.write("<main id=\"main\" class=\"wrap\">\n");
    summary(report, posts, out);
    charts(report, posts, out);
    scores(posts, out);
    details(report, posts, cardImages, out);
    out.write("</main>\n<footer class=\"wrap\"><p>Written by Shareworthy " + Escape.text(report.version())
        + ". This file is self-contained: it loads nothing from the network.</p></footer>\n</body>\n</html>\n");
  }

  /** Every page with its findings, worst score first; findings on pages without a summary get one of their own. */
  private static List<Post> posts(CheckReport report) {
    Map<String, List<Finding>> bySource = new LinkedHashMap<>();
    for (Finding f : report.findings()) {
      bySource.computeIfAbsent(f.source(), s -> new ArrayList<>()).add(f);
    }
    List<Post> posts = new ArrayList<>();
    for (PageSummary p : report.pages()) {
      List<Finding> findings = bySource.remove(p.source());
      posts.add(new Post(p, findings == null ? List.of() : findings));
    }
    for (Map.Entry<String, List<Finding>> rest : bySource.entrySet()) {
      Finding first = rest.getValue().get(0);
      posts.add(new Post(new PageSummary(rest.getKey(), first.page(), null, null, null, null, null, null, 0,
          ShareReadiness.score(rest.getValue())), rest.getValue()));
    }
    posts.sort(Comparator.comparingInt((Post p) -> p.summary().score())
        .thenComparing(p -> p.summary().page() == null ? "" : p.summary().page())
        .thenComparing(p -> p.summary().source()));
    return posts;
  }

  /** The site's name as its pages share it: the most common {@code og:site_name}. */
  private static String siteName(CheckReport report) {
    Map<String, Integer> names = new HashMap<>();
    for (PageSummary p : report.pages()) {
      if (p.siteName() != null && !p.siteName().isBlank()) {
        names.merge(p.siteName().strip(), 1, Integer::sum);
      }
    }
    return names.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElse("");
  }

  private static void summary(CheckReport report, List<Post> posts, Writer out) throws IOException {
    int average = (int) Math.round(posts.stream().mapToInt(p -> p.summary().score()).average().orElse(100));
    boolean failed = report.failed();
    out.write("<section id=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">Summary</h2>\n");
    out.write("<p class=\"verdict " + (failed ? "failed" : "passed") + "\"><strong>" + (failed ? "Failed" : "Passed")
        + "</strong> " + Escape.text(verdictReason(report)) + "</p>\n");
    out.write("<ul class=\"tiles\">");
    tile(out, "pages", report.pages().size(), "page");
    tile(out, "errors", report.errors(), "error");
    tile(out, "warnings", report.warnings(), "warning");
    tile(out, "infos", report.infos(), "info");
    out.write("<li class=\"tile score " + band(average) + "\"><span class=\"n\">" + average
        + "</span> <span class=\"l\">average score</span></li>");
    out.write("</ul>\n");
    out.write("<h3>How the score works</h3>\n<p class=\"explain\">" + Escape.text(ShareReadiness.EXPLANATION)
        + " A post scoring 80 or more is ready to share; below 50 it needs work first.</p>\n</section>\n");
  }

  private static String verdictReason(CheckReport report) {
    FailOn level = report.failOn();
    if (level == FailOn.NEVER) {
      return "The fail level is 'never': findings are reported but never fail the check.";
    }
    String what = level == FailOn.ERROR ? "errors" : "warnings and errors";
    long failing = report.findings().stream().filter(f -> level.fails(f.severity())).count();
    return failing == 0 ? "No finding reaches the fail level (" + what + " fail the check)."
        : TextReport.plural(failing, "finding") + (failing == 1 ? " reaches" : " reach") + " the fail level (" + what
            + " fail the check).";
  }

  private static void tile(Writer out, String cssClass, long n, String word) throws IOException {
    out.write("<li class=\"tile " + cssClass + "\"><span class=\"n\">" + String.format(Locale.ROOT, "%,d", n)
        + "</span> <span class=\"l\">"
        + (n == 1 ? word : word + "s") + "</span></li>");
  }

  private static void charts(CheckReport report, List<Post> posts, Writer out) throws IOException {
    out.write("<section id=\"charts\" aria-labelledby=\"charts-h\">\n<h2 id=\"charts-h\">At a glance</h2>\n"
        + "<div class=\"charts\">\n");

    Map<String, int[]> byRule = new LinkedHashMap<>();
    for (Finding f : report.findings()) {
      int[] c = byRule.computeIfAbsent(f.rule(), r -> new int[3]);
      c[f.severity() == Severity.ERROR ? 0 : f.severity() == Severity.WARNING ? 1 : 2]++;
    }
    List<SvgCharts.StackedBar> bars = new ArrayList<>();
    byRule.forEach((rule, c) -> bars.add(new SvgCharts.StackedBar(rule, c[0], c[1], c[2])));
    bars.sort(Comparator.comparingInt(SvgCharts.StackedBar::total).reversed().thenComparing(SvgCharts.StackedBar::label));
    out.write("<figure class=\"chart-box wide\"><figcaption>Findings by rule</figcaption>");
    if (bars.isEmpty()) {
      out.write("<p class=\"empty\">No findings: nothing to chart.</p>");
    } else {
      out.write(SvgCharts.stackedBars("Findings by rule", "Number of findings of each rule, split into errors, "
          + "warnings and infos, most frequent first.", bars));
      ruleGlossary(report, bars, out);
    }
    out.write("</figure>\n");

    int[] wordBins = {0, 150, 300, 500, 800, 1200, 2000};
    String[] wordLabels = {"<150", "150–299", "300–499", "500–799", "800–1,199", "1,200–1,999", "2,000+"};
    int[] words = new int[wordBins.length];
    int[] scores = new int[10];
    for (Post p : posts) {
      int w = p.summary().words();
      int bin = 0;
      while (bin + 1 < wordBins.length && w >= wordBins[bin + 1]) {
        bin++;
      }
      words[bin]++;
      scores[Math.min(9, Math.max(0, p.summary().score()) / 10)]++;
    }
    List<SvgCharts.Column> wordColumns = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      wordColumns.add(new SvgCharts.Column(wordLabels[i], words[i],
          i == 0 ? SvgCharts.ERROR : i == 1 ? SvgCharts.WARNING : SvgCharts.INFO));
    }
    out.write("<figure class=\"chart-box\"><figcaption>Words per post</figcaption>");
    out.write(SvgCharts.columns("Words per post", "How many posts have how many words of body text; under 300 "
        + "words is thin content.", "words of body text", wordColumns));
    out.write("</figure>\n");

    List<SvgCharts.Column> scoreColumns = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      String label = i == 9 ? "90–100" : (i * 10) + "–" + (i * 10 + 9);
      scoreColumns.add(new SvgCharts.Column(label, scores[i],
          i >= 8 ? SvgCharts.GOOD : i >= 5 ? SvgCharts.WARNING : SvgCharts.ERROR));
    }
    out.write("<figure class=\"chart-box\"><figcaption>Share readiness scores</figcaption>");
    out.write(SvgCharts.columns("Share readiness scores", "How many posts score in each band of ten points.",
        "share readiness score", scoreColumns));
    out.write("</figure>\n</div>\n</section>\n");
  }

  /** What each rule in the chart looks for and why it matters, for readers who do not know the ids. */
  private static void ruleGlossary(CheckReport report, List<SvgCharts.StackedBar> bars, Writer out) throws IOException {
    Map<String, RuleInfo> rules = new HashMap<>();
    report.rules().forEach(r -> rules.put(r.id(), r));
    out.write("<details class=\"glossary\"><summary>What these rules look for</summary><dl>");
    for (SvgCharts.StackedBar bar : bars) {
      RuleInfo rule = rules.get(bar.label());
      if (rule != null) {
        out.write("<dt><code>" + Escape.text(rule.id()) + "</code> <span class=\"cat\">" + rule.category().id()
            + "</span></dt><dd>" + Escape.text(rule.description()) + " " + Escape.text(rule.why()) + "</dd>");
      }
    }
    out.write("</dl></details>");
  }

  private static void scores(List<Post> posts, Writer out) throws IOException {
    out.write("<section id=\"scores\" aria-labelledby=\"scores-h\">\n<h2 id=\"scores-h\">Scores per post</h2>\n"
        + "<div class=\"table-scroll\"><table>\n<caption>Lowest score first</caption>\n<thead><tr><th scope=\"col\">Post</th>"
        + "<th scope=\"col\" class=\"num\">Words</th><th scope=\"col\" class=\"num\">Errors</th>"
        + "<th scope=\"col\" class=\"num\">Warnings</th><th scope=\"col\" class=\"num\">Infos</th>"
        + "<th scope=\"col\">Score</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < posts.size(); i++) {
      Post p = posts.get(i);
      int score = p.summary().score();
      out.write("<tr><th scope=\"row\"><a href=\"#post-" + i + "\">" + Escape.text(title(p.summary())) + "</a>"
          + " <span class=\"path\">" + Escape.text(p.summary().page()) + "</span></th>"
          + "<td class=\"num\">" + p.summary().words() + "</td>"
          + cell(p.count(Severity.ERROR), "error") + cell(p.count(Severity.WARNING), "warning")
          + cell(p.count(Severity.INFO), "info")
          + "<td><span class=\"meter " + band(score) + "\"><span style=\"width:" + score + "%\"></span></span>"
          + "<span class=\"score-n\">" + score + "</span></td></tr>\n");
    }
    out.write("</tbody>\n</table></div>\n</section>\n");
  }

  private static String cell(long n, String severity) {
    return "<td class=\"num" + (n > 0 ? " has-" + severity : "") + "\">" + n + "</td>";
  }

  private static void details(CheckReport report, List<Post> posts, List<EmbeddedImages.Embedded> images, Writer out)
      throws IOException {
    Map<String, RuleInfo> rules = new HashMap<>();
    for (RuleInfo r : report.rules()) {
      rules.put(r.id(), r);
    }
    out.write("<section id=\"posts\" aria-labelledby=\"posts-h\">\n<h2 id=\"posts-h\">Findings and link previews</h2>\n"
        + "<p class=\"note\">Posts with findings are open, lowest score first (" + OPEN_POSTS + " at most); select a "
        + "post to open or close it.</p>\n");
    for (int i = 0; i < posts.size(); i++) {
      Post p = posts.get(i);
      PageSummary s = p.summary();
      boolean open = !p.findings().isEmpty() && i < OPEN_POSTS;
      out.write("<details class=\"post\" id=\"post-" + i + "\"" + (open ? " open" : "") + ">\n");
      out.write("<summary><span class=\"badge " + band(s.score()) + "\" title=\"share readiness\">" + s.score()
          + "</span><span class=\"post-title\">" + Escape.text(title(s)) + "</span><span class=\"counts\">"
          + Escape.text(p.findings().isEmpty() ? "no findings" : TextReport.plural(p.findings().size(), "finding"))
          + "</span></summary>\n");
      out.write("<p class=\"meta\"><code>" + Escape.text(s.source()) + "</code> · <code>" + Escape.text(s.page())
          + "</code>" + (s.words() > 0 ? " · " + s.words() + " words" : "") + "</p>\n");
      if (!p.findings().isEmpty()) {
        out.write("<ul class=\"findings\">\n");
        for (Finding f : p.findings()) {
          RuleInfo rule = rules.get(f.rule());
          out.write("<li class=\"finding " + f.severity().id() + "\"><span class=\"sev\">" + f.severity().id()
              + "</span> <code class=\"rule\"" + (rule == null ? "" : " title=\"" + Escape.attr(rule.why()) + "\"") + ">"
              + Escape.text(f.rule()) + "</code> <span class=\"loc\">" + Escape.text(f.location()) + "</span>"
              + "<p class=\"msg\">" + Escape.text(f.message()) + "</p>"
              + (f.hint() == null || f.hint().isBlank() ? ""
                  : "<p class=\"hint\"><span>Fix:</span> " + Escape.text(f.hint()) + "</p>")
              + "</li>\n");
        }
        out.write("</ul>\n");
      }
      if (s.url() != null || s.title() != null) {
        out.write("<h3 class=\"previews-h\">Link preview</h3>\n");
        EmbeddedImages.Embedded image = images.get(i);
        out.write(SharePreviewCards.html(s.title(), s.description(), s.url(),
            new SharePreviewCards.Image(image.cssClass(), image.note())));
        out.write("\n");
      }
      out.write("</details>\n");
    }
    out.write("</section>\n");
  }

  private static String title(PageSummary s) {
    return s.title() == null || s.title().isBlank() ? "(no title) " + s.page() : s.title();
  }

  /** Colour band of a score: good from 80, fair from 50, poor below. */
  static String band(int score) {
    return score >= 80 ? "good" : score >= 50 ? "fair" : "poor";
  }
}

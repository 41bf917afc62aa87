package dev.shareworthy.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shareworthy.check.CheckReport;
import dev.shareworthy.check.FailOn;
import dev.shareworthy.check.PageSummary;
import dev.shareworthy.check.ShareReadiness;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

  @TempDir
  Path temp;

  static String html(CheckReport report) throws Exception {
    StringWriter out = new StringWriter();
    Reports.write(report, ReportFormat.HTML, out, false);
    return out.toString();
  }

  /** A share image of the given size, a gradient so that it does not compress to nothing. */
  static Path image(Path file, int width, int height) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    for (int x = 0; x < width; x += 4) {
      g.setColor(new Color((x * 255 / width), 90, 255 - (x * 255 / width)));
      g.fillRect(x, 0, 4, height);
    }
    g.setColor(Color.WHITE);
    g.fillOval(width / 3, height / 4, width / 3, height / 2);
    g.dispose();
    Files.createDirectories(file.getParent());
    ImageIO.write(image, "png", file.toFile());
    return file;
  }

  @Test
  void escapesEverythingAPostCanSay() throws Exception {
    String html = html(Fixtures.report(FailOn.ERROR));
    assertThat(html).doesNotContain("<script").doesNotContain("<b>bold</b>").doesNotContain("<sweet>")
        .contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'quotes' 🚀");
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.select("#scores tbody th a").eachText()).contains(Fixtures.NASTY_TITLE);
    assertThat(doc.select(".finding .msg").eachText()).contains("Contains \"act now\" & <b>bold</b>");
  }

  @Test
  void summaryScoreExplanationAndVerdict() throws Exception {
    Document doc = Jsoup.parse(html(Fixtures.report(FailOn.ERROR)));
    assertThat(doc.title()).isEqualTo("Field Notes: Shareworthy report");
    assertThat(doc.select(".tile").eachText())
        .containsExactly("3 pages", "1 error", "2 warnings", "1 info", "84 average score");
    assertThat(doc.select(".verdict").text()).startsWith("Failed").contains("1 finding reaches the fail level");
    assertThat(doc.select(".explain").text()).startsWith(ShareReadiness.EXPLANATION);
    assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content")).startsWith("default-src 'none'");
  }

  @Test
  void bigCountsAreGrouped() throws Exception {
    CheckReport base = Fixtures.report(FailOn.ERROR);
    List<dev.shareworthy.check.Finding> many = new java.util.ArrayList<>();
    for (int i = 0; i < 1234; i++) {
      many.add(new dev.shareworthy.check.Finding("thin-content", dev.shareworthy.check.Category.CONTENT,
          dev.shareworthy.check.Severity.WARNING, "content/posts/thin.md", i + 1, "/posts/thin/", "m" + i, "h"));
    }
    Document doc = Jsoup.parse(html(new CheckReport("1", base.pages(), many, base.rules(), FailOn.ERROR)));
    assertThat(doc.select(".tile.warnings").text()).isEqualTo("1,234 warnings");
  }

  @Test
  void onlyTheWorstPostsAreOpen() throws Exception {
    List<PageSummary> pages = new java.util.ArrayList<>();
    List<dev.shareworthy.check.Finding> findings = new java.util.ArrayList<>();
    for (int i = 0; i < HtmlReport.OPEN_POSTS + 10; i++) {
      String source = String.format("content/posts/p%03d.md", i);
      findings.add(new dev.shareworthy.check.Finding("thin-content", dev.shareworthy.check.Category.CONTENT,
          dev.shareworthy.check.Severity.WARNING, source, 1, "/p" + i + "/", "thin", "write more"));
      pages.add(new PageSummary(source, "/p" + i + "/", "P" + i, null, null, null, null, "https://example.com/p" + i + "/",
          200, 90));
    }
    Document doc = Jsoup.parse(html(new CheckReport("1", pages, findings, Fixtures.rules(), FailOn.ERROR)));
    assertThat(doc.select("details.post")).hasSize(HtmlReport.OPEN_POSTS + 10);
    assertThat(doc.select("details.post[open]")).hasSize(HtmlReport.OPEN_POSTS);
  }

  @Test
  void scoresTableListsTheWorstPostFirst() throws Exception {
    Document doc = Jsoup.parse(html(Fixtures.report(FailOn.ERROR)));
    List<String> rows = doc.select("#scores tbody tr").eachText();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).startsWith(Fixtures.NASTY_TITLE).endsWith("120 1 2 0 55");
    assertThat(rows.get(1)).startsWith("About me /about/ 420 0 0 1 98");
    assertThat(rows.get(2)).endsWith("950 0 0 0 100");
    assertThat(doc.select("#scores tbody tr a").eachAttr("href")).containsExactly("#post-0", "#post-1", "#post-2");
  }

  @Test
  void findingsCarryTheirFixAndPostsWithFindingsAreOpen() throws Exception {
    Document doc = Jsoup.parse(html(Fixtures.report(FailOn.ERROR)));
    Element weak = doc.getElementById("post-0");
    assertThat(weak.hasAttr("open")).isTrue();
    assertThat(weak.select(".finding")).hasSize(3);
    assertThat(weak.select(".finding").get(2).text()).isEqualTo("error broken-link content/posts/thin.md:7 "
        + "Link to /posts/missing/ does not resolve Fix: Fix the link or remove it.");
    assertThat(weak.select(".finding .rule").get(2).attr("title")).isEqualTo("A dead link tells a reader the post is neglected.");
    assertThat(doc.getElementById("post-2").hasAttr("open")).isFalse();
  }

  @Test
  void chartsAreInlineSvgWithBars() throws Exception {
    Document doc = Jsoup.parse(html(Fixtures.report(FailOn.ERROR)));
    assertThat(doc.select("svg.chart")).hasSize(3);
    Element byRule = doc.select("svg.chart").get(0);
    assertThat(byRule.select("g.bar")).hasSize(4);
    assertThat(byRule.select("g.bar > title").eachText()).first().isEqualTo("broken-link: 1 error, 0 warnings, 0 infos");
    Element words = doc.select("svg.chart").get(1);
    assertThat(words.select("g.bar > title").eachText()).containsExactly("<150: 1", "150–299: 0", "300–499: 1",
        "500–799: 0", "800–1,199: 1", "1,200–1,999: 0", "2,000+: 0");
    Element scores = doc.select("svg.chart").get(2);
    assertThat(scores.select("g.bar > title").eachText()).contains("50–59: 1", "90–100: 2");
  }

  @Test
  void theRulesInTheChartAreExplained() throws Exception {
    Document doc = Jsoup.parse(html(Fixtures.report(FailOn.ERROR)));
    assertThat(doc.select(".glossary dt code").eachText())
        .containsExactly("broken-link", "spam-phrases", "thin-content", "title-length");
    assertThat(doc.select(".glossary dd").get(2).text()).isEqualTo("Finds posts with little body text. "
        + "Thin posts teach little, so nobody looks smart sharing them.");
  }

  @Test
  void aCleanSiteHasNoBarChartButSaysWhy() throws Exception {
    Document doc = Jsoup.parse(html(Fixtures.empty()));
    assertThat(doc.select(".verdict").text()).startsWith("Passed");
    assertThat(doc.select("#charts .empty").text()).isEqualTo("No findings: nothing to chart.");
    assertThat(doc.select("svg.chart")).hasSize(2);
  }

  @Test
  void previewsTruncateLikeThePlatforms() throws Exception {
    String longTitle = "A very long title that goes on and on about sharing, readers and the things they like to pass on";
    PageSummary page = new PageSummary("content/posts/long.md", "/posts/long/", longTitle, "D".repeat(200), null, null,
        null, "https://www.example.com/posts/long/", 900, 100);
    Document doc = Jsoup.parse(html(new CheckReport("1", List.of(page), List.of(), Fixtures.rules(), FailOn.ERROR)));
    String x = doc.selectFirst(".x-title-text").text();
    String fb = doc.selectFirst(".fb-title").text();
    assertThat(x).endsWith("…").hasSizeLessThanOrEqualTo(SharePreviewCards.X_TITLE);
    assertThat(longTitle).startsWith(x.substring(0, x.length() - 1));
    assertThat(fb).endsWith("…").hasSizeLessThanOrEqualTo(SharePreviewCards.FACEBOOK_TITLE);
    assertThat(doc.selectFirst(".fb-description").text()).hasSize(SharePreviewCards.FACEBOOK_DESCRIPTION);
    assertThat(doc.selectFirst(".fb-domain").text()).isEqualTo("EXAMPLE.COM");
    assertThat(doc.selectFirst(".li-domain").text()).isEqualTo("example.com");
    assertThat(doc.selectFirst(".x-domain").text()).isEqualTo("example.com");
    assertThat(doc.select(".card-note").eachText()).containsExactly("No share image: the card has no picture",
        "No share image: the card has no picture", "No share image: the card has no picture");
    assertThat(doc.select(".frame.compact")).hasSize(3);
  }

  @Test
  void truncationNeverSplitsAnEmoji() {
    assertThat(SharePreviewCards.truncate("🚀".repeat(80), 70)).isEqualTo("🚀".repeat(69) + "…");
    assertThat(SharePreviewCards.truncate("short", 70)).isEqualTo("short");
  }

  @Test
  void bigImagesAreEmbeddedOnceAndScaledDown() throws Exception {
    Path big = image(temp.resolve("static/images/cover.png"), 2400, 1260);
    CheckReport base = Fixtures.report(FailOn.ERROR, big);
    // A second post with the same image: the report holds it once.
    List<PageSummary> pages = new java.util.ArrayList<>(base.pages());
    pages.add(new PageSummary("content/posts/again.md", "/posts/again/", "Again", null, "https://www.example.com/images/cover.png",
        big, null, "https://www.example.com/posts/again/", 700, 100));
    String html = html(new CheckReport("1", pages, base.findings(), base.rules(), FailOn.ERROR));
    Document doc = Jsoup.parse(html);

    String css = doc.select("style").html();
    assertThat(css.split("data:image/", -1)).hasSize(2);
    String data = css.substring(css.indexOf("base64,") + 7, css.indexOf('"', css.indexOf("base64,")));
    BufferedImage embedded = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(data)));
    assertThat(embedded.getWidth()).isEqualTo(EmbeddedImages.MAX_WIDTH);
    assertThat(embedded.getHeight()).isEqualTo(315);
    assertThat(doc.select(".share-image.img-0")).hasSize(6); // two posts, three cards each
    assertThat(doc.select(".x-title").eachText()).contains("Again");
    assertThat(doc.select(".x-from").eachText()).contains("From example.com");
  }

  @Test
  void svgAndMissingImagesSayWhyThereIsNoPicture() throws Exception {
    Path svg = Files.writeString(temp.resolve("cover.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
    PageSummary withSvg = new PageSummary("content/posts/a.md", "/posts/a/", "A post", null, "https://example.com/cover.svg",
        svg, null, "https://example.com/posts/a/", 700, 100);
    PageSummary remote = new PageSummary("content/posts/b.md", "/posts/b/", "B post", null, "https://cdn.example.net/b.png",
        null, null, "https://example.com/posts/b/", 700, 100);
    PageSummary generated = new PageSummary("content/posts/c.md", "/posts/c/", "C post", null,
        "https://example.com/posts/c/card.png", null, null, "https://example.com/posts/c/", 700, 100);
    Document doc = Jsoup.parse(html(new CheckReport("1", List.of(withSvg, remote, generated), List.of(),
        Fixtures.rules(), FailOn.ERROR)));
    assertThat(doc.select("#post-0 .card-note").eachText()).containsOnly("SVG image: X, Facebook and LinkedIn do not show SVG");
    assertThat(doc.select("#post-1 .card-note").eachText()).containsOnly("Image on another host, not loaded by this report");
    assertThat(doc.select("#post-2 .card-note").eachText()).containsOnly("Image made by the build: open the built page to see it");
    assertThat(doc.html()).doesNotContain("cdn.example.net");
  }
}

package dev.shareworthy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import dev.shareworthy.check.Category;
import dev.shareworthy.check.CheckReport;
import dev.shareworthy.check.FailOn;
import dev.shareworthy.check.Finding;
import dev.shareworthy.check.PageSummary;
import dev.shareworthy.check.Severity;
import dev.shareworthy.check.ShareReadiness;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import dev.shareworthy.browser.Chromium;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Opens an HTML report in headless Chromium and checks what a reader sees: charts with bars, share previews
 * with their image, no sideways scrolling, and not a single request beyond the report itself. Screenshots go to
 * {@code target/screenshots/}.
 */
class HtmlReportBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir
  static Path temp;

  private static HttpServer server;
  private static ChromeDriver driver;
  private static String url;
  private static final AtomicInteger REQUESTS = new AtomicInteger();

  @BeforeAll
  static void writeServeAndOpen() throws Exception {
    Chromium.require();
    byte[] html;
    try (var out = new java.io.StringWriter()) {
      Reports.write(report(), ReportFormat.HTML, out, false);
      html = out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      REQUESTS.incrementAndGet();
      boolean report = exchange.getRequestURI().getPath().equals("/report.html");
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(report ? 200 : 404, report ? html.length : -1);
      try (OutputStream os = exchange.getResponseBody()) {
        if (report) {
          os.write(html);
        }
      }
    });
    server.start();
    url = "http://127.0.0.1:" + server.getAddress().getPort() + "/report.html";

    driver = Chromium.start(temp.resolve("chrome-profile"));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void close() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop(0);
    }
  }

  /** Twelve posts of every kind: strong, thin, shouting, imageless, with a long and a hostile title. */
  static CheckReport report() throws Exception {
    Path cover = HtmlReportTest.image(temp.resolve("site/static/images/cover.png"), 1200, 630);
    Path square = HtmlReportTest.image(temp.resolve("site/static/images/square.png"), 400, 400);
    List<PageSummary> pages = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    String[] titles = {"Why readers share what makes them look smart", "The referral loop, measured",
        "BUY NOW!!! LIMITED TIME OFFER", "Notes", "How we cut our page weight by 80% without losing a single reader "
        + "or a single share along the way", Fixtures.NASTY_TITLE, "Über das Teilen: warum Leser empfehlen",
        "Ten links worth your time", "A short note on trust", "Writing titles people click", "Images that travel",
        "What I got wrong about newsletters"};
    int[] words = {1450, 980, 140, 90, 2300, 120, 760, 310, 260, 640, 520, 1120};
    for (int i = 0; i < titles.length; i++) {
      String source = "content/posts/p" + i + ".md";
      String page = "/posts/p" + i + "/";
      if (words[i] < 300) {
        findings.add(new Finding("thin-content", Category.CONTENT, words[i] < 150 ? Severity.ERROR : Severity.WARNING,
            source, 1, page, "Post has " + words[i] + " words (minimum is 300)", "Add substance: examples, data, a story."));
      }
      if (i == 2) {
        findings.add(new Finding("spam-phrases", Category.SPAM, Severity.WARNING, source, 4, page,
            "Contains \"buy now\" and \"limited time\"", "Say it plainly."));
      }
      if (titles[i].length() > 70) {
        findings.add(new Finding("title-length", Category.SHARE_METADATA, Severity.WARNING, source, 2, page,
            "Title has " + titles[i].length() + " characters (maximum is 70)", "Shorten the title."));
      }
      final String s = source;
      int score = ShareReadiness.score(findings.stream().filter(f -> f.source().equals(s)).toList());
      boolean noImage = i == 3 || i == 8;
      Path image = noImage ? null : i % 4 == 1 ? square : cover;
      pages.add(new PageSummary(source, page, titles[i], i == 3 ? null : "A description of " + titles[i] + " that says "
          + "what the reader will learn and why it matters to them.", image == null ? null : "https://blog.example.com/img.png",
          image, "Field Notes", "https://blog.example.com" + page, words[i], score));
    }
    return new CheckReport("0.1.0", pages, findings, Fixtures.rules(), FailOn.ERROR);
  }

  @ParameterizedTest(name = "at {0} px, {1}")
  @CsvSource({"1280, light", "375, light", "1280, dark"})
  void reportReadsWellAndLoadsNothing(int width, String scheme) throws IOException {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    driver.executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    int before = REQUESTS.get();
    driver.get(url);

    assertThat(longValue("return document.documentElement.scrollWidth"))
        .as("report width at %d px (no sideways scrolling)", width)
        .isLessThanOrEqualTo(longValue("return document.documentElement.clientWidth"));
    assertThat(longValue("return document.querySelectorAll('svg.chart').length")).as("charts").isEqualTo(3);
    assertThat(longValue("return Math.min(...Array.from(document.querySelectorAll('svg.chart'))"
        + ".map(s => Array.from(s.querySelectorAll('rect')).filter(r => r.getBBox().height > 1 && r.getBBox().width > 1).length))"))
        .as("drawn bars in the chart with the fewest").isGreaterThanOrEqualTo(3);
    assertThat(longValue("return Math.round(document.querySelector('svg.chart').getBoundingClientRect().width)"))
        .as("the findings chart's drawn width").isGreaterThan(250);
    assertThat(longValue("return document.querySelectorAll('.card').length")).as("share cards").isEqualTo(36);
    assertThat(longValue("return Array.from(document.querySelectorAll('.share-image:not(.none)'))"
        + ".filter(e => getComputedStyle(e).backgroundImage.startsWith('url(\"data:image/')).length"))
        .as("share previews painted with their embedded image").isEqualTo(30);
    // Posts without findings are closed; the open ones show their cards at a real size.
    assertThat(longValue("return Array.from(document.querySelectorAll('details[open] .share-image:not(.none)'))"
        + ".filter(e => e.getBoundingClientRect().height > 100).length"))
        .as("visible share previews with an image").isGreaterThanOrEqualTo(9);
    assertThat(longValue("return document.querySelectorAll('script').length")).as("scripts").isZero();
    @SuppressWarnings("unchecked")
    List<String> loaded = (List<String>) script("return performance.getEntriesByType('resource').map(e => e.name)");
    assertThat(loaded).as("resources the report loaded").isEmpty();
    assertThat(REQUESTS.get() - before).as("requests to the server (the report itself)").isEqualTo(1);

    assertThat(script("return document.querySelector('body a[href]').getAttribute('href')"))
        .as("first link (the skip link)").isEqualTo("#main");
    assertThat(longValue("return document.querySelectorAll('svg.chart[role=img] > title').length"))
        .as("charts with a title for screen readers").isEqualTo(3);
    assertThat(((Number) script("""
        const lum = s => { const c = (s.match(/[\\d.]+/g) || []).slice(0, 3).map(Number).map(v => { v /= 255;
            return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
          return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]; };
        const p = document.querySelector('.explain');
        const [a, b] = [lum(getComputedStyle(p).color), lum(getComputedStyle(p.closest('section')).backgroundColor)]
            .sort((x, y) => y - x);
        return (a + 0.05) / (b + 0.05);
        """)).doubleValue()).as("text contrast in %s mode (WCAG AA needs 4.5)", scheme).isGreaterThanOrEqualTo(4.5);

    screenshot("report-" + width + "-" + scheme + ".png");
  }

  private static void screenshot(String name) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> metrics = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    double height = Math.min(((Number) size.get("height")).doubleValue(), 6_000);
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
        "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0,
            "width", ((Number) size.get("width")).doubleValue(), "height", height, "scale", 1)));
    Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
  }

  private static Object script(String js) {
    return ((JavascriptExecutor) driver).executeScript(js);
  }

  private static long longValue(String js) {
    return ((Number) script(js)).longValue();
  }

}

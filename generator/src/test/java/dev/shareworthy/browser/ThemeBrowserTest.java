package dev.shareworthy.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.shareworthy.Shareworthy;
import dev.shareworthy.build.BuildOptions;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Builds the sample site with the default theme, serves it, and checks in a real browser that the layout holds
 * at phone and desktop widths, in light and dark: no sideways scrolling, readable text, a working skip link,
 * images with alt text that load, and no request to another host.
 *
 * <p>The site is served under a base path ({@code /blog/}) so that a link that forgets the base path shows up
 * as a missing stylesheet or image.
 */
class ThemeBrowserTest {

  private static final String BASE_PATH = "/blog/";
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir
  static Path temp;

  private static HttpServer server;
  private static ChromeDriver driver;
  private static String siteUrl;
  private static Path siteDir;
  private static String postPath;

  @BeforeAll
  static void buildServeAndOpenBrowser() throws IOException {
    Chromium.require();
    String sampleSite = System.getProperty("shareworthy.sampleSite");
    assertThat(sampleSite)
        .as("system property shareworthy.sampleSite (set by surefire in generator/pom.xml)")
        .isNotBlank();

    Path out = Files.createDirectories(temp.resolve("site"));
    siteDir = out;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> serve(out, exchange));
    server.start();
    siteUrl = "http://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH;

    // The build's base URL is the test server's, so absolute links (canonical, images) stay same-origin.
    Shareworthy.build(BuildOptions.of(Path.of(sampleSite)).withOutput(out).withBaseUrl(siteUrl));
    postPath = richestPost(out);

    driver = Chromium.start(temp.resolve("chrome-profile"));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void closeBrowserAndServer() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop(0);
    }
  }

  static Stream<Arguments> views() {
    return Stream.of("home", "post").flatMap(page -> Stream.of(375, 1280).flatMap(width ->
        Stream.of("light", "dark").map(scheme -> Arguments.of(page, width, scheme))));
  }

  @ParameterizedTest(name = "{0} page at {1} px, {2}")
  @MethodSource("views")
  void layoutHolds(String page, int width, String scheme) throws IOException {
    String url = page.equals("home") ? siteUrl : siteUrl + postPath;
    open(url, width, scheme);

    assertThat(longValue("return document.styleSheets.length"))
        .as("stylesheets loaded on %s", url).isPositive();
    // clientWidth leaves out a classic scrollbar, so this is stricter than comparing with innerWidth.
    assertThat(longValue("return document.documentElement.scrollWidth"))
        .as("page width at %d px (no sideways scrolling) on %s", width, url)
        .isLessThanOrEqualTo(longValue("return document.documentElement.clientWidth"));

    assertArticleTextReadable(url);
    assertSkipLinkWorks(url);
    assertImagesHaveAltAndLoad(url);
    assertNoOtherHost(url);

    screenshot(page + "-" + width + "-" + scheme + ".png");
  }

  @Test
  void everyPageFitsAPhoneScreen() throws IOException {
    List<String> tooWide = new ArrayList<>();
    for (Path file : htmlPages(siteDir)) {
      String url = siteUrl + pathBelowBase(siteDir, file);
      open(url, 375, "light");
      long width = longValue("return document.documentElement.scrollWidth");
      long visible = longValue("return document.documentElement.clientWidth");
      if (width > visible) {
        tooWide.add(url + " is " + width + " px wide (screen shows " + visible + " px)");
      }
    }
    assertThat(tooWide).as("pages that scroll sideways on a 375 px phone").isEmpty();
  }

  private static void open(String url, int width, String scheme) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    driver.executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    driver.get(url);
    assertThat(longValue("return window.innerWidth")).as("emulated viewport width").isEqualTo(width);
    // Images below the fold may be lazy; ask for them now so their load can be checked.
    script("document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')");
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .withMessage("images to finish loading on " + url)
        .until(d -> Boolean.TRUE.equals(script(
            "return document.readyState === 'complete' && Array.from(document.images).every(i => i.complete)")));
  }

  private static void assertArticleTextReadable(String url) {
    @SuppressWarnings("unchecked")
    Map<String, Object> text = (Map<String, Object>) script("""
        const p = document.querySelector('main article .content p, main article .excerpt p')
            || document.querySelector('main article p');
        if (!p) return null;
        const r = p.getBoundingClientRect();
        const rgb = s => (s.match(/[\\d.]+/g) || []).map(Number);
        let bg = null;
        for (let e = p; e && !bg; e = e.parentElement) {
          const c = rgb(getComputedStyle(e).backgroundColor);
          if (c.length === 3 || (c.length === 4 && c[3] > 0)) bg = c.slice(0, 3);
        }
        bg = bg || [255, 255, 255];
        const fg = rgb(getComputedStyle(p).color).slice(0, 3);
        const lum = c => {
          const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
        return {height: r.height, left: r.left, right: r.right, viewport: document.documentElement.clientWidth,
            color: fg.join(','), background: bg.join(','), contrast: (hi + 0.05) / (lo + 0.05)};
        """);
    assertThat(text).as("a paragraph inside <main><article> on %s", url).isNotNull();
    assertThat(((Number) text.get("height")).doubleValue()).as("paragraph height on %s", url).isPositive();
    assertThat(((Number) text.get("left")).doubleValue()).as("paragraph left edge on %s", url)
        .isGreaterThanOrEqualTo(0);
    assertThat(((Number) text.get("right")).doubleValue()).as("paragraph right edge on %s", url)
        .isLessThanOrEqualTo(((Number) text.get("viewport")).doubleValue());
    assertThat(text.get("color")).as("paragraph colour against its background on %s", url)
        .isNotEqualTo(text.get("background"));
    assertThat(((Number) text.get("contrast")).doubleValue())
        .as("paragraph contrast ratio (WCAG AA needs 4.5) on %s", url)
        .isGreaterThanOrEqualTo(4.5);
  }

  private static void assertSkipLinkWorks(String url) {
    assertThat(longValue("return document.querySelectorAll('main#main').length"))
        .as("one <main id=\"main\"> on %s", url).isEqualTo(1);
    WebElement first = (WebElement) script("return document.querySelector('body a[href]')");
    assertThat(first).as("a link on %s", url).isNotNull();
    assertThat(first.getDomAttribute("href")).as("first link of %s (the skip link)", url).isEqualTo("#main");

    // The skip link is the first stop of the keyboard and becomes visible when focused.
    script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)");
    new Actions(driver).sendKeys(Keys.TAB).perform();
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .withMessage("Tab to focus the skip link on " + url)
        .until(d -> first.equals(script("return document.activeElement")));
    assertThat(((Number) script("return document.activeElement.getBoundingClientRect().top")).doubleValue())
        .as("focused skip link inside the viewport on %s", url).isGreaterThanOrEqualTo(0);
    script("document.activeElement.blur()");
  }

  private static void assertImagesHaveAltAndLoad(String url) {
    @SuppressWarnings("unchecked")
    List<String> withoutAlt = (List<String>) script(
        "return Array.from(document.images).filter(i => !i.hasAttribute('alt')).map(i => i.src)");
    assertThat(withoutAlt).as("images without an alt attribute on %s", url).isEmpty();
    @SuppressWarnings("unchecked")
    List<String> broken = (List<String>) script(
        "return Array.from(document.images).filter(i => i.naturalWidth === 0).map(i => i.src)");
    assertThat(broken).as("images that did not load on %s", url).isEmpty();
  }

  private static void assertNoOtherHost(String url) {
    @SuppressWarnings("unchecked")
    List<String> foreign = (List<String>) script("""
        const refs = [];
        document.querySelectorAll('link[href]').forEach(e => refs.push(e.getAttribute('href')));
        document.querySelectorAll('script[src], img[src], source[src], iframe[src], video[src], audio[src]')
            .forEach(e => refs.push(e.getAttribute('src')));
        document.querySelectorAll('img[srcset], source[srcset]').forEach(e =>
            e.getAttribute('srcset').split(',').forEach(s => refs.push(s.trim().split(/\\s+/)[0])));
        performance.getEntriesByType('resource').forEach(e => refs.push(e.name));
        return refs.filter(r => r && new URL(r, location.href).origin !== location.origin);
        """);
    assertThat(foreign).as("references to another host on %s (the theme must work offline)", url).isEmpty();
    // The one script allowed is the share block's small inline one; nothing is loaded.
    assertThat(longValue("return document.querySelectorAll('script[src]').length"))
        .as("scripts loaded from files on %s", url).isZero();
    assertThat(longValue("return document.querySelectorAll("
        + "'script:not([type=\"application/ld+json\"]):not([data-share-block] script)').length"))
        .as("scripts outside the share block on %s (the theme needs no other JavaScript)", url).isZero();
  }

  private static void screenshot(String name) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> metrics = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    double height = Math.min(((Number) size.get("height")).doubleValue(), 12_000);
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
        "format", "png",
        "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", ((Number) size.get("width")).doubleValue(),
            "height", height, "scale", 1)));
    Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
  }

  private static Object script(String js) {
    return ((JavascriptExecutor) driver).executeScript(js);
  }

  private static long longValue(String js) {
    return ((Number) script(js)).longValue();
  }

  /**
   * The post with the most kinds of hard-to-lay-out content (images, tables, code, quotes, footnotes, task
   * lists), as a path below the base path, so the test exercises the hardest page the sample site has.
   */
  private static String richestPost(Path out) throws IOException {
    List<String> kinds = List.of("img", "table", "pre", "blockquote", ".footnotes", ".task-list-item");
    record Candidate(String path, long kinds, int elements) {}
    return htmlPages(out).stream()
        .map(f -> {
          Document doc = parse(f);
          if (!doc.body().hasClass("kind-post")) {
            return null;
          }
          long present = kinds.stream().filter(k -> !doc.select("main article " + k).isEmpty()).count();
          int elements = kinds.stream().mapToInt(k -> doc.select("main article " + k).size()).sum();
          return new Candidate(pathBelowBase(out, f), present, elements);
        })
        .filter(c -> c != null)
        .max(Comparator.comparingLong(Candidate::kinds).thenComparingInt(Candidate::elements)
            .thenComparing(Candidate::path, Comparator.reverseOrder()))
        .map(Candidate::path)
        .orElseThrow(() -> new AssertionError("the sample site built no post page (body.kind-post) in " + out));
  }

  /** Every HTML page of the built site, sorted, for checks that sweep the whole site. */
  private static List<Path> htmlPages(Path out) throws IOException {
    try (Stream<Path> files = Files.walk(out)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".html")).sorted().toList();
    }
  }

  private static String pathBelowBase(Path out, Path file) {
    String rel = out.relativize(file).toString().replace(File.separatorChar, '/');
    return rel.endsWith("index.html") ? rel.substring(0, rel.length() - "index.html".length()) : rel;
  }

  private static Document parse(Path file) {
    try {
      return Jsoup.parse(file.toFile(), "UTF-8");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Serves {@code root} below {@link #BASE_PATH}: folders answer with their index.html; GET only. */
  private static void serve(Path root, HttpExchange exchange) throws IOException {
    try {
      if (!exchange.getRequestMethod().equals("GET")) {
        exchange.getResponseHeaders().set("Allow", "GET");
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
      Path file = null;
      if (path.startsWith(BASE_PATH)) {
        file = root.resolve(path.substring(BASE_PATH.length())).normalize();
        if (Files.isDirectory(file)) {
          file = file.resolve("index.html");
        }
      }
      int status = 200;
      if (file == null || !file.startsWith(root) || !Files.isRegularFile(file)) {
        status = 404;
        file = root.resolve("404.html");
      }
      byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
      exchange.getResponseHeaders().set("Content-Type", contentType(file));
      exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      try (OutputStream os = exchange.getResponseBody()) {
        os.write(body);
      }
    } finally {
      exchange.close();
    }
  }

  private static String contentType(Path file) {
    String name = file.getFileName().toString();
    String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
    return switch (ext) {
      case "html" -> "text/html; charset=utf-8";
      case "css" -> "text/css; charset=utf-8";
      case "js" -> "text/javascript; charset=utf-8";
      case "xml" -> "application/xml; charset=utf-8";
      case "json" -> "application/json";
      case "svg" -> "image/svg+xml";
      case "png" -> "image/png";
      case "jpg", "jpeg" -> "image/jpeg";
      case "gif" -> "image/gif";
      case "webp" -> "image/webp";
      case "avif" -> "image/avif";
      case "ico" -> "image/x-icon";
      case "txt" -> "text/plain; charset=utf-8";
      default -> "application/octet-stream";
    };
  }
}

package dev.shareworthy.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.shareworthy.Shareworthy;
import dev.shareworthy.build.BuildOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The share block's script in headless Chromium, on the sample site: copy-link puts the tracked URL on the
 * clipboard, {@code ?ref=alice} is carried into every share link (and on to the next page of the visit), a bad
 * ref is ignored, and the Mastodon page asks for a server once and forwards to it.
 */
class ShareBrowserTest {

  private static final String BASE_PATH = "/blog/";

  @TempDir static Path temp;
  private static HttpServer server;
  private static ChromeDriver driver;
  private static String siteUrl;

  @BeforeAll
  static void buildServeAndOpenBrowser() throws IOException {
    Chromium.require();
    Path out = Files.createDirectories(temp.resolve("site"));
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> serve(out, exchange));
    server.start();
    siteUrl = "http://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH;
    Shareworthy.build(BuildOptions.of(Path.of(System.getProperty("shareworthy.sampleSite", "../sample-site")))
        .withOutput(out).withBaseUrl(siteUrl).withCardCache(temp.resolve("cards")));

    driver = Chromium.start(temp.resolve("chrome-profile"));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
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

  /** Each test starts in a fresh tab: its own sessionStorage, so no referral leaks from one test to the next. */
  @BeforeEach
  void freshTab() {
    String old = driver.getWindowHandle();
    driver.switchTo().newWindow(WindowType.TAB);
    String fresh = driver.getWindowHandle();
    driver.switchTo().window(old).close();
    driver.switchTo().window(fresh);
  }

  @Test
  void copyLinkPutsTheTrackedUrlOnTheClipboard() {
    driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", siteUrl.substring(0, siteUrl.length() - BASE_PATH.length()),
        "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    open(siteUrl + "posts/why-readers-share/");
    WebElement copy = driver.findElement(By.cssSelector("[data-share-block] a[data-share-action=copy]"));
    String tracked = copy.getDomAttribute("data-share-url");
    assertThat(tracked).isEqualTo(siteUrl + "posts/why-readers-share/?utm_source=copy&utm_medium=social"
        + "&utm_campaign=why-readers-share&utm_content=post-footer");

    copy.click();
    waitFor("the copy confirmation", () -> "Link copied.".equals(
        driver.findElement(By.cssSelector("[data-share-status]")).getText()));
    assertThat(driver.getCurrentUrl()).as("copy-link stays on the page").isEqualTo(siteUrl + "posts/why-readers-share/");
    assertThat(clipboard()).isEqualTo(tracked);
  }

  @Test
  void aRefIsCarriedIntoEveryShareLinkAndOnToTheNextPage() {
    driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", siteUrl.substring(0, siteUrl.length() - BASE_PATH.length()),
        "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    open(siteUrl + "posts/why-readers-share/?ref=alice");
    assertEveryLinkCarries("ref=alice");

    // The reader moves on without the parameter: the advocate still gets the credit.
    open(siteUrl + "posts/the-referral-loop/");
    assertEveryLinkCarries("ref=alice");
    driver.findElement(By.cssSelector("[data-share-block] a[data-share-action=copy]")).click();
    waitFor("the copy confirmation", () -> "Link copied.".equals(
        driver.findElement(By.cssSelector("[data-share-status]")).getText()));
    assertThat(clipboard()).endsWith("&utm_content=post-footer&ref=alice").startsWith(siteUrl + "posts/the-referral-loop/?");
  }

  @Test
  void anInvalidRefIsIgnoredAndNeverReflected() {
    for (String bad : List.of("%3Cscript%3Ealert(1)%3C%2Fscript%3E", "a%22onmouseover%3D1", "x".repeat(33), "al%20ice")) {
      open(siteUrl + "posts/why-readers-share/?ref=" + bad);
      for (WebElement link : shareLinks()) {
        assertThat(link.getDomAttribute("href")).as(bad).doesNotContain("ref%3D").doesNotContain("&ref=");
        assertThat(link.getDomAttribute("data-share-url")).as(bad).doesNotContain("ref=");
      }
      assertThat(driver.getPageSource()).doesNotContain("<script>alert(1)</script>").doesNotContain("onmouseover=1");
    }
  }

  @Test
  void theShareSheetButtonShowsOnlyWhereTheBrowserHasOne() {
    open(siteUrl + "posts/why-readers-share/");
    boolean hasShare = Boolean.TRUE.equals(script("return typeof navigator.share === 'function'"));
    WebElement item = driver.findElement(By.cssSelector("[data-share-block] li:has(a[data-share-action=native])"));
    assertThat(item.isDisplayed()).isEqualTo(hasShare);
  }

  @Test
  void theMastodonPageAsksOnceAndForwards() {
    open(siteUrl + "share/mastodon/?text=" + "Why%20readers%20share%20https%3A%2F%2Fx.example%2Fp%2F");
    assertThat(driver.findElement(By.id("share-text")).getDomProperty("value"))
        .isEqualTo("Why readers share https://x.example/p/");
    WebElement input = driver.findElement(By.id("instance"));
    input.sendKeys("not a server<script>");
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    assertThat(driver.findElement(By.id("instance-error")).getText()).contains("such as mastodon.social");
    assertThat(input.getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(driver.getCurrentUrl()).startsWith(siteUrl);

    input.clear();
    input.sendKeys("https://Mastodon.Example/@maren");
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    String target = "https://mastodon.example/share?text=Why%20readers%20share%20https%3A%2F%2Fx.example%2Fp%2F";
    waitFor("forwarding to the reader's server", () -> driver.getCurrentUrl().equals(target));

    // Next time the page forwards at once, to the remembered server.
    open(siteUrl + "share/mastodon/?text=Again");
    waitFor("forwarding without asking", () -> driver.getCurrentUrl().equals("https://mastodon.example/share?text=Again"));
  }

  private static void assertEveryLinkCarries(String param) {
    List<WebElement> links = shareLinks();
    assertThat(links).hasSize(13);
    for (WebElement link : links) {
      String tracked = link.getDomAttribute("data-share-url");
      assertThat(tracked).as(link.getDomAttribute("data-share-network")).endsWith("&" + param);
      String href = URLDecoder.decode(link.getDomAttribute("href").replace("+", "%2B"), StandardCharsets.UTF_8);
      assertThat(href).as("share address of %s", link.getDomAttribute("data-share-network")).contains(tracked);
    }
  }

  private static List<WebElement> shareLinks() {
    return driver.findElements(By.cssSelector("[data-share-block] a[data-share-network]"));
  }

  private static String clipboard() {
    return (String) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "navigator.clipboard.readText().then(done, e => done('clipboard error: ' + e));");
  }

  private static void open(String url) {
    driver.get(url);
    waitFor("the page to load: " + url, () -> "complete".equals(script("return document.readyState")));
  }

  private static void waitFor(String what, java.util.function.BooleanSupplier condition) {
    new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(what).until(d -> condition.getAsBoolean());
  }

  private static Object script(String js) {
    return ((JavascriptExecutor) driver).executeScript(js);
  }

  /** Serves {@code root} below {@link #BASE_PATH}: folders answer with their index.html; GET only. */
  private static void serve(Path root, HttpExchange exchange) throws IOException {
    try {
      String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
      Path file = path.startsWith(BASE_PATH) ? root.resolve(path.substring(BASE_PATH.length())).normalize() : null;
      if (file != null && Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      int status = 200;
      if (file == null || !file.startsWith(root) || !Files.isRegularFile(file)) {
        status = 404;
        file = root.resolve("404.html");
      }
      byte[] body = Files.readAllBytes(file);
      String name = file.getFileName().toString();
      exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
          : name.endsWith(".css") ? "text/css; charset=utf-8" : name.endsWith(".svg") ? "image/svg+xml"
          : name.endsWith(".png") ? "image/png" : "application/octet-stream");
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream os = exchange.getResponseBody()) {
        os.write(body);
      }
    } finally {
      exchange.close();
    }
  }
}

package dev.shareworthy.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.shareworthy.Shareworthy;
import dev.shareworthy.serve.DevServer;
import dev.shareworthy.serve.ServeOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dev server in real headless Chromium, over a copy of the sample site: an edit shows in the open page by
 * itself, a broken front matter shows an overlay that goes once fixed, and a stylesheet edit applies without
 * reloading the page.
 */
class DevServerBrowserTest {

  private static final String POST = "content/posts/utm-guide.md";

  @TempDir
  static Path temp;

  private static Path site;
  private static DevServer server;
  private static ChromeDriver driver;
  private static String original;
  private static String postUrl;

  @BeforeAll
  static void serveAndOpenBrowser() throws IOException {
    Chromium.require();
    String sampleSite = System.getProperty("shareworthy.sampleSite");
    assertThat(sampleSite).as("system property shareworthy.sampleSite").isNotBlank();
    site = temp.resolve("site");
    PathUtils.copyDirectory(Path.of(sampleSite), site);
    if (Files.exists(site.resolve("target"))) {
      PathUtils.deleteDirectory(site.resolve("target")); // the sample module's own build output
    }
    original = Files.readString(site.resolve(POST), StandardCharsets.UTF_8);
    server = Shareworthy.serve(ServeOptions.of(site).withPort(0));
    String path = server.site().posts().stream().filter(p -> p.source().equals(POST)).findFirst().orElseThrow().path();
    postUrl = server.url().resolve(path.substring(1)).toString();

    driver = Chromium.start(temp.resolve("chrome-profile"));
  }

  @AfterAll
  static void closeBrowserAndServer() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void restoreThePost() throws IOException, InterruptedException {
    if (!Files.readString(site.resolve(POST), StandardCharsets.UTF_8).equals(original)) {
      long n = server.outcomes();
      Files.writeString(site.resolve(POST), original, StandardCharsets.UTF_8);
      // Settled before a page opens, so that rebuild's reload cannot land in the next test.
      assertThat(server.awaitOutcome(n, Duration.ofSeconds(20))).isNotNull();
      server.site().renderPending();
    }
  }

  @Test
  void anEditShowsInTheOpenPage() throws IOException {
    openListening(postUrl);
    assertThat(driver.findElement(By.tagName("article")).getText()).doesNotContain("A sentence written just now");

    append(POST, "\n\nA sentence written just now.\n");

    waitUpTo(20).until(d -> d.findElement(By.tagName("article")).getText().contains("A sentence written just now"));
  }

  @Test
  void brokenFrontMatterShowsAnOverlayUntilFixed() throws IOException {
    openListening(postUrl);

    Files.writeString(site.resolve(POST), original.replaceFirst("(?m)^title:.*$", "title: [never closed"),
        StandardCharsets.UTF_8);
    waitUpTo(20).until(d -> !d.findElements(By.id("shareworthy-overlay")).isEmpty());
    String overlay = driver.findElement(By.id("shareworthy-overlay")).getText();
    assertThat(overlay).contains(POST + ":").contains("front matter");

    // A page opened while the error stands shows it too.
    openListening(server.url().toString());
    waitUpTo(20).until(d -> !d.findElements(By.id("shareworthy-overlay")).isEmpty());

    Files.writeString(site.resolve(POST), original.replace("\n---\n", "\n---\nFixed and back.\n"),
        StandardCharsets.UTF_8);
    waitUpTo(20).until(d -> d.findElements(By.id("shareworthy-overlay")).isEmpty());
  }

  @Test
  void aStylesheetEditAppliesWithoutReloading() throws IOException {
    openListening(postUrl);
    js("window.shareworthyMarker = 'still here';");
    String before = (String) js("return getComputedStyle(document.body).outlineStyle;");
    assertThat(before).isNotEqualTo("dashed");

    // The theme's stylesheet is overridden by the site's own copy, edited.
    String themeCss = new String(server.site().file("css/style.css").bytes(), StandardCharsets.UTF_8);
    Files.createDirectories(site.resolve("static/css"));
    Files.writeString(site.resolve("static/css/style.css"), themeCss + "\nbody { outline: 3px dashed red; }\n",
        StandardCharsets.UTF_8);

    waitUpTo(20).until(d -> "dashed".equals(js("return getComputedStyle(document.body).outlineStyle;")));
    assertThat(js("return window.shareworthyMarker;")).isEqualTo("still here");
  }

  /** Opens a page and waits until its live-reload stream is connected, so no edit can come before it. */
  private static void openListening(String url) {
    int before = server.liveReloadClients();
    driver.get(url);
    waitUpTo(20).until(d -> server.liveReloadClients() > before
        || Boolean.TRUE.equals(js("return !!document.getElementById('shareworthy-overlay');")));
  }

  private static void append(String relative, String text) throws IOException {
    Path file = site.resolve(relative);
    Files.createDirectories(file.getParent());
    String now = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    Files.writeString(file, now + text, StandardCharsets.UTF_8);
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  private static WebDriverWait waitUpTo(int seconds) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
    wait.pollingEvery(Duration.ofMillis(50));
    wait.ignoring(StaleElementReferenceException.class); // the page reloading under the poll
    return wait;
  }

}

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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The writing aids in real headless Chromium, over a copy of the sample site with one thin post: its findings
 * panel shows the weakness, is dismissed from the keyboard and stays dismissed for the session; the share
 * preview draws every network's card (screenshots in target/screenshots/); fixing the post makes the finding
 * go from the open page by itself.
 */
class WritingAidsBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String POST = "content/posts/a-thin-draft.md";
  private static final String THIN = "css:#shareworthy-panel .sw-finding[data-rule=thin-content]";

  @TempDir
  static Path temp;

  private static Path site;
  private static DevServer server;
  private static ChromeDriver driver;
  private static String postUrl;

  @BeforeAll
  static void serveAndOpenBrowser() throws IOException {
    Chromium.require();
    String sampleSite = System.getProperty("shareworthy.sampleSite");
    assertThat(sampleSite).as("system property shareworthy.sampleSite").isNotBlank();
    site = temp.resolve("site");
    PathUtils.copyDirectory(Path.of(sampleSite), site);
    if (Files.exists(site.resolve("target"))) {
      PathUtils.deleteDirectory(site.resolve("target"));
    }
    Files.writeString(site.resolve(POST), """
        ---
        title: "A thin draft & its \\"share card\\" 🚀"
        date: 2025-06-01
        description: A draft that is still far too short, written to show the findings panel while it is fixed.
        tags: [writing]
        ---
        Only a first line so far.
        """, StandardCharsets.UTF_8);
    Files.createDirectories(SCREENSHOTS);
    server = Shareworthy.serve(ServeOptions.of(site).withPort(0));
    String path = server.site().posts().stream().filter(p -> p.source().equals(POST)).findFirst().orElseThrow().path();
    postUrl = server.url().resolve(path.substring(1)).toString();

    driver = Chromium.start(temp.resolve("chrome-profile"), "--window-size=1280,900");
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

  @Test
  void thePanelShowsTheWeaknessIsDismissedAndTheFixClearsIt() throws IOException {
    driver.get(postUrl);
    waitUpTo(30).until(d -> !d.findElements(By.cssSelector(THIN.substring(4))).isEmpty());
    WebElement panel = driver.findElement(By.id("shareworthy-panel"));
    assertThat(panel.isDisplayed()).isTrue();
    assertThat(panel.getAttribute("aria-labelledby")).isEqualTo("shareworthy-panel-title");
    assertThat(driver.findElement(By.id("shareworthy-panel-title")).getText()).startsWith("Share readiness");
    WebElement finding = driver.findElement(By.cssSelector(THIN.substring(4)));
    assertThat(finding.getText()).contains("thin-content").contains("words").contains("Fix:").containsPattern("line \\d+");
    int score = Integer.parseInt(driver.findElement(By.cssSelector("#shareworthy-panel .sw-score")).getText());
    assertThat(score).isLessThan(100);
    // Styled by itself: the theme's fonts and colours do not reach in.
    assertThat(panel.getCssValue("position")).isEqualTo("fixed");
    assertThat(panel.getCssValue("background-color")).isEqualTo("rgba(255, 255, 255, 1)");
    screenshot("findings-panel.png");

    // Dismissed from the keyboard; the focus moves to the small button that brings it back.
    WebElement close = driver.findElement(By.cssSelector("#shareworthy-panel .sw-close"));
    assertThat(close.getAttribute("aria-label")).isEqualTo("Dismiss the findings panel");
    close.sendKeys(Keys.ESCAPE);
    waitUpTo(5).until(d -> !d.findElement(By.id("shareworthy-panel")).isDisplayed());
    WebElement opener = driver.findElement(By.id("shareworthy-panel-open"));
    assertThat(opener.isDisplayed()).isTrue();
    assertThat(driver.switchTo().activeElement()).isEqualTo(opener);
    // Focus is visible there, in the panel's own style.
    assertThat(js("return getComputedStyle(document.activeElement).outlineStyle")).isEqualTo("solid");

    // It stays dismissed for this page during the session.
    driver.navigate().refresh();
    waitUpTo(30).until(d -> !d.findElements(By.id("shareworthy-panel-open")).isEmpty()
        && d.findElement(By.id("shareworthy-panel-open")).isDisplayed());
    assertThat(driver.findElement(By.id("shareworthy-panel")).isDisplayed()).isFalse();

    // Brought back, then the post is fixed: the finding goes by itself, through live reload.
    driver.findElement(By.id("shareworthy-panel-open")).click();
    waitUpTo(5).until(d -> d.findElement(By.id("shareworthy-panel")).isDisplayed());
    int before = server.liveReloadClients();
    assertThat(before).isPositive();
    String text = Files.readString(site.resolve(POST), StandardCharsets.UTF_8);
    Files.writeString(site.resolve(POST), text.replace("Only a first line so far.", prose(420)),
        StandardCharsets.UTF_8);
    waitUpTo(30).until(d -> d.findElements(By.cssSelector("#shareworthy-panel .sw-score")).size() == 1
        && d.findElements(By.cssSelector(THIN.substring(4))).isEmpty()
        && d.findElement(By.tagName("article")).getText().contains("Short paragraphs make"));
    assertThat(driver.findElement(By.id("shareworthy-panel")).isDisplayed()).isTrue();
    assertThat(Integer.parseInt(driver.findElement(By.cssSelector("#shareworthy-panel .sw-score")).getText()))
        .isGreaterThan(score);
  }

  @Test
  void theListShowsEveryPostWithItsScore() throws IOException {
    driver.get(server.url().resolve("_shareworthy/").toString());
    waitUpTo(30).until(d -> d.findElements(By.cssSelector("[role=status]")).isEmpty()
        && !d.findElements(By.cssSelector("tbody tr")).isEmpty());
    List<WebElement> rows = driver.findElements(By.cssSelector("tbody tr"));
    assertThat(rows.size()).isEqualTo(server.site().posts().size() + server.site().pages().size());
    List<Integer> scores = rows.stream().map(r -> Integer.parseInt(r.findElement(By.cssSelector(".badge")).getText()))
        .toList();
    assertThat(scores).isSorted();
    screenshot("post-list.png");
  }

  @Test
  void theSharePreviewShowsEveryNetworkAndTheShareLinks() throws IOException {
    String path = server.site().posts().stream().filter(p -> p.source().equals("content/posts/utm-guide.md"))
        .findFirst().orElseThrow().path();
    driver.get(server.url().resolve("_shareworthy/share" + path).toString());
    waitUpTo(20).until(d -> d.findElements(By.cssSelector("figure.card")).size() == 4);
    List<String> captions = driver.findElements(By.cssSelector("figure.card figcaption")).stream()
        .map(WebElement::getText).toList();
    assertThat(captions).containsExactly("X", "Facebook", "LinkedIn", "Chat (WhatsApp, Telegram, iMessage)");
    // The card image is the post's own, served by the dev server: it loaded.
    assertThat(js("""
        var el = document.querySelector('.share-image.sw-share-image');
        var url = getComputedStyle(el).backgroundImage.replace(/^url\\("?|"?\\)$/g, '');
        return new Promise(function (done) {
          var img = new Image();
          img.onload = function () { done(img.naturalWidth); };
          img.onerror = function () { done(0); };
          img.src = url;
        });""")).isEqualTo(1200L);
    List<WebElement> links = driver.findElements(By.cssSelector(".links a.href"));
    assertThat(links).isNotEmpty();
    assertThat(links.get(0).getAttribute("href")).startsWith("https://");
    assertThat(driver.findElements(By.cssSelector(".params code")).stream().map(WebElement::getText))
        .anyMatch(p -> p.startsWith("utm_source="));
    screenshot("share-preview.png");
  }

  /** Varied prose of about {@code words} words. */
  private static String prose(int words) {
    String[] sentences = {
        "Writers who share their drafts early learn what readers care about.",
        "A clear headline tells people why the post matters to them.",
        "Short paragraphs make a long argument easier to follow on a phone.",
        "Each example should show one idea, and show it well.",
        "Readers forward posts that solve a problem they had this week.",
        "Good previews carry a title, a description and an image that fit together.",
        "The best time to fix a weak opening is before anyone sees it.",
        "Numbers persuade when they come with the story behind them.",
        "Links to sources let a sceptical reader check the claims.",
        "Ending with a question invites the reader to answer in public."};
    StringBuilder b = new StringBuilder("## What the draft says\n\n");
    int count = 0;
    for (int i = 0; count < words; i++) {
      String s = sentences[i % sentences.length];
      b.append(s).append(i % 4 == 3 ? "\n\n" : " ");
      if (i % 16 == 15) {
        b.append("## Part ").append(i / 16 + 2).append("\n\n");
      }
      count += s.split(" ").length;
    }
    return b.toString();
  }

  private static void screenshot(String name) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> metrics = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    @SuppressWarnings("unchecked")
    Map<String, Object> view = (Map<String, Object>) metrics.get("cssLayoutViewport");
    boolean whole = !name.startsWith("findings");
    double height = whole ? Math.min(((Number) size.get("height")).doubleValue(), 6_000)
        : ((Number) view.get("clientHeight")).doubleValue();
    double y = whole ? 0 : ((Number) view.get("pageY")).doubleValue();
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
        "format", "png", "captureBeyondViewport", whole,
        "clip", Map.of("x", 0, "y", y, "width", ((Number) view.get("clientWidth")).doubleValue(),
            "height", height, "scale", 1)));
    Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script.contains("Promise") ? "return (function(){" + script
        + "})()" : script);
  }

  private static WebDriverWait waitUpTo(int seconds) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
    wait.pollingEvery(Duration.ofMillis(50));
    wait.ignoring(StaleElementReferenceException.class); // the page reloading under the poll
    return wait;
  }

}

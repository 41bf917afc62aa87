package dev.shareworthy.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shareworthy.Shareworthy;
import dev.shareworthy.build.BuildOptions;
import dev.shareworthy.check.Category;
import dev.shareworthy.check.Finding;
import dev.shareworthy.check.Severity;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The findings panel and the pages under /_shareworthy/, over real HTTP on loopback. */
class WritingAidsTest {

  /** A title that must come out as text everywhere: markup, an ampersand, quotes and an emoji. */
  static final String TRICKY = "<script>alert(1)</script> Tom & \"Jerry\" 'say' hi 🚀";
  private static final String THIN = "content/posts/thin.md";

  @TempDir
  Path temp;

  private Path site;
  private DevServer server;
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeEach
  void startServer() throws IOException {
    site = Files.createDirectories(temp.resolve("site"));
    write("site.yaml", "title: Served Blog\nbaseUrl: https://blog.example.com/\n"
        + "share:\n  networks: [x, facebook, linkedin, whatsapp, copy]\n  utm: true\n");
    write(THIN, "---\ntitle: '" + TRICKY.replace("'", "''") + "'\ndate: 2024-03-01\nslug: thin\n"
        + "description: A short post for the tests of the panel, long enough to be a fair description of it.\n"
        + "---\nToo short to say much.\n");
    write("content/posts/long.md", "---\ntitle: A Longer Post\ndate: 2024-03-02\n---\n" + prose(400) + "\n");
    write("content/pages/about.md", "---\ntitle: About\ndescription: Who writes this blog, why, and how to reach the people behind it.\n---\n"
        + prose(400) + "\n");
    server = Shareworthy.serve(ServeOptions.of(site).withPort(0));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void postsAndPagesGetThePanelOtherPagesDoNot() throws Exception {
    Document post = Jsoup.parse(get("/posts/thin/").body());
    Element panel = post.getElementById(WritingAids.PANEL_ID);
    assertThat(panel).isNotNull();
    assertThat(panel.normalName()).isEqualTo("aside"); // a complementary landmark...
    assertThat(panel.attr("aria-label")).isEqualTo("Shareworthy findings"); // ...with a name
    assertThat(panel.attr("data-page")).isEqualTo("/posts/thin/");
    assertThat(post.select("script[src=/_shareworthy/panel.js]")).hasSize(1);
    assertThat(Jsoup.parse(get("/about/").body()).getElementById(WritingAids.PANEL_ID)).isNotNull();

    // Lists, tags and the 404 page are no post: no panel.
    assertThat(get("/").body()).doesNotContain(WritingAids.PANEL_ID).contains("/_shareworthy/reload.js");
    assertThat(get("/no/such/page/").body()).doesNotContain(WritingAids.PANEL_ID);

    HttpResponse<String> script = get("/_shareworthy/panel.js");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
    assertThat(script.body()).contains("sessionStorage").contains("/_shareworthy/");
  }

  @Test
  void aRealBuildNeverHasThePanel() throws Exception {
    Path out = temp.resolve("out");
    Shareworthy.build(BuildOptions.of(site).withOutput(out));
    List<Path> html = new ArrayList<>();
    try (Stream<Path> files = Files.walk(out)) {
      files.filter(f -> f.toString().endsWith(".html")).forEach(html::add);
    }
    assertThat(html).isNotEmpty();
    for (Path f : html) {
      assertThat(Files.readString(f)).as(f.toString()).doesNotContain(WritingAids.PANEL_ID)
          .doesNotContain("/_shareworthy/");
    }
  }

  @Test
  void findingsComeAsJsonWithSeverityRuleMessageHintLineAndScore() throws Exception {
    JsonNode thin = findings("/posts/thin/");
    assertThat(thin.get("page").asText()).isEqualTo("/posts/thin/");
    assertThat(thin.get("source").asText()).isEqualTo(THIN);
    JsonNode finding = finding(thin, "thin-content");
    assertThat(finding).as("thin-content in %s", thin).isNotNull();
    assertThat(finding.get("severity").asText()).isIn("error", "warning");
    assertThat(finding.get("message").asText()).contains("words");
    assertThat(finding.get("hint").asText()).isNotBlank();
    assertThat(finding.get("line").asInt()).isPositive();
    assertThat(thin.get("score").asInt()).isLessThan(100);
    assertThat(thin.get("error").isNull()).isTrue();

    assertThat(finding(findings("/posts/long/"), "thin-content")).isNull();
  }

  @Test
  void findingsJsonIsEscapedForHtmlAndScriptAndKeepsEveryCharacter() throws Exception {
    String message = "Title " + TRICKY + " ends in \u2028 a line separator\n";
    Finding f = new Finding("title-length", Category.SHARE_METADATA, Severity.WARNING, "content/posts/a.md", 3,
        "/posts/a/", message, "Fix & \"retry\" </script>");
    String json = WritingAids.json(f);
    assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("\u2028");
    JsonNode back = new ObjectMapper().readTree(json);
    assertThat(back.get("message").asText()).isEqualTo(message);
    assertThat(back.get("hint").asText()).isEqualTo("Fix & \"retry\" </script>");
    assertThat(back.get("severity").asText()).isEqualTo("warning");
    assertThat(back.get("category").asText()).isEqualTo("share-metadata");
    assertThat(back.get("location").asText()).isEqualTo("content/posts/a.md:3");
  }

  @Test
  void findingsOfNoPostAre404AndABadQueryIs400() throws Exception {
    assertThat(get("/_shareworthy/findings?page=" + enc("/posts/none/")).statusCode()).isEqualTo(404);
    assertThat(get("/_shareworthy/findings?page=" + enc("/")).statusCode()).isEqualTo(404);
    assertThat(get("/_shareworthy/findings").statusCode()).isEqualTo(400);
    assertThat(get("/_shareworthy/findings?page=posts").statusCode()).isEqualTo(400);
    assertThat(get("/_shareworthy/findings?page=" + enc("/../secret")).statusCode()).isEqualTo(400);
    assertThat(get("/_shareworthy/nothing-here").statusCode()).isEqualTo(404);
  }

  @Test
  void anEditThatFixesAWeaknessClearsItsFinding() throws Exception {
    assertThat(finding(findings("/posts/thin/"), "thin-content")).isNotNull();
    long n = server.outcomes();
    String text = Files.readString(site.resolve(THIN)).replace("Too short to say much.", prose(400));
    Files.writeString(site.resolve(THIN), text);
    assertThat(server.awaitOutcome(n, Duration.ofSeconds(20))).isNotNull();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    JsonNode now = findings("/posts/thin/");
    while (finding(now, "thin-content") != null && System.nanoTime() < deadline) {
      server.awaitOutcome(server.outcomes(), Duration.ofMillis(200)); // a bounded wait for a later rebuild
      now = findings("/posts/thin/");
    }
    assertThat(finding(now, "thin-content")).isNull();
    assertThat(now.get("version").asLong()).isEqualTo(server.site().version());
  }

  @Test
  void theListShowsEveryPostWorstFirstWithCountsAndEscapedTitles() throws Exception {
    HttpResponse<String> list = get("/_shareworthy/");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(list.body()).doesNotContain("<script>alert(1)</script>").contains("🚀");
    Document doc = Jsoup.parse(list.body());
    List<Element> rows = doc.select("tbody tr");
    assertThat(rows).hasSize(3); // two posts and the About page
    List<Integer> scores = rows.stream().map(r -> Integer.parseInt(r.selectFirst(".badge").text())).toList();
    assertThat(scores).isSorted();
    Element thin = rows.stream().filter(r -> r.selectFirst("th a").text().equals(TRICKY)).findFirst().orElseThrow();
    assertThat(thin.selectFirst("th a").attr("href")).isEqualTo("/posts/thin/");
    assertThat(thin.selectFirst(".path").text()).isEqualTo(THIN);
    assertThat(thin.selectFirst("td.has-error").text()).isEqualTo("1"); // thin-content
    assertThat(thin.selectFirst("a[href=/_shareworthy/share/posts/thin/]")).isNotNull();
    assertThat(get("/_shareworthy/index.html").body()).isEqualTo(list.body());
  }

  @Test
  void theSharePreviewDrawsEveryNetworkFromTheServedHeadAndListsTheShareLinks() throws Exception {
    HttpResponse<String> page = get("/_shareworthy/share/posts/thin/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).doesNotContain("<script>alert(1)</script>");
    Document doc = Jsoup.parse(page.body());
    assertThat(doc.select("figure.card figcaption").eachText())
        .containsExactly("X", "Facebook", "LinkedIn", "Chat (WhatsApp, Telegram, iMessage)");
    assertThat(doc.selectFirst(".fb-title").text()).isEqualTo(TRICKY);
    assertThat(doc.selectFirst(".fb-domain").text()).isEqualTo("BLOG.EXAMPLE.COM");
    assertThat(doc.selectFirst(".chat-site").text()).isEqualTo("Served Blog");
    assertThat(doc.selectFirst(".fb-description").text()).startsWith("A short post for the tests");

    // The share image is the site's own social card, served by the dev server itself.
    String style = doc.select("style").html();
    String image = style.replaceAll("(?s).*\\.sw-share-image\\{background-image:url\\(\"([^\"]+)\"\\)\\}.*", "$1");
    assertThat(image).startsWith("/").doesNotContain("blog.example.com");
    HttpResponse<byte[]> png = http.send(HttpRequest.newBuilder(url(image)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(png.statusCode()).isEqualTo(200);
    assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");

    // Exactly the links of the page's share block, with their referral parameters.
    Document post = Jsoup.parse(get("/posts/thin/").body());
    List<String> expected = post.select("[data-share-block] a[data-share-network]").eachAttr("href");
    assertThat(expected).isNotEmpty();
    assertThat(doc.select(".links a.href").eachAttr("href")).isEqualTo(expected);
    assertThat(doc.select(".params code").eachText()).anyMatch(p -> p.startsWith("utm_source="));
    assertThat(doc.selectFirst("#findings-h")).isNotNull();
  }

  @Test
  void aPreviewOfNoPageIs404() throws Exception {
    assertThat(get("/_shareworthy/share/posts/none/").statusCode()).isEqualTo(404);
    assertThat(get("/_shareworthy/share/").statusCode()).isEqualTo(200); // the home page has a preview too
  }

  @Test
  void aBadChecksSettingIsShownWhereTheFindingsWouldBe() throws Exception {
    long n = server.outcomes();
    write("site.yaml", "title: Served Blog\nbaseUrl: https://blog.example.com/\nchecks:\n  failOn: sometimes\n");
    assertThat(server.awaitOutcome(n, Duration.ofSeconds(20))).isNotNull();
    HttpResponse<String> list = get("/_shareworthy/");
    assertThat(list.statusCode()).isEqualTo(500);
    assertThat(list.body()).contains("site.yaml:").contains("checks.failOn is");
    JsonNode thin = findings("/posts/thin/");
    assertThat(thin.get("error").asText()).contains("checks.failOn is");
    assertThat(thin.get("findings")).isEmpty();
    // The site itself is still served: the setting only stops the checks.
    assertThat(get("/posts/thin/").statusCode()).isEqualTo(200);
  }

  @Test
  void headRequestsGetHeadersOnly() throws Exception {
    HttpResponse<String> head = http.send(HttpRequest.newBuilder(url("/_shareworthy/"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
  }

  private JsonNode findings(String page) throws Exception {
    HttpResponse<String> r = get("/_shareworthy/findings?page=" + enc(page));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    return new ObjectMapper().readTree(r.body());
  }

  private static JsonNode finding(JsonNode findings, String rule) {
    for (JsonNode f : findings.get("findings")) {
      if (f.get("rule").asText().equals(rule)) {
        return f;
      }
    }
    return null;
  }

  /** Plain prose of about {@code words} words that no other rule minds. */
  static String prose(int words) {
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
    StringBuilder b = new StringBuilder();
    int count = 0;
    for (int i = 0; count < words; i++) {
      String s = sentences[i % sentences.length];
      b.append(s).append(i % 4 == 3 ? "\n\n" : " ");
      count += s.split(" ").length;
    }
    return b.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private void write(String relative, String text) throws IOException {
    Path file = site.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}

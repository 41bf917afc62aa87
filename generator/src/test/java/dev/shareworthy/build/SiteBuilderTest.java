package dev.shareworthy.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shareworthy.Problem;
import dev.shareworthy.Shareworthy;
import dev.shareworthy.ShareworthyException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {

  private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

  @TempDir Path tmp;
  private TestSite site;
  private Path out;

  @BeforeEach
  void setUp() {
    site = new TestSite(tmp.resolve("site"));
    out = tmp.resolve("out");
    site.post("hello", "Hello World", "2025-01-10", "tags: [Java, Word of Mouth]\ncategories: [Notes]\n",
        "First paragraph of hello.\n\n## Part one\n\nMore text.")
        .post("second", "Second Post", "2025-02-10", "tags: [java]\naliases: [/old/second/]\n", "Second body.")
        .post("third", "Third Post", "2025-03-10", "", "Third body with [about](/about/).")
        .post("draft", "A Draft", "2025-03-11", "draft: true\n", "Not yet.")
        .post("future", "From the Future", "2030-01-01", "", "Later.")
        .write("content/pages/about.md", "---\ntitle: About\n---\nAbout this blog.\n");
  }

  private BuildResult build() {
    return Shareworthy.build(BuildOptions.of(site.dir).withOutput(out).withNow(NOW));
  }

  private Document page(String relative) {
    return Jsoup.parse(TestSite.read(out.resolve(relative)));
  }

  @Test
  void writesPostsPagesListingsFeedsAndSitemap() {
    BuildResult result = build();

    assertThat(result.posts()).isEqualTo(3);
    assertThat(result.skippedDrafts()).isEqualTo(1);
    assertThat(result.skippedFuture()).isEqualTo(1);
    for (String file : List.of("index.html", "page/2/index.html", "posts/hello/index.html", "posts/second/index.html",
        "posts/third/index.html", "about/index.html", "tags/index.html", "tags/java/index.html",
        "tags/word-of-mouth/index.html", "categories/notes/index.html", "categories/index.html",
        "archive/index.html", "archive/2025/index.html", "404.html", "feed.xml", "atom.xml", "sitemap.xml",
        "robots.txt", "css/style.css")) {
      assertThat(out.resolve(file)).as(file).isRegularFile();
    }
    assertThat(out.resolve("posts/draft")).doesNotExist();
    assertThat(out.resolve("posts/future")).doesNotExist();
    assertThat(page("posts/hello/index.html").select("h1").text()).contains("Hello World");
    // Newest first, two per page.
    assertThat(page("index.html").select("article a[href^=/posts/]").eachAttr("href"))
        .containsSubsequence("/posts/third/", "/posts/second/").doesNotContain("/posts/hello/");
    assertThat(page("page/2/index.html").select("a[href=/posts/hello/]")).isNotEmpty();
    assertThat(page("tags/java/index.html").select("a[href=/posts/hello/]")).isNotEmpty();
    assertThat(TestSite.read(out.resolve("robots.txt"))).contains("Sitemap: https://blog.example.com/sitemap.xml");
  }

  @Test
  void saysWhatPartOfTheBuildsTimeTheChecksTook() {
    BuildResult plain = build();
    BuildResult checked = Shareworthy.build(BuildOptions.of(site.dir).withOutput(out).withNow(NOW).withChecks(true));

    assertThat(plain.checks()).isNull();
    assertThat(plain.checksDuration()).isZero();
    assertThat(checked.checks().pages()).isNotEmpty();
    assertThat(checked.checksDuration()).isPositive().isLessThanOrEqualTo(checked.duration());
    assertThat(checked.checksTook()).matches("in \\d+\\.\\d\\d s");
  }

  @Test
  void draftsAndFuturePostsOnlyWhenAskedFor() {
    Shareworthy.build(BuildOptions.of(site.dir).withOutput(out).withNow(NOW).withDrafts(true).withFuture(true));

    assertThat(out.resolve("posts/draft/index.html")).isRegularFile();
    assertThat(out.resolve("posts/future/index.html")).isRegularFile();
  }

  @Test
  void feedsAreValidXmlWithFullContentAndAbsoluteLinks() {
    build();

    Document rss = Jsoup.parse(TestSite.read(out.resolve("feed.xml")), "", Parser.xmlParser());
    assertThat(rss.select("item")).hasSize(3);
    // Item links say where a visit came from; the ids stay the bare permalinks.
    assertThat(rss.select("item > link").first().text())
        .isEqualTo("https://blog.example.com/posts/third/?utm_source=rss&utm_medium=feed");
    assertThat(rss.select("item > guid").first().text()).isEqualTo("https://blog.example.com/posts/third/");
    assertThat(rss.select("item").first().getElementsByTag("content:encoded").text())
        .contains("href=\"https://blog.example.com/about/\"");
    Document atom = Jsoup.parse(TestSite.read(out.resolve("atom.xml")), "", Parser.xmlParser());
    assertThat(atom.select("entry")).hasSize(3);
    assertThat(atom.select("entry > id").eachText()).contains("https://blog.example.com/posts/hello/");
  }

  @Test
  void sitemapListsPagesButNotRedirectsOr404() {
    build();

    Document sitemap = Jsoup.parse(TestSite.read(out.resolve("sitemap.xml")), "", Parser.xmlParser());
    List<String> locs = sitemap.select("url > loc").eachText();
    assertThat(locs).contains("https://blog.example.com/", "https://blog.example.com/posts/hello/",
        "https://blog.example.com/about/", "https://blog.example.com/page/2/");
    assertThat(locs).noneMatch(l -> l.contains("404") || l.contains("/old/"));
  }

  @Test
  void aliasesRedirectToThePermalink() {
    build();

    Document redirect = page("old/second/index.html");
    assertThat(redirect.select("meta[http-equiv=refresh]").attr("content"))
        .isEqualTo("0; url=https://blog.example.com/posts/second/");
    assertThat(redirect.select("link[rel=canonical]").attr("href")).isEqualTo("https://blog.example.com/posts/second/");
  }

  @Test
  void pageBundleFilesAreCopiedBesideThePostAndLinkedFromListings() throws Exception {
    site.write("content/posts/bundle/index.md", "---\ntitle: Bundle\ndate: 2025-04-01\n---\n"
        + "![A diagram](diagram.png)\n");
    Files.write(site.dir.resolve("content/posts/bundle/diagram.png"), new byte[] {1, 2, 3});

    build();

    assertThat(out.resolve("posts/bundle/diagram.png")).hasBinaryContent(new byte[] {1, 2, 3});
    assertThat(page("posts/bundle/index.html").select("article img").attr("src")).isEqualTo("/posts/bundle/diagram.png");
    assertThat(page("index.html").select("img[alt=A diagram]").attr("src")).isEqualTo("/posts/bundle/diagram.png");
  }

  @Test
  void basePathPrefixesEveryInternalLink() {
    Shareworthy.build(BuildOptions.of(site.dir).withOutput(out).withNow(NOW).withBaseUrl("https://example.org/blog/"));

    Document home = page("index.html");
    assertThat(home.select("a[href^=/posts/]")).isEmpty();
    assertThat(home.select("a[href=/blog/posts/third/]")).isNotEmpty();
    assertThat(home.select("link[rel=stylesheet]").attr("href")).startsWith("/blog/");
    assertThat(page("posts/third/index.html").select("a:contains(about)").attr("href")).isEqualTo("/blog/about/");
  }

  @Test
  void aSiteTemplateOverridesTheThemes() {
    site.write("templates/page.peb", "<p id=own>{{ entry.title }} by {{ site.author }}, {{ entry.params.mood }}</p>")
        .write("content/pages/about.md", "---\ntitle: About\nmood: sunny\n---\nAbout this blog.\n");

    build();

    assertThat(page("about/index.html").select("#own").text()).isEqualTo("About by Ada, sunny");
    assertThat(page("posts/hello/index.html").select("#own")).isEmpty();
  }

  @Test
  void brokenFrontMatterNamesFileAndLineAndKeepsThePreviousSite() {
    build();
    String before = TestSite.read(out.resolve("index.html"));
    site.write("content/posts/broken.md", "---\ntitle: Broken\ndate: 2025-01-01\ntags: [a, b\n---\nBody\n");

    assertThatThrownBy(this::build)
        .isInstanceOfSatisfying(ShareworthyException.class, e -> {
          assertThat(e.problems()).hasSize(1);
          assertThat(e.problems().get(0).file()).isEqualTo("content/posts/broken.md");
          assertThat(e.problems().get(0).line()).isEqualTo(4); // where the list was left open
          assertThat(e.problems().get(0).message()).contains("YAML");
        });
    assertThat(TestSite.read(out.resolve("index.html"))).isEqualTo(before);
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void everyContentProblemIsReportedTogether() {
    site.write("content/posts/no-title.md", "---\ndate: 2025-01-01\n---\nBody\n")
        .write("content/posts/bad-date.md", "---\ntitle: Bad date\ndate: 2025-13-45\n---\nBody\n")
        .write("content/posts/toml.md", "+++\ntitle = \"T\"\ndate = 2025-01-01\ntags = [\"a\"\n+++\nBody\n");

    assertThatThrownBy(this::build).isInstanceOfSatisfying(ShareworthyException.class, e ->
        assertThat(e.problems()).extracting(Problem::toString).satisfiesExactly(
            p -> assertThat(p).startsWith("content/posts/bad-date.md:3: 'date' is not a date"),
            p -> assertThat(p).startsWith("content/posts/no-title.md:1: missing title"),
            p -> assertThat(p).startsWith("content/posts/toml.md:").contains("TOML")));
    assertThat(out).doesNotExist();
  }

  @Test
  void twoPostsWithOneUrlAreRefused() {
    site.post("hello-again", "Hello again", "2025-01-11", "slug: hello\n", "Same slug.");

    assertThatThrownBy(this::build).isInstanceOfSatisfying(ShareworthyException.class, e ->
        assertThat(e.getMessage()).contains("content/posts/hello.md").contains("/posts/hello/"));
  }

  @Test
  void templateErrorsNameTheTemplateAndLine() {
    site.write("templates/post.peb", "<html>\n<body>\n{{ post.titel }}\n</body></html>");

    assertThatThrownBy(this::build).isInstanceOfSatisfying(ShareworthyException.class, e -> {
      assertThat(e.problems()).hasSize(1);
      assertThat(e.problems().get(0).file()).isEqualTo("templates/post.peb");
      assertThat(e.problems().get(0).line()).isEqualTo(3);
      assertThat(e.problems().get(0).message()).contains("titel");
    });
  }

  @Test
  void aMissingThemeIsNamed() {
    site.write("site.yaml", "title: T\nbaseUrl: https://x.example/\ntheme: fancy\n");

    assertThatThrownBy(this::build).isInstanceOf(ShareworthyException.class)
        .hasMessageContaining("theme 'fancy' not found");
  }

  @Test
  void aFileThatIsNotUtf8IsNamed() throws Exception {
    Files.write(site.dir.resolve("content/posts/latin1.md"),
        "---\ntitle: Caf\u00e9\ndate: 2025-01-01\n---\n".getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(this::build).isInstanceOf(ShareworthyException.class)
        .hasMessageContaining("content/posts/latin1.md:2: is not valid UTF-8");
  }

  @Test
  void refusesOutputFoldersWhoseReplacementWouldLoseFiles() throws Exception {
    Path foreign = tmp.resolve("foreign");
    Files.createDirectories(foreign);
    Files.writeString(foreign.resolve("thesis.txt"), "precious");
    for (Path bad : List.of(site.dir, site.dir.getParent(), Path.of(System.getProperty("user.home")),
        Path.of("/"), site.dir.resolve("content/out"), foreign)) {
      assertThatThrownBy(() -> Shareworthy.build(BuildOptions.of(site.dir).withOutput(bad).withNow(NOW)))
          .as(bad.toString()).isInstanceOf(ShareworthyException.class).hasMessageContaining("refusing");
    }
    assertThat(foreign.resolve("thesis.txt")).hasContent("precious");
    assertThat(site.dir.resolve("content/posts/hello.md")).exists();
  }

  @Test
  void aRebuildReplacesTheOutputEntirely() throws Exception {
    build();
    Files.delete(site.dir.resolve("content/posts/second.md"));

    build();

    assertThat(out.resolve("posts/second")).doesNotExist();
    assertThat(out.resolve("posts/hello/index.html")).exists();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void twoBuildsAtOnceInOneJvmDoNotSeeEachOther() throws Exception {
    TestSite other = new TestSite(tmp.resolve("other"));
    other.write("site.yaml", "title: Other Blog\nbaseUrl: https://other.example/sub/\n")
        .post("only", "Only Post", "2024-01-01", "", "Just one.");
    Path otherOut = tmp.resolve("other-out");

    CompletableFuture<BuildResult> a = CompletableFuture.supplyAsync(this::build);
    CompletableFuture<BuildResult> b = CompletableFuture.supplyAsync(() ->
        Shareworthy.build(BuildOptions.of(other.dir).withOutput(otherOut).withNow(NOW)));

    assertThat(a.get().posts()).isEqualTo(3);
    assertThat(b.get().posts()).isEqualTo(1);
    assertThat(TestSite.read(out.resolve("index.html"))).contains("Test Blog").doesNotContain("Other Blog");
    assertThat(TestSite.read(otherOut.resolve("index.html"))).contains("/sub/posts/only/").doesNotContain("Test Blog");
  }

  private List<Path> leftovers() {
    try (Stream<Path> files = Files.list(tmp)) {
      return files.filter(p -> p.getFileName().toString().contains(".staging-")
          || p.getFileName().toString().contains(".old-")).toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

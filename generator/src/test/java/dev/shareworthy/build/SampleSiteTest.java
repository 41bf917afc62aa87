package dev.shareworthy.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shareworthy.Shareworthy;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the real sample site and checks every page of it, as a reader and a crawler would. */
class SampleSiteTest {

  static final Path SAMPLE = Path.of(System.getProperty("shareworthy.sampleSite", "../sample-site"));
  private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
  private static final String BASE = "https://sample.shareworthy.dev/";

  @TempDir static Path tmp;
  static Path out;
  static BuildResult result;
  static Map<String, Document> pages = new HashMap<>();

  @BeforeAll
  static void build() throws IOException {
    out = tmp.resolve("site");
    result = Shareworthy.build(BuildOptions.of(SAMPLE).withOutput(out).withNow(NOW));
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
        pages.put(slashes(out.relativize(f)), Jsoup.parse(f.toFile(), "UTF-8"));
      }
    }
  }

  @Test
  void theSampleIsARealBlog() {
    assertThat(result.posts()).isGreaterThanOrEqualTo(12);
    assertThat(result.skippedDrafts()).isEqualTo(1);
    assertThat(result.skippedFuture()).isEqualTo(1);
    assertThat(pages).containsKeys("index.html", "about/index.html", "tags/index.html", "archive/index.html",
        "404.html", "page/2/index.html");
  }

  @Test
  void everyInternalLinkAndImageResolves() {
    List<String> broken = new ArrayList<>();
    pages.forEach((file, doc) -> {
      for (Element e : doc.select("a[href], link[href], img[src], script[src], source[srcset]")) {
        String attr = e.hasAttr("href") ? "href" : "src";
        String target = e.attr(attr);
        if (target.startsWith(BASE)) {
          target = "/" + target.substring(BASE.length());
        }
        if (target.isEmpty() || target.startsWith("mailto:") || target.matches("^[a-z]+:.*") || target.startsWith("//")) {
          continue;
        }
        String problem = resolve(file, target);
        if (problem != null) {
          broken.add(file + ": " + e.tagName() + " " + attr + "=" + e.attr(attr) + " -> " + problem);
        }
      }
    });
    assertThat(broken).isEmpty();
  }

  @Test
  void feedsParseAsXmlWithOneItemPerPost() throws IOException {
    int expected = Math.min(20, result.posts());
    Document rss = Jsoup.parse(Files.readString(out.resolve("feed.xml")), "", Parser.xmlParser());
    assertThat(rss.select("rss > channel > item")).hasSize(expected);
    assertThat(rss.select("item > link").eachText()).allMatch(l -> l.startsWith(BASE + "posts/"));
    Document atom = Jsoup.parse(Files.readString(out.resolve("atom.xml")), "", Parser.xmlParser());
    assertThat(atom.select("feed > entry")).hasSize(expected);
    // Well-formed for a strict parser too, not only for jsoup's forgiving one.
    for (String feed : List.of("feed.xml", "atom.xml", "sitemap.xml")) {
      assertThat(strictlyParses(out.resolve(feed))).as(feed).isTrue();
    }
  }

  @Test
  void sitemapListsEveryPageAndNothingElse() throws IOException {
    Document sitemap = Jsoup.parse(Files.readString(out.resolve("sitemap.xml")), "", Parser.xmlParser());
    Set<String> listed = new TreeSet<>(sitemap.select("url > loc").eachText());
    Set<String> expected = pages.entrySet().stream()
        .filter(e -> !e.getKey().equals("404.html"))
        .filter(e -> e.getValue().select("meta[http-equiv=refresh]").isEmpty())
        .filter(e -> e.getValue().select("meta[name=robots][content~=noindex]").isEmpty())
        .map(e -> BASE + e.getKey().replaceAll("index\\.html$", ""))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(listed).isEqualTo(expected);
  }

  @Test
  void draftsAndFuturePostsAreNowhere() {
    assertThat(out.resolve("posts/newsletter-as-referral-engine")).doesNotExist();
    assertThat(out.resolve("posts/a-year-of-tracking-sharers")).doesNotExist();
    pages.forEach((file, doc) -> assertThat(doc.text()).as(file)
        .doesNotContain("Your Newsletter as a Referral Engine")
        .doesNotContain("What a Year of Tracking Sharers Taught Me"));
  }

  @Test
  void everyPageHasATitleCanonicalLinkAndOneH1() {
    pages.forEach((file, doc) -> {
      if (!doc.select("meta[http-equiv=refresh]").isEmpty()) {
        return;
      }
      assertThat(doc.title()).as(file).isNotBlank();
      // A guest post may name its original as canonical; everything else is canonical here.
      assertThat(doc.select("link[rel=canonical]").attr("href")).as(file).startsWith("https://");
      assertThat(doc.select("h1")).as(file).hasSize(1);
      assertThat(doc.select("html").attr("lang")).as(file).isEqualTo("en");
    });
  }

  /** Null when {@code target}, linked from {@code fromFile}, is a file of the output (and its #fragment an id there). */
  private static String resolve(String fromFile, String target) {
    String fragment = null;
    int hash = target.indexOf('#');
    if (hash >= 0) {
      fragment = target.substring(hash + 1);
      target = target.substring(0, hash);
    }
    int query = target.indexOf('?');
    if (query >= 0) {
      target = target.substring(0, query);
    }
    String path;
    if (target.isEmpty()) {
      path = fromFile;
    } else {
      String decoded = URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
      String resolved = URI.create("/" + fromFile).resolve(URI.create(target)).getPath();
      path = (decoded.startsWith("/") ? decoded : resolved).substring(1);
      if (path.isEmpty() || path.endsWith("/")) {
        path += "index.html";
      }
    }
    if (!Files.isRegularFile(out.resolve(path))) {
      return "no file " + path;
    }
    if (fragment != null && !fragment.isEmpty() && path.endsWith(".html")) {
      Document doc = pages.get(path);
      if (doc.getElementById(URLDecoder.decode(fragment, StandardCharsets.UTF_8)) == null) {
        return "no id #" + fragment + " in " + path;
      }
    }
    return null;
  }

  private static boolean strictlyParses(Path xml) {
    try {
      javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.newDocumentBuilder().parse(xml.toFile());
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  private static String slashes(Path p) {
    return p.toString().replace(p.getFileSystem().getSeparator(), "/");
  }
}

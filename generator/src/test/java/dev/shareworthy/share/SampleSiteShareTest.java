package dev.shareworthy.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shareworthy.Shareworthy;
import dev.shareworthy.build.BuildOptions;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page of the sample site carries complete, absolute and consistent share metadata, and every post its links. */
class SampleSiteShareTest {

  static final Path SAMPLE = Path.of(System.getProperty("shareworthy.sampleSite", "../sample-site"));
  static final String BASE = "https://sample.shareworthy.dev/";
  static final List<String> NETWORKS = List.of("native", "x", "bluesky", "mastodon", "linkedin", "facebook", "reddit",
      "hackernews", "whatsapp", "telegram", "pinterest", "email", "copy");

  @TempDir static Path tmp;
  static Path out;
  static final Map<String, Document> pages = new TreeMap<>();

  @BeforeAll
  static void build() throws IOException {
    out = tmp.resolve("site");
    Shareworthy.build(BuildOptions.of(SAMPLE).withOutput(out).withCardCache(tmp.resolve("cards"))
        .withNow(Instant.parse("2026-11-01T00:00:00Z")));
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
        Document doc = Jsoup.parse(f.toFile(), "UTF-8");
        boolean redirect = !doc.select("meta[http-equiv=refresh]").isEmpty();
        boolean noindex = !doc.select("meta[name=robots][content~=noindex]").isEmpty();
        if (!redirect && !noindex) {
          pages.put(out.relativize(f).toString().replace('\\', '/'), doc);
        }
      }
    }
    assertThat(pages).hasSizeGreaterThan(30);
  }

  private static String content(Document doc, String selector) {
    Element e = doc.selectFirst(selector);
    assertThat(e).as("%s in %s", selector, doc.location()).isNotNull();
    return e.hasAttr("content") ? e.attr("content") : e.attr("href");
  }

  @Test
  void everyPageHasCompleteConsistentMetadata() {
    pages.forEach((file, doc) -> {
      for (String selector : ShareInjectorTest.ONCE) {
        if (!selector.equals("[data-share-block]") && !selector.startsWith("meta[property=article:")
            && !selector.startsWith("script")) {
          assertThat(doc.select(selector)).as("%s in %s", selector, file).hasSize(1);
        }
      }
      String canonical = content(doc, "link[rel=canonical]");
      // A guest post names its original home as canonical; every other page is canonical here.
      assertThat(canonical).as(file).startsWith(file.contains("advocates-are-not-influencers") ? "https://" : BASE)
          .doesNotContain("utm_").doesNotContain("ref=");
      assertThat(content(doc, "meta[property=og:url]")).as(file).isEqualTo(canonical);
      assertThat(content(doc, "meta[property=og:title]")).as(file).isNotBlank()
          .isEqualTo(content(doc, "meta[name=twitter:title]"));
      String description = content(doc, "meta[name=description]");
      assertThat(description).as(file).isNotBlank().hasSizeLessThanOrEqualTo(300);
      assertThat(content(doc, "meta[property=og:description]")).as(file).isEqualTo(description);
      assertThat(content(doc, "meta[name=twitter:description]")).as(file).isEqualTo(description);
      assertThat(content(doc, "meta[property=og:site_name]")).isEqualTo("Second Customers");
      assertThat(content(doc, "meta[property=og:locale]")).isEqualTo("en");
      boolean post = doc.body().hasClass("kind-post");
      assertThat(content(doc, "meta[property=og:type]")).as(file).isEqualTo(post ? "article" : "website");

      String image = content(doc, "meta[property=og:image]");
      assertThat(image).as(file).startsWith(BASE);
      assertThat(content(doc, "meta[name=twitter:image]")).isEqualTo(image);
      assertThat(content(doc, "meta[property=og:image:alt]")).as(file).isNotBlank()
          .isEqualTo(content(doc, "meta[name=twitter:image:alt]"));
      BufferedImage real = read(out.resolve(URLDecoder.decode(image.substring(BASE.length()), StandardCharsets.UTF_8)));
      assertThat(content(doc, "meta[property=og:image:width]")).as(file).isEqualTo(Integer.toString(real.getWidth()));
      assertThat(content(doc, "meta[property=og:image:height]")).as(file).isEqualTo(Integer.toString(real.getHeight()));
      assertThat(content(doc, "meta[name=twitter:card]")).as(file)
          .isEqualTo(real.getWidth() >= 300 && real.getHeight() >= 157 ? "summary_large_image" : "summary");

      for (String type : List.of("rss", "atom")) {
        String feed = content(doc, "link[rel=alternate][type=application/" + type + "+xml]");
        assertThat(feed).startsWith(BASE);
        assertThat(out.resolve(feed.substring(BASE.length()))).isRegularFile();
      }
    });
  }

  @Test
  void postsCarryArticleTagsAndBlogPostingJsonLd() throws IOException {
    int posts = 0;
    for (Map.Entry<String, Document> e : pages.entrySet()) {
      Document doc = e.getValue();
      if (!doc.body().hasClass("kind-post")) {
        continue;
      }
      posts++;
      String file = e.getKey();
      OffsetDateTime published = OffsetDateTime.parse(content(doc, "meta[property=article:published_time]"));
      OffsetDateTime modified = OffsetDateTime.parse(content(doc, "meta[property=article:modified_time]"));
      assertThat(modified).as(file).isAfterOrEqualTo(published);
      assertThat(content(doc, "meta[property=article:author]")).isNotBlank();
      List<String> shownTags = doc.select("main .tags a").eachText();
      assertThat(doc.select("meta[property=article:tag]").eachAttr("content")).as(file)
          .containsExactlyElementsOf(shownTags);
      JsonNode ld = new ObjectMapper().readTree(doc.selectFirst("script[type=application/ld+json]").data());
      assertThat(ld.get("@type").asText()).isEqualTo("BlogPosting");
      assertThat(ld.get("headline").asText()).isEqualTo(content(doc, "meta[property=og:title]"));
      assertThat(ld.get("description").asText()).isEqualTo(content(doc, "meta[name=description]"));
      assertThat(OffsetDateTime.parse(ld.get("datePublished").asText())).isEqualTo(published);
      assertThat(OffsetDateTime.parse(ld.get("dateModified").asText())).isEqualTo(modified);
      assertThat(ld.get("author").get("name").asText()).isEqualTo(content(doc, "meta[property=article:author]"));
      assertThat(ld.get("image").asText()).isEqualTo(content(doc, "meta[property=og:image]"));
      assertThat(ld.get("mainEntityOfPage").get("@id").asText()).isEqualTo(content(doc, "link[rel=canonical]"));
    }
    assertThat(posts).isGreaterThanOrEqualTo(12);
    JsonNode home = new ObjectMapper().readTree(pages.get("index.html").selectFirst("script[type=application/ld+json]").data());
    assertThat(home.get("@type").asText()).isEqualTo("WebSite");
    assertThat(home.get("url").asText()).isEqualTo(BASE);
    assertThat(home.get("name").asText()).isEqualTo("Second Customers");
    JsonNode about = new ObjectMapper().readTree(pages.get("about/index.html")
        .selectFirst("script[type=application/ld+json]").data());
    assertThat(about.get("@type").asText()).isEqualTo("WebPage");
    assertThat(about.get("url").asText()).isEqualTo(content(pages.get("about/index.html"), "link[rel=canonical]"));
    assertThat(about.get("isPartOf").get("url").asText()).isEqualTo(BASE);
  }

  @Test
  void postsWithoutAnImageGetAGeneratedCard() {
    List<String> cards = new ArrayList<>();
    pages.forEach((file, doc) -> {
      String image = content(doc, "meta[property=og:image]");
      if (image.startsWith(BASE + "cards/")) {
        cards.add(file);
        assertThat(doc.body().hasClass("kind-post")).isTrue();
        assertThat(doc.select("figure.cover")).as("a post with a card has no cover of its own: %s", file).isEmpty();
      }
    });
    assertThat(cards).as("posts with a generated card").isNotEmpty();
    assertThat(content(pages.get("index.html"), "meta[property=og:image]")).isEqualTo(BASE + "images/default-card.png");
  }

  @Test
  void everyShareLinkSharesTheCanonicalUrlWithExactlyTheConfiguredParameters() {
    pages.forEach((file, doc) -> {
      org.jsoup.select.Elements links = doc.select("[data-share-block] a[data-share-network]");
      if (!doc.body().hasClass("kind-post")) {
        assertThat(links).as(file).isEmpty();
        return;
      }
      assertThat(links.eachAttr("data-share-network")).as(file).containsExactlyElementsOf(NETWORKS);
      String canonical = content(doc, "link[rel=canonical]");
      String slug = file.substring("posts/".length(), file.length() - "/index.html".length());
      for (Element link : links) {
        String network = link.attr("data-share-network");
        String tracked = SharedLinks.trackedUrl(link);
        assertThat(tracked).isEqualTo(link.attr("data-share-url"));
        SharedLinks.Split split = SharedLinks.split(tracked);
        assertThat(split.base()).as("%s %s", file, network).isEqualTo(canonical);
        assertThat(split.params()).as("%s %s", file, network).containsExactly(
            Map.entry("utm_source", network), Map.entry("utm_medium", network.equals("email") ? "email" : "social"),
            Map.entry("utm_campaign", slug), Map.entry("utm_content", "post-footer"));
        if (link.attr("data-share-action").equals("link") && !network.equals("mastodon") && !network.equals("email")) {
          assertThat(link.attr("href")).startsWith("https://");
          assertThat(link.attr("rel")).contains("noopener");
        }
        assertThat(link.selectFirst("svg[aria-hidden=true]")).as("%s %s icon", file, network).isNotNull();
        assertThat(link.text()).as("%s %s visible label", file, network).isNotBlank();
      }
      Element block = doc.selectFirst("[data-share-block]");
      assertThat(block.attr("data-share-ref")).isEqualTo("ref");
      assertThat(block.previousElementSibling().tagName()).isEqualTo("article");
    });
  }

  @Test
  void trackingStaysOutOfTheSitemapAndFeedIds() throws IOException {
    assertThat(Files.readString(out.resolve("sitemap.xml"))).doesNotContain("utm_").doesNotContain("cards/");
    String rss = Files.readString(out.resolve("feed.xml"));
    assertThat(rss).contains("?utm_source=rss&amp;utm_medium=feed</link>").doesNotContain("utm_source=rss</guid>");
    assertThat(rss.split("<guid")).allSatisfy(part -> assertThat(part.substring(0, Math.min(part.length(), 200)))
        .doesNotContain("utm_source=rss&amp;utm_medium=feed</guid>"));
  }

  private static BufferedImage read(Path file) {
    try {
      BufferedImage image = ImageIO.read(file.toFile());
      assertThat(image).as("an image at %s", file).isNotNull();
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

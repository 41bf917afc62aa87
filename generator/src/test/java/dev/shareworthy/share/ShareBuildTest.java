package dev.shareworthy.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shareworthy.Problem;
import dev.shareworthy.Shareworthy;
import dev.shareworthy.ShareworthyException;
import dev.shareworthy.build.BuildOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds small sites with hard titles and checks every share link and tag a reader or a network would use. */
class ShareBuildTest {

  static final String SITE_YAML = """
      title: "Tricky & Co"
      baseUrl: https://blog.example.com/
      author: Ada
      share:
        networks: [native, x, facebook, linkedin, reddit, hackernews, bluesky, mastodon, whatsapp, telegram, pinterest, email, copy]
        placement: after-post
        ref: ref
      """;
  static final String HARD = "Ampersands & #hashtags? \\\"Quotes\\\" 'single' </script><script>alert(1)</script>";
  static final String HARD_PLAIN = "Ampersands & #hashtags? \"Quotes\" 'single' </script><script>alert(1)</script>";

  @TempDir Path dir;

  private Path site() {
    return dir.resolve("site");
  }

  private void write(String relative, String text) throws IOException {
    Path file = site().resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private void post(String slug, String title, String extra) throws IOException {
    write("content/posts/" + slug + ".md", "---\ntitle: \"" + title + "\"\ndate: 2025-03-14\n" + extra
        + "---\nA first paragraph about sharing, long enough to be an excerpt.\n");
  }

  private Path build() {
    Path out = dir.resolve("out");
    Shareworthy.build(BuildOptions.of(site()).withOutput(out).withCardCache(dir.resolve("cards"))
        .withNow(Instant.parse("2026-01-01T00:00:00Z")));
    return out;
  }

  private static Document page(Path out, String slug) throws IOException {
    return Jsoup.parse(out.resolve("posts/" + slug + "/index.html").toFile(), "UTF-8");
  }

  @Test
  void everyShareLinkCarriesTheCanonicalUrlAndExactlyTheConfiguredParameters() throws IOException {
    write("site.yaml", SITE_YAML);
    post("hard", HARD, "tags: [a&b]\n");
    post("emoji", "Sharing 🎉 with 👩‍👩‍👧 friends", "");
    post("japanese", "なぜ読者は共有するのか", "");
    post("arabic", "لماذا يشارك القراء المقالات الجيدة", "");
    post("crosspost", "Cross-posted", "canonical: https://elsewhere.example/original/?lang=en#top\n");
    post("campaign", "Spring launch", "share:\n  utm:\n    campaign: spring-2025\n    content: false\n");
    Path out = build();

    Map<String, String> titles = Map.of("hard", HARD_PLAIN, "emoji", "Sharing 🎉 with 👩‍👩‍👧 friends",
        "japanese", "なぜ読者は共有するのか", "arabic", "لماذا يشارك القراء المقالات الجيدة", "crosspost", "Cross-posted",
        "campaign", "Spring launch");
    for (Map.Entry<String, String> e : titles.entrySet()) {
      String slug = e.getKey();
      String title = e.getValue();
      Document doc = page(out, slug);
      String canonical = doc.selectFirst("link[rel=canonical]").attr("href");
      List<Element> links = doc.select("[data-share-block] a[data-share-network]");
      assertThat(links).as(slug).hasSize(13);
      for (Element link : links) {
        String network = link.attr("data-share-network");
        String tracked = SharedLinks.trackedUrl(link);
        assertThat(tracked).as("%s %s: the tracked URL in the share address", slug, network)
            .isEqualTo(link.attr("data-share-url"));
        SharedLinks.Split got = SharedLinks.split(tracked);
        SharedLinks.Split clean = SharedLinks.split(canonical);
        List<Map.Entry<String, String>> expected = new ArrayList<>(clean.params());
        expected.add(Map.entry("utm_source", network));
        expected.add(Map.entry("utm_medium", network.equals("email") ? "email" : "social"));
        expected.add(Map.entry("utm_campaign", slug.equals("campaign") ? "spring-2025" : slug));
        if (!slug.equals("campaign")) {
          expected.add(Map.entry("utm_content", "after-post"));
        }
        assertThat(got.base()).as("%s %s", slug, network).isEqualTo(clean.base());
        assertThat(got.fragment()).as("%s %s", slug, network).isEqualTo(clean.fragment());
        assertThat(got.params()).as("%s %s: parameters", slug, network).containsExactlyElementsOf(expected);

        String text = SharedLinks.sharedText(link);
        if (text != null) {
          String body = text.endsWith("…") ? text.substring(0, text.length() - 1) : text;
          assertThat(title).as("%s %s: shared text", slug, network).startsWith(body);
        }
      }
      // The title is text everywhere: it opens no element and ends no script.
      assertThat(doc.title()).isEqualTo(title + " · Tricky & Co");
      assertThat(doc.select("script")).as(slug).hasSize(2);
      assertThat(doc.selectFirst("meta[property=og:title]").attr("content")).isEqualTo(title);
      JsonNode ld = new ObjectMapper().readTree(doc.selectFirst("script[type=application/ld+json]").data());
      assertThat(ld.get("headline").asText()).isEqualTo(title);
      assertThat(ld.get("mainEntityOfPage").get("@id").asText()).isEqualTo(canonical);
    }
    assertThat(page(out, "crosspost").selectFirst("meta[property=og:url]").attr("content"))
        .isEqualTo("https://elsewhere.example/original/?lang=en#top");
  }

  @Test
  void shareTextFitsEachNetworksLimit() throws IOException {
    write("site.yaml", SITE_YAML);
    String longTitle = ("Why the readers who share a post are the ones who bring the readers who buy, and what a "
        + "blogger can do about it ").repeat(3).strip();
    post("long", longTitle, "");
    post("cjk", "共有されるブログ記事".repeat(20), "");
    Path out = build();
    for (String slug : List.of("long", "cjk")) {
      Document doc = page(out, slug);
      Element x = doc.selectFirst("a[data-share-network=x]");
      assertThat(ShareText.length(SharedLinks.sharedText(x), ShareText.Measure.X_WEIGHTED) + 1 + 23)
          .as("%s on X, the link counted as 23", slug).isLessThanOrEqualTo(280);
      assertThat(SharedLinks.sharedText(x)).endsWith("…");
      Element bluesky = doc.selectFirst("a[data-share-network=bluesky]");
      String text = SharedLinks.query(bluesky.attr("href")).get("text");
      // Room is kept for "&ref=<id of up to 32 characters>" that a referral adds.
      assertThat(ShareText.length(text, ShareText.Measure.GRAPHEMES) + "&ref=".length() + 32)
          .as("%s on Bluesky, the link inside", slug).isLessThanOrEqualTo(300);
      Element hn = doc.selectFirst("a[data-share-network=hackernews]");
      assertThat(SharedLinks.sharedText(hn).codePointCount(0, SharedLinks.sharedText(hn).length()))
          .isLessThanOrEqualTo(80);
    }
  }

  @Test
  void shareFalseTurnsLinksOffForOnePost() throws IOException {
    write("site.yaml", SITE_YAML);
    post("quiet", "Quiet post", "share: false\n");
    post("loud", "Loud post", "");
    Path out = build();
    assertThat(page(out, "quiet").select("[data-share-block], a[data-share-network]")).isEmpty();
    assertThat(page(out, "quiet").select("meta[property=og:url]")).hasSize(1);
    assertThat(page(out, "loud").select("[data-share-block]")).hasSize(1);
  }

  @Test
  void feedLinksAreTrackedAndIdsAreNot() throws IOException {
    write("site.yaml", SITE_YAML);
    post("one", "One", "");
    Path out = build();
    Document rss = Jsoup.parse(Files.readString(out.resolve("feed.xml")), "", Parser.xmlParser());
    assertThat(rss.selectFirst("item > link").text())
        .isEqualTo("https://blog.example.com/posts/one/?utm_source=rss&utm_medium=feed");
    assertThat(rss.selectFirst("item > guid").text()).isEqualTo("https://blog.example.com/posts/one/");
    Document atom = Jsoup.parse(Files.readString(out.resolve("atom.xml")), "", Parser.xmlParser());
    assertThat(atom.selectFirst("entry > link").attr("href"))
        .isEqualTo("https://blog.example.com/posts/one/?utm_source=rss&utm_medium=feed");
    assertThat(atom.selectFirst("entry > id").text()).isEqualTo("https://blog.example.com/posts/one/");
    assertThat(Files.readString(out.resolve("sitemap.xml"))).doesNotContain("utm_");
  }

  @Test
  void feedTrackingCanBeRenamedOrTurnedOff() throws IOException {
    write("site.yaml", SITE_YAML + "  feed: { source: newsletter-rss, medium: false }\n");
    post("one", "One", "");
    Path out = build();
    assertThat(Files.readString(out.resolve("feed.xml")))
        .contains("<link>https://blog.example.com/posts/one/?utm_source=newsletter-rss</link>");
    write("site.yaml", SITE_YAML + "  feed: false\n");
    out = build();
    assertThat(Files.readString(out.resolve("feed.xml"))).doesNotContain("utm_");
  }

  @Test
  void theMastodonPageIsWrittenWhenAPostLinksToIt() throws IOException {
    write("site.yaml", SITE_YAML);
    post("one", "One", "");
    Path out = build();
    Document page = Jsoup.parse(out.resolve("share/mastodon/index.html").toFile(), "UTF-8");
    assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
    assertThat(page.select("script[src], link[rel=stylesheet], img")).isEmpty();
    String href = page(out, "one").selectFirst("a[data-share-network=mastodon]").attr("href");
    assertThat(href).startsWith("/share/mastodon/?text=One%20https%3A%2F%2Fblog.example.com%2Fposts%2Fone%2F%3F");
  }

  @Test
  void configurationProblemsNameTheFileLineAndKey() throws IOException {
    write("site.yaml", SITE_YAML.replace("ref: ref", "ref: ref\n  inject: sometimes"));
    post("one", "One", "share:\n  networks: [x, friendster]\n");
    assertThatThrownBy(this::build).isInstanceOf(ShareworthyException.class)
        .extracting(e -> ((ShareworthyException) e).problems()).asList().containsExactly(
            new Problem("site.yaml", 8, "share.inject must be auto, always or never, found 'sometimes'"),
            new Problem("content/posts/one.md", 5, "share.networks: unknown network 'friendster'; use any of "
                + Network.ids()));
    assertThat(dir.resolve("out")).doesNotExist();
  }
}

package dev.shareworthy.share;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shareworthy.Shareworthy;
import dev.shareworthy.build.BuildOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Injection into a theme that knows nothing of sharing, and into themes that do part or all of it. */
class ShareInjectorTest {

  /** Selectors of the head tags that appear at most once on a page. */
  static final List<String> ONCE = List.of("title", "meta[name=description]", "link[rel=canonical]",
      "meta[property=og:title]", "meta[property=og:description]", "meta[property=og:type]", "meta[property=og:url]",
      "meta[property=og:site_name]", "meta[property=og:locale]", "meta[property=og:image]",
      "meta[property=og:image:width]", "meta[property=og:image:height]", "meta[property=og:image:alt]",
      "meta[property=article:published_time]", "meta[property=article:modified_time]",
      "meta[property=article:author]", "meta[name=twitter:card]", "meta[name=twitter:title]",
      "meta[name=twitter:description]", "meta[name=twitter:image]", "meta[name=twitter:image:alt]",
      "script[type=application/ld+json]", "link[rel=alternate][type=application/rss+xml]",
      "link[rel=alternate][type=application/atom+xml]", "[data-share-block]");

  @TempDir Path dir;

  private void write(String relative, String text) throws IOException {
    Path file = dir.resolve("site").resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** A theme that writes a bare page: no metadata, no share links. */
  private void bareSite(String inject, String postHead) throws IOException {
    write("site.yaml", "title: Bare\nbaseUrl: https://bare.example/\ntheme: bare\nshare:\n  inject: " + inject
        + "\n  networks: [x, email, copy]\n");
    write("themes/bare/theme.yaml", "name: bare\n");
    write("themes/bare/templates/post.peb", "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + postHead
        + "</head><body><main><article><h1>{{ post.title }}</h1>{{ post.content | raw }}</article>"
        + "<nav class=\"after\">next</nav></main></body></html>\n");
    for (String t : List.of("page", "list", "terms", "archive", "404")) {
      write("themes/bare/templates/" + t + ".peb", "<!DOCTYPE html><html><head></head><body><main>"
          + "<h1>{{ page.title }}</h1></main></body></html>\n");
    }
    write("content/posts/hello.md", "---\ntitle: Hello & welcome\ndate: 2025-03-14\ntags: [a, b]\n"
        + "description: A post to share.\n---\nHi there, reader.\n");
  }

  private Path build() {
    Path out = dir.resolve("out");
    Shareworthy.build(BuildOptions.of(dir.resolve("site")).withOutput(out).withCardCache(dir.resolve("cards")));
    return out;
  }

  private static Document parse(Path file) {
    try {
      return Jsoup.parse(file.toFile(), "UTF-8");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void intoABareThemeEverythingIsAddedOnce() throws IOException {
    bareSite("auto", "");
    Path out = build();
    Document post = parse(out.resolve("posts/hello/index.html"));
    for (String selector : ONCE) {
      assertThat(post.select(selector)).as(selector).hasSize(1);
    }
    assertThat(post.select("meta[property=article:tag]").eachAttr("content")).containsExactly("a", "b");
    assertThat(post.title()).isEqualTo("Hello & welcome · Bare");
    assertThat(post.selectFirst("meta[property=og:image]").attr("content"))
        .isEqualTo("https://bare.example/cards/hello.png");
    // The share block follows the article, before what came after it.
    Element block = post.selectFirst("[data-share-block]");
    assertThat(block.previousElementSibling().tagName()).isEqualTo("article");
    assertThat(block.nextElementSibling().hasClass("after")).isTrue();
    assertThat(block.select("a[data-share-network]").eachAttr("data-share-network")).containsExactly("x", "email", "copy");
    assertThat(block.select("script")).hasSize(1);

    Document home = parse(out.resolve("index.html"));
    assertThat(home.select("meta[property=og:url]").attr("content")).isEqualTo("https://bare.example/");
    assertThat(home.select("script[type=application/ld+json]").first().data()).contains("\"@type\":\"WebSite\"");
    assertThat(home.select("[data-share-block]")).isEmpty();
  }

  @Test
  void injectingAgainChangesNothing() throws IOException {
    bareSite("always", "");
    Path out = build();
    String once = Files.readString(out.resolve("posts/hello/index.html"));
    Sharing sharing = Sharing.prepare(dir.resolve("site"), dev.shareworthy.content.SiteConfigReader.read(
        dir.resolve("site"), null), List.of());
    // Without a 'share' value (a page) only head tags could be added, and all are there already.
    assertThat(sharing.injector().process(once, Map.of())).isSameAs(once);
  }

  @Test
  void alwaysFillsInWhatAPartialThemeLeftOutWithoutDuplicates() throws IOException {
    bareSite("always", "<meta property=\"og:title\" content=\"Own title\"><link rel=\"canonical\" href=\"https://bare.example/own/\">");
    Document post = parse(build().resolve("posts/hello/index.html"));
    for (String selector : ONCE) {
      assertThat(post.select(selector)).as(selector).hasSize(1);
    }
    assertThat(post.selectFirst("meta[property=og:title]").attr("content")).isEqualTo("Own title");
    assertThat(post.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://bare.example/own/");
  }

  @Test
  void autoLeavesTheHeadOfAThemeWithOpenGraphAlone() throws IOException {
    bareSite("auto", "<meta property=\"og:title\" content=\"Own title\">");
    Document post = parse(build().resolve("posts/hello/index.html"));
    assertThat(post.select("meta[property^=og:]")).hasSize(1);
    assertThat(post.select("meta[name=twitter:card]")).isEmpty();
    assertThat(post.select("[data-share-block]")).hasSize(1); // the theme has no share links: they are added
  }

  @Test
  void neverLeavesPagesAsTheThemeWroteThem() throws IOException {
    bareSite("never", "");
    Path out = build();
    assertThat(Files.readString(out.resolve("posts/hello/index.html"))).doesNotContain("og:").doesNotContain("data-share");
  }

  @Test
  void aThemeThatRendersItsOwnShareLinksGetsNoSecondSet() throws IOException {
    bareSite("auto", "");
    write("themes/bare/templates/post.peb", "<!DOCTYPE html><html><head></head><body><main><article>"
        + "<h1>{{ post.title }}</h1></article><ul>{% for l in share.links %}<li><a href=\"{{ l.href }}\">{{ l.label }}</a>"
        + "</li>{% endfor %}</ul></main></body></html>\n");
    Document post = parse(build().resolve("posts/hello/index.html"));
    assertThat(post.select("[data-share-block]")).isEmpty();
    assertThat(post.select("main ul a")).hasSize(3);
    assertThat(post.select("meta[property=og:url]")).hasSize(1);
  }

  @Test
  void intoTheDefaultThemeNothingIsAddedTwice() throws IOException {
    Path site = dir.resolve("sample");
    copy(Path.of(System.getProperty("shareworthy.sampleSite", "../sample-site")), site);
    Files.writeString(site.resolve("site.yaml"),
        Files.readString(site.resolve("site.yaml")).replace("inject: auto", "inject: always"));
    Path always = dir.resolve("always");
    Shareworthy.build(BuildOptions.of(site).withOutput(always).withCardCache(dir.resolve("cards"))
        .withNow(Instant.parse("2026-11-01T00:00:00Z")));
    Map<String, Document> pages = new TreeMap<>();
    try (Stream<Path> files = Files.walk(always)) {
      files.filter(f -> f.toString().endsWith(".html")).forEach(f -> pages.put(always.relativize(f).toString(), parse(f)));
    }
    pages.forEach((file, doc) -> {
      if (!doc.select("meta[http-equiv=refresh]").isEmpty()) {
        return;
      }
      for (String selector : ONCE) {
        assertThat(doc.select(selector).size()).as("%s in %s", selector, file).isLessThanOrEqualTo(1);
      }
      List<String> tags = doc.select("meta[property=article:tag]").eachAttr("content");
      assertThat(tags).as("article:tag in %s", file).doesNotHaveDuplicates();
    });
    // The default theme renders everything itself: 'always' finds nothing to add.
    Path auto = dir.resolve("auto");
    Files.writeString(site.resolve("site.yaml"),
        Files.readString(site.resolve("site.yaml")).replace("inject: always", "inject: never"));
    Shareworthy.build(BuildOptions.of(site).withOutput(auto).withCardCache(dir.resolve("cards"))
        .withNow(Instant.parse("2026-11-01T00:00:00Z")));
    for (String file : pages.keySet()) {
      if (file.startsWith("share/")) {
        continue;
      }
      assertThat(Files.readString(always.resolve(file))).as(file).isEqualTo(Files.readString(auto.resolve(file)));
    }
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path rel = from.relativize(f);
        if (rel.startsWith("target") || rel.startsWith("public")) {
          continue;
        }
        Path t = to.resolve(rel.toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(t);
        } else {
          Files.copy(f, t, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}

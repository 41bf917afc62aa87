package dev.shareworthy.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shareworthy.Shareworthy;
import dev.shareworthy.ShareworthyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gets one clear message naming the file, and the site built before it survives. */
class BadInputTest {

  @TempDir Path tmp;

  static Stream<Arguments> cases() {
    return Stream.of(
        bad("broken YAML", s -> s.write("content/posts/b.md", "---\ntitle: B\ndate: 2025-01-01\ntags: [x\n---\n"),
            "content/posts/b.md:4: broken YAML front matter"),
        bad("broken TOML", s -> s.write("content/posts/b.md", "+++\ntitle = \"B\"\ndate = 2025-01-01\ntitle = 2\n+++\n"),
            "content/posts/b.md:4: broken TOML front matter"),
        bad("missing title", s -> s.write("content/posts/b.md", "---\ndate: 2025-01-01\n---\nText\n"),
            "content/posts/b.md:1: missing title"),
        bad("unparsable date", s -> s.write("content/posts/b.md", "---\ntitle: B\ndate: last tuesday\n---\n"),
            "content/posts/b.md:3: 'date' is not a date: 'last tuesday'"),
        bad("same permalink", s -> s.post("b", "B", "2025-01-02", "slug: a\n", "Clash."),
            "content/posts/b.md:1: has the same URL /posts/a/ as content/posts/a.md"),
        bad("page on a listing's URL", s -> s.write("content/pages/archive.md", "---\ntitle: My archive\n---\nText\n"),
            "content/pages/archive.md:1: has the URL /archive/, which is also the archive page"),
        bad("template error", s -> s.write("templates/post.peb", "<p>\n{{ post.title | nosuchfilter }}</p>"),
            "templates/post.peb:2: template error"),
        bad("missing theme", s -> s.write("site.yaml", "title: T\nbaseUrl: https://x.example/\ntheme: gone\n"),
            "site.yaml: theme 'gone' not found"),
        bad("not UTF-8", s -> s.bytes("content/posts/b.md", "---\ntitle: Na\u00efve\n---\n".getBytes(StandardCharsets.ISO_8859_1)),
            "content/posts/b.md:2: is not valid UTF-8 text"),
        bad("broken site.yaml", s -> s.write("site.yaml", "title: T\nbaseUrl: [\n"),
            "site.yaml:3: broken YAML"),
        bad("relative baseUrl", s -> s.write("site.yaml", "title: T\nbaseUrl: /blog/\n"),
            "site.yaml:2: baseUrl '/blog/' is not an absolute URL"));
  }

  private static Arguments bad(String name, Consumer<TestSite> breakIt, String expected) {
    return Arguments.of(name, breakIt, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isReportedAndThePreviousSiteSurvives(String name, Consumer<TestSite> breakIt, String expected) throws IOException {
    TestSite site = new TestSite(tmp.resolve("site"));
    site.post("a", "A", "2025-01-01", "", "First post.");
    Path out = tmp.resolve("out");
    BuildOptions options = BuildOptions.of(site.dir).withOutput(out).withNow(Instant.parse("2025-06-01T00:00:00Z"));
    Shareworthy.build(options);
    String before = Files.readString(out.resolve("posts/a/index.html"));

    breakIt.accept(site);

    assertThatThrownBy(() -> Shareworthy.build(options))
        .isInstanceOf(ShareworthyException.class)
        .hasMessageStartingWith(expected);
    assertThat(Files.readString(out.resolve("posts/a/index.html"))).isEqualTo(before);
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site", "out");
    }
  }
}

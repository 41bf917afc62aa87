package dev.shareworthy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BuildCommandTest extends CommandLineTest {

  @BeforeEach
  void miniSite() throws Exception {
    // Byte-exact pages: no share tags or links injected, no card drawn.
    write("site.yaml", "title: Mini\nbaseUrl: https://example.com/\ntheme: mini\nshare: { inject: never, cards: false }\n");
    for (String name : new String[] {"post", "page", "list", "terms", "archive", "404"}) {
      write("themes/mini/templates/" + name + ".peb", "<html><body>{{ page.title }}</body></html>\n");
    }
    write("content/posts/2024-05-01-hello.md", "---\ntitle: Hello\n---\nHi.\n");
    write("content/posts/2024-05-02-wip.md", "---\ntitle: Work in progress\ndraft: true\n---\nWip.\n");
    write("content/posts/2999-01-01-someday.md", "---\ntitle: Someday\n---\nLater.\n");
  }

  @Test
  void leavesOutDraftsAndFuturePostsAndSaysSo() {
    assertThat(run("build", site.toString())).isZero();

    assertThat(out.toString()).contains("(1 post, ")
        .contains("(left out: 1 draft, 1 future post; see --drafts, --future)");
    assertThat(site.resolve("public/posts/wip/index.html")).doesNotExist();
    assertThat(site.resolve("public/posts/someday/index.html")).doesNotExist();
  }

  @Test
  void draftsAndFutureOptionsIncludeThem() {
    assertThat(run("build", site.toString(), "--drafts", "--future")).isZero();

    assertThat(out.toString()).contains("(3 posts, ").doesNotContain("left out");
    assertThat(site.resolve("public/posts/wip/index.html")).exists();
    assertThat(site.resolve("public/posts/someday/index.html")).exists();
  }

  @Test
  void baseUrlOptionReplacesTheSiteYamlOne() throws Exception {
    write("themes/mini/templates/post.peb", "<p>{{ page.url }}</p>");

    assertThat(run("build", site.toString(), "--base-url", "https://preview.example.org/pr-7/")).isZero();

    assertThat(site.resolve("public/posts/hello/index.html")).content().isEqualTo("<p>/pr-7/posts/hello/</p>");
  }

  @Test
  void badBaseUrlOptionIsNamedAsTheOption() {
    assertThat(run("build", site.toString(), "--base-url", "preview")).isEqualTo(2);

    assertThat(err.toString()).isEqualTo(
        "Error:\n  --base-url: baseUrl 'preview' is not an absolute URL; write it as https://example.com/\n");
  }

  @Test
  void runsTheChecksAndPrintsOneLineWithoutFailingTheBuild() {
    // "Hi." is far too thin: an error finding, and still a successful build.
    assertThat(run("build", site.toString())).isZero();

    assertThat(out.toString()).containsPattern("(?m)^Checks: [1-9]\\d* errors?, \\d+ warnings?, \\d+ infos? on \\d+ pages? "
        + "in \\d+\\.\\d\\d s - run `shareworthy check` for details$");
  }

  @Test
  void noCheckSkipsTheChecks() {
    assertThat(run("build", site.toString(), "--no-check")).isZero();

    assertThat(out.toString()).startsWith("Built ").doesNotContain("Checks:");
  }
}

package dev.shareworthy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MainTest extends CommandLineTest {

  /** A site with its own tiny theme, so the tests do not depend on the default theme's templates. */
  private void miniSite() throws Exception {
    // Byte-exact pages: no share tags or links injected, no card drawn.
    write("site.yaml", "title: Mini\nbaseUrl: https://example.com/blog/\ntheme: mini\nshare: { inject: never, cards: false }\n");
    for (String name : new String[] {"post", "page", "list", "terms", "archive", "404"}) {
      write("themes/mini/templates/" + name + ".peb", "<html><body>{{ page.title }}</body></html>\n");
    }
  }

  @Test
  void versionNamesTheProduct() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).startsWith("Shareworthy ");
  }

  @Test
  void helpListsTheCommands() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("build").contains("check").contains("rules").contains("new");
  }

  @Test
  void noArgumentsPrintsUsage() {
    assertThat(run()).isZero();
    assertThat(out.toString()).startsWith("Usage: shareworthy");
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(run("--frobnicate")).isEqualTo(2);
    assertThat(err.toString()).contains("--frobnicate");
  }

  @Test
  void buildsAGoodSite() throws Exception {
    miniSite();
    write("content/posts/2024-05-01-hello.md", "---\ntitle: Hello\n---\nHi there.\n");
    write("content/posts/later.md", "---\ntitle: Later\ndate: 2024-06-01\ndraft: true\n---\nSoon.\n");

    int code = run("build", site.toString());

    assertThat(err.toString()).isEmpty();
    assertThat(code).isZero();
    assertThat(out.toString()).containsPattern("^Built \\d+ pages \\(1 post, \\d+ files\\) in ")
        .contains("(left out: 1 draft, 0 future posts; see --drafts, --future)");
    assertThat(site.resolve("public/posts/hello/index.html")).content()
        .isEqualTo("<html><body>Hello</body></html>\n");
  }

  @Test
  void outputOptionChoosesTheFolder() throws Exception {
    miniSite();
    write("content/posts/2024-05-01-hello.md", "---\ntitle: Hello\n---\nHi.\n");
    Path output = site.resolve("elsewhere");

    assertThat(run("build", site.toString(), "--output", output.toString())).isZero();
    assertThat(output.resolve("posts/hello/index.html")).exists();
    assertThat(site.resolve("public")).doesNotExist();
  }

  @Test
  void brokenFrontMatterIsAnInputErrorWithFileAndLine() throws Exception {
    miniSite();
    write("content/posts/x.md", "---\ntitle: X\ntags: [a, b\ndate: 2024-05-01\n---\nBody\n");

    assertThat(run("build", site.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("content/posts/x.md:4: broken YAML front matter")
        .doesNotContain("at dev.shareworthy");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void verboseShowsTheStackTrace() throws Exception {
    miniSite();
    write("content/posts/x.md", "---\ntitle: X\ntags: [a, b\ndate: 2024-05-01\n---\nBody\n");

    assertThat(run("build", site.toString(), "--verbose")).isEqualTo(2);
    assertThat(err.toString()).contains("content/posts/x.md:4: broken YAML front matter")
        .contains("at dev.shareworthy");
  }

  @Test
  void everyProblemIsListed() throws Exception {
    miniSite();
    write("content/posts/a.md", "---\ndate: 2024-05-01\n---\n");
    write("content/posts/b.md", "---\ntitle: B\ndate: someday\n---\n");

    assertThat(run("build", site.toString())).isEqualTo(2);
    assertThat(err.toString()).startsWith("2 problems:")
        .contains("  content/posts/a.md:1: missing title")
        .contains("  content/posts/b.md:3: 'date' is not a date: 'someday'");
  }

  @Test
  void folderWithoutSiteYamlIsAnInputError() {
    assertThat(run("build", site.toString())).isEqualTo(2);
    assertThat(err.toString()).startsWith("Error:\n  site.yaml: not found in ");
  }
}

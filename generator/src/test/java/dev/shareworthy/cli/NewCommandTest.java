package dev.shareworthy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shareworthy.Problem;
import dev.shareworthy.content.FrontMatter;
import dev.shareworthy.content.FrontMatterReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NewCommandTest extends CommandLineTest {

  @BeforeEach
  void siteYaml() throws Exception {
    Files.writeString(site.resolve("site.yaml"), "title: T\nbaseUrl: https://example.com/\n");
  }


  @Test
  void createsADraftNamedAfterTheTitle() throws Exception {
    assertThat(run("new", "post", "Ça marche!", "--site", site.toString())).isZero();

    Path file = site.resolve("content/posts/ca-marche.md");
    assertThat(out.toString()).isEqualTo("Created " + file + " (a draft: remove 'draft: true' to publish it)\n");
    List<Problem> problems = new ArrayList<>();
    FrontMatter fm = new FrontMatterReader(ZoneOffset.UTC)
        .read("content/posts/ca-marche.md", "ca-marche", Files.readString(file), problems).orElseThrow().frontMatter();
    assertThat(problems).isEmpty();
    assertThat(fm.title()).isEqualTo("Ça marche!");
    assertThat(fm.draft()).isTrue();
    assertThat(fm.date()).isNotNull();
    assertThat(fm.slug()).isEqualTo("ca-marche");
  }

  @Test
  void quotesAndBackslashesInTheTitleSurvive() throws Exception {
    assertThat(run("new", "post", "Say \"hi\" to C:\\temp", "--site", site.toString())).isZero();

    Path file = site.resolve("content/posts/say-hi-to-c-temp.md");
    List<Problem> problems = new ArrayList<>();
    FrontMatter fm = new FrontMatterReader(ZoneOffset.UTC)
        .read("x.md", "x", Files.readString(file), problems).orElseThrow().frontMatter();
    assertThat(fm.title()).isEqualTo("Say \"hi\" to C:\\temp");
  }

  @Test
  void refusesToOverwriteAPost() throws Exception {
    Path file = Files.createDirectories(site.resolve("content/posts")).resolve("hello.md");
    Files.writeString(file, "mine");

    assertThat(run("new", "post", "Hello", "--site", site.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo(
        "Error:\n  content/posts/hello.md: already exists; choose another title or edit that file\n");
    assertThat(file).content().isEqualTo("mine");
  }

  @Test
  void refusesATitleWithoutLettersOrDigits() {
    assertThat(run("new", "post", "?!", "--site", site.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("the title '?!' has no letters or digits to make a file name from");
    assertThat(site.resolve("content")).doesNotExist();
  }

  @Test
  void needsATitle() {
    assertThat(run("new", "post", "--site", site.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("TITLE");
  }

  @Test
  void refusesATitleWhoseSlugAJekyllNamedPostOrABundleHasAlready() throws Exception {
    write("content/posts/2024-05-01-hello.md", "---\ntitle: Hello\n---\n");
    write("content/posts/trip/index.md", "---\ntitle: Trip\ndate: 2024-01-01\n---\n");

    assertThat(run("new", "post", "Hello", "--site", site.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("content/posts/2024-05-01-hello.md");
    assertThat(run("new", "post", "Trip", "--site", site.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("content/posts/trip");
    assertThat(site.resolve("content/posts/hello.md")).doesNotExist();
  }

  @Test
  void aPostsFolderThatIsAFileIsAnInputErrorNotACrash() throws Exception {
    write("content/posts", "not a folder");

    assertThat(run("new", "post", "Hello", "--site", site.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("content/posts/hello.md").contains("cannot be written");
  }
}

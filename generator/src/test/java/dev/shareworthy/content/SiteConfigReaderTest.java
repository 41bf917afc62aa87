package dev.shareworthy.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.shareworthy.Problem;
import dev.shareworthy.ShareworthyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteConfigReaderTest {

  @TempDir
  Path site;

  private SiteConfig read(String yaml) throws Exception {
    Files.writeString(site.resolve("site.yaml"), yaml);
    return SiteConfigReader.read(site, null);
  }

  private List<Problem> problems(String yaml) throws Exception {
    Files.writeString(site.resolve("site.yaml"), yaml);
    return catchThrowableOfType(ShareworthyException.class, () -> SiteConfigReader.read(site, null)).problems();
  }

  @Test
  void minimalSiteGetsDefaults() throws Exception {
    SiteConfig c = read("title: My Blog\nbaseUrl: https://example.com\n");

    assertThat(c.title()).isEqualTo("My Blog");
    assertThat(c.baseUrl()).isEqualTo("https://example.com/");
    assertThat(c.basePath()).isEqualTo("/");
    assertThat(c.author()).isEqualTo("My Blog");
    assertThat(c.language()).isEqualTo("en");
    assertThat(c.theme()).isEqualTo("default");
    assertThat(c.postsPerPage()).isEqualTo(10);
    assertThat(c.feedItems()).isEqualTo(20);
    assertThat(c.permalink()).isEqualTo("/posts/:slug/");
    assertThat(c.timezone()).isEqualTo(ZoneOffset.UTC);
    assertThat(c.menu()).isEmpty();
    assertThat(c.params()).isEmpty();
  }

  @Test
  void readsEverySetting() throws Exception {
    SiteConfig c = read("""
        title: Notes
        baseUrl: https://example.com/blog
        author: Ada
        language: de-DE
        theme: mini
        postsPerPage: 5
        feedItems: 7
        permalink: /:year/:month/:slug/
        timezone: Europe/Berlin
        menu:
          - { name: About, url: /about/ }
        twitter: "@ada"
        """);

    assertThat(c.baseUrl()).isEqualTo("https://example.com/blog/");
    assertThat(c.basePath()).isEqualTo("/blog/");
    assertThat(c.url("/tags/")).isEqualTo("/blog/tags/");
    assertThat(c.absoluteUrl("/tags/")).isEqualTo("https://example.com/blog/tags/");
    assertThat(c.author()).isEqualTo("Ada");
    assertThat(c.locale()).isEqualTo("de_DE");
    assertThat(c.theme()).isEqualTo("mini");
    assertThat(c.postsPerPage()).isEqualTo(5);
    assertThat(c.feedItems()).isEqualTo(7);
    assertThat(c.permalink()).isEqualTo("/:year/:month/:slug/");
    assertThat(c.timezone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(c.menu()).containsExactly(new MenuItem("About", "/about/"));
    assertThat(c.params()).isEqualTo(Map.of("twitter", "@ada"));
  }

  @Test
  void baseUrlOverrideReplacesTheFilesBaseUrl() throws Exception {
    Files.writeString(site.resolve("site.yaml"), "title: T\nbaseUrl: https://example.com/\n");

    SiteConfig c = SiteConfigReader.read(site, "https://preview.example.org/pr-7");

    assertThat(c.baseUrl()).isEqualTo("https://preview.example.org/pr-7/");
    assertThat(c.basePath()).isEqualTo("/pr-7/");
  }

  @Test
  void missingFileSaysWhatToCreate() {
    ShareworthyException e = catchThrowableOfType(ShareworthyException.class, () -> SiteConfigReader.read(site, null));

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).file()).isEqualTo("site.yaml");
    assertThat(e.problems().get(0).message())
        .contains("is this a site folder? Create site.yaml there with at least 'title:' and 'baseUrl:'");
  }

  @Test
  void reportsEveryProblemAtOnceWithItsLine() throws Exception {
    List<Problem> problems = problems("""
        description: no title here
        baseUrl: example.com
        postsPerPage: 0
        permalink: /posts/
        timezone: Mars/Olympus
        menu: About
        """);

    assertThat(problems).containsExactly(
        new Problem("site.yaml", 1, "missing title: add 'title: My Blog'"),
        new Problem("site.yaml", 2, "baseUrl 'example.com' is not an absolute URL; write it as https://example.com/"),
        new Problem("site.yaml", 3, "postsPerPage must be a whole number above 0, found '0'"),
        new Problem("site.yaml", 4, "permalink '/posts/' must start with '/' and contain ':slug', "
            + "such as /posts/:slug/ or /:year/:month/:slug/"),
        new Problem("site.yaml", 5, "timezone 'Mars/Olympus' is unknown; use a name such as Europe/Berlin or UTC"),
        new Problem("site.yaml", 6, "menu must be a list of { name, url } entries"));
  }

  @Test
  void menuEntryWithoutUrlIsRefused() throws Exception {
    assertThat(problems("title: T\nbaseUrl: https://e.com/\nmenu:\n  - { name: About }\n")).containsExactly(
        new Problem("site.yaml", 3, "each menu entry needs a name and a url, such as '- { name: About, url: /about/ }'"));
  }

  @Test
  void brokenYamlNamesItsLine() throws Exception {
    List<Problem> problems = problems("title: T\nbaseUrl: https://e.com/\nmenu: [a, b\n");

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).file()).isEqualTo("site.yaml");
    assertThat(problems.get(0).line()).isEqualTo(4);
    assertThat(problems.get(0).message()).startsWith("broken YAML: ");
  }
}

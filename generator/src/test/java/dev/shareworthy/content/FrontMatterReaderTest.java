package dev.shareworthy.content;

import java.time.ZoneOffset;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shareworthy.Problem;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontMatterReaderTest {

  private static final String SOURCE = "content/posts/x.md";

  private final FrontMatterReader reader = new FrontMatterReader(ZoneId.of("Europe/Berlin"));
  private final List<Problem> problems = new ArrayList<>();

  private Optional<SourceDocument> read(String stem, String text) {
    return reader.read(SOURCE, stem, text, problems);
  }

  @Test
  void readsYamlFrontMatterAndSplitsOffTheBody() {
    SourceDocument doc = read("hello", """
        ---
        title: "  Hello, world  "
        date: 2024-05-01T09:30:00+02:00
        description: A first post
        tags: [java, blogging]
        draft: true
        ---
        Body line one.
        """).orElseThrow();

    FrontMatter fm = doc.frontMatter();
    assertThat(problems).isEmpty();
    assertThat(fm.title()).isEqualTo("Hello, world");
    assertThat(fm.date()).isEqualTo(OffsetDateTime.parse("2024-05-01T09:30:00+02:00"));
    assertThat(fm.description()).isEqualTo("A first post");
    assertThat(fm.tags()).containsExactly("java", "blogging");
    assertThat(fm.draft()).isTrue();
    assertThat(fm.slug()).isEqualTo("hello");
    assertThat(doc.body()).isEqualTo("Body line one.\n");
    assertThat(doc.bodyLine()).isEqualTo(8);
  }

  @Test
  void readsTomlFrontMatter() {
    SourceDocument doc = read("hello", """
        +++
        title = "From TOML"
        date = "2024-05-01"
        tags = ["a", "b"]
        +++
        Body
        """).orElseThrow();

    assertThat(problems).isEmpty();
    assertThat(doc.frontMatter().title()).isEqualTo("From TOML");
    assertThat(doc.frontMatter().date()).isEqualTo(OffsetDateTime.parse("2024-05-01T00:00:00+02:00"));
    assertThat(doc.frontMatter().tags()).containsExactly("a", "b");
    assertThat(doc.body()).isEqualTo("Body\n");
  }

  @Test
  void takesDateAndSlugFromAJekyllStyleFileName() {
    FrontMatter fm = read("2024-05-01-my-first-post", "---\ntitle: T\n---\n").orElseThrow().frontMatter();

    assertThat(fm.date()).isEqualTo(OffsetDateTime.parse("2024-05-01T00:00:00+02:00"));
    assertThat(fm.slug()).isEqualTo("my-first-post");
  }

  @Test
  void frontMatterDateAndSlugWinOverTheFileName() {
    FrontMatter fm = read("2024-05-01-old-name", """
        ---
        title: T
        date: 2023-01-02
        slug: new-name
        ---
        """).orElseThrow().frontMatter();

    assertThat(fm.date()).isEqualTo(OffsetDateTime.parse("2023-01-02T00:00:00+01:00"));
    assertThat(fm.slug()).isEqualTo("new-name");
  }

  @Test
  void keepsUnknownKeysInParams() {
    FrontMatter fm = read("x", """
        ---
        title: T
        mood: happy
        rating: 5
        ---
        """).orElseThrow().frontMatter();

    assertThat(fm.params()).isEqualTo(Map.of("mood", "happy", "rating", 5));
  }

  @Test
  void usesSummaryWhenThereIsNoDescription() {
    FrontMatter fm = read("x", "---\ntitle: T\nsummary: Short one\n---\n").orElseThrow().frontMatter();

    assertThat(fm.description()).isEqualTo("Short one");
    assertThat(fm.params()).isEmpty();
  }

  @Test
  void splitsCommaSeparatedTagsAndDropsBlankOnes() {
    FrontMatter fm = read("x", "---\ntitle: T\ntags: ' java ,, web '\n---\n").orElseThrow().frontMatter();

    assertThat(fm.tags()).containsExactly("java", "web");
  }

  @Test
  void fileWithoutFrontMatterIsAllBodyAndLacksATitle() {
    Optional<SourceDocument> doc = read("x", "Just text\n");

    assertThat(doc).isEmpty();
    assertThat(problems).containsExactly(new Problem(SOURCE, 1,
        "missing title: add a line 'title: Your title' to the front matter"));
  }

  @Test
  void brokenYamlNamesTheFileLineOfTheProblem() {
    Optional<SourceDocument> doc = read("x", """
        ---
        title: T
        tags: [a, b
        draft: true
        ---
        """);

    assertThat(doc).isEmpty();
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).file()).isEqualTo(SOURCE);
    assertThat(problems.get(0).line()).isEqualTo(4);
    assertThat(problems.get(0).message()).startsWith("broken YAML front matter: ");
  }

  @Test
  void brokenTomlNamesTheFileLineOfTheProblem() {
    Optional<SourceDocument> doc = read("x", """
        +++
        title = "T"
        date = = 2024
        +++
        """);

    assertThat(doc).isEmpty();
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).line()).isEqualTo(3);
    assertThat(problems.get(0).message()).startsWith("broken TOML front matter: ");
  }

  @Test
  void unclosedFrontMatterIsReportedOnLineOne() {
    Optional<SourceDocument> doc = read("x", "---\ntitle: T\nBody\n");

    assertThat(doc).isEmpty();
    assertThat(problems).containsExactly(new Problem(SOURCE, 1,
        "front matter opened with '---' is never closed; add a line '---' after the last key"));
  }

  @Test
  void badDateIsReportedOnTheLineOfItsKey() {
    read("x", "---\ntitle: T\n\ndate: 2024-13-45\n---\n");

    assertThat(problems).containsExactly(new Problem(SOURCE, 4,
        "'date' is not a date: '2024-13-45'; write it as 2024-05-01 or 2024-05-01T09:30:00+02:00"));
  }

  @Test
  void impossibleDateInTheFileNameIsReported() {
    read("2024-02-30-leap", "---\ntitle: T\n---\n");

    assertThat(problems).containsExactly(new Problem(SOURCE, 1,
        "the date in the file name '2024-02-30' is not a real date"));
  }

  @Test
  void wrongTypesAreReportedOnTheirOwnLines() {
    read("x", """
        ---
        title: T
        draft: yes please
        author: [a, b]
        categories: {a: 1}
        ---
        """);

    assertThat(problems).containsExactlyInAnyOrder(
        new Problem(SOURCE, 3, "'draft' must be true or false, found 'yes please'"),
        new Problem(SOURCE, 4, "'author' must be a single text value"),
        new Problem(SOURCE, 5, "'categories' must be a list such as [one, two]"));
  }

  @Test
  void slugWithASlashIsRefused() {
    read("x", "---\ntitle: T\nslug: a/b\n---\n");

    assertThat(problems).containsExactly(new Problem(SOURCE, 3,
        "slug 'a/b' must not contain '/'; set 'permalink' in site.yaml to shape URLs"));
  }

  @Test
  void frontMatterThatIsNotAMapIsRefused() {
    read("x", "---\n- just\n- a list\n---\n");

    assertThat(problems).containsExactly(new Problem(SOURCE, 2,
        "front matter must be a list of 'key: value' lines, found ArrayList"));
  }

  @Test
  void windowsLineEndingsAreAccepted() {
    SourceDocument doc = read("x", "---\r\ntitle: CRLF\r\n---\r\nBody\r\n").orElseThrow();

    assertThat(doc.frontMatter().title()).isEqualTo("CRLF");
    assertThat(doc.body()).isEqualTo("Body\n");
  }

  @Test
  void yamlTildeIsNullAndCapitalisedBooleansAreBooleans() {
    List<Problem> problems = new ArrayList<>();
    FrontMatter fm = new FrontMatterReader(ZoneOffset.UTC)
        .read("p.md", "p", "---\ntitle: T\ntags: ~\nimage: ~\ndraft: True\n---\n", problems).orElseThrow().frontMatter();

    assertThat(problems).isEmpty();
    assertThat(fm.tags()).isEmpty();
    assertThat(fm.image()).isNull();
    assertThat(fm.draft()).isTrue();
  }

  @Test
  void problemNamesTheTopLevelKeyNotANestedOneOfTheSameName() {
    List<Problem> problems = new ArrayList<>();
    new FrontMatterReader(ZoneOffset.UTC)
        .read("p.md", "p", "---\ntitle: T\nseries:\n  date: 2020-01-01\ndate: nope\n---\n", problems);

    assertThat(problems).extracting(Problem::line).containsExactly(5);
  }
}

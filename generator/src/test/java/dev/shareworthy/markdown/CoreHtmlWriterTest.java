package dev.shareworthy.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The direct writer must give exactly Flexmark's HTML wherever it takes a document on. */
class CoreHtmlWriterTest {

  private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

  static Stream<String> snippets() {
    return Stream.of(
        "Plain *em* **strong** ***both*** and `code` text.\n",
        "Line one  \nline two\\\nline three\nsoft\n",
        "# H1\n\n## Title with *em* and `code`\n\n## Title with *em* and `code`\n\nSetext\n------\n",
        "- a\n- b\n  - nested\n  - nested 2\n- c\n",
        "- loose\n\n- list\n\n  second paragraph\n",
        "1. one\n2. two\n\n7. seven\n8. eight\n",
        "> quote with **strong**\n>\n> - item\n> - item\n\n> second\n",
        "```\nno info <b>\n```\n\n```java title=\"x\"\nclass A {}\n```\n\n~~~yaml\nk: v\n~~~\n",
        "A [link](https://example.com/a?b=1&c=\"2\" \"Title & more\") and ![alt *text*](pic.png \"T\").\n",
        "Links [root](/about/) [rel](../other/) [frag](#x) [mail](mailto:a@b.c) ![img](/i.png)\n",
        "Escapes: \\*not em\\* 1 < 2 > 0 \"quoted\" it's a \\[bracket\\]\n",
        "Code `` a ` b `` and `  spaced  ` and `multi\nline`\n",
        "***\n\n---\n\nText after rules\n",
        "- [ ] not a task without the extension? \n",
        "Tabs\tin\ttext\n\n\tindented code\n",
        "1) paren\n2) list\n",
        "Para\n\n\n\nwith gaps\n\n- item\n\n\n- item after gap\n",
        "* star\n+ plus\n- dash\n");
  }

  @ParameterizedTest
  @MethodSource("snippets")
  void matchesFlexmarkWhereverItWrites(String markdown) {
    String core = RENDERER.renderWithCoreWriter(markdown, "/blog/posts/x/", "/blog/");
    if (core != null) {
      assertThat(core).isEqualTo(RENDERER.renderWithFlexmark(markdown, "/blog/posts/x/", "/blog/"));
    }
  }

  @Test
  void matchesFlexmarkOnEverySampleSitePage() throws IOException {
    Path sample = Path.of(System.getProperty("shareworthy.sampleSite", "../sample-site")).resolve("content");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sample)) {
      files = walk.filter(p -> p.toString().endsWith(".md")).toList();
    }
    assertThat(files).hasSizeGreaterThan(12);
    int written = 0;
    for (Path file : files) {
      String body = Files.readString(file).replaceFirst("(?s)^(---|\\+\\+\\+)\n.*?\n\\1\n", "");
      String core = RENDERER.renderWithCoreWriter(body, "/posts/x/", "/");
      if (core != null) {
        written++;
        assertThat(core).as(file.toString()).isEqualTo(RENDERER.renderWithFlexmark(body, "/posts/x/", "/"));
      }
    }
    assertThat(written).as("pages the direct writer took on").isGreaterThan(3);
  }

  @Test
  void takesOnPlainPostsAndLeavesTablesAndFootnotesToFlexmark() {
    assertThat(RENDERER.renderWithCoreWriter("## A\n\nText with [a link](/x/).\n\n- one\n- two\n", "/", "/")).isNotNull();
    assertThat(RENDERER.renderWithCoreWriter("| a | b |\n|---|---|\n| 1 | 2 |\n", "/", "/")).isNull();
    assertThat(RENDERER.renderWithCoreWriter("Note[^1].\n\n[^1]: Footnote.\n", "/", "/")).isNull();
    assertThat(RENDERER.renderWithCoreWriter("Raw <span>html</span>.\n", "/", "/")).isNull();
  }
}

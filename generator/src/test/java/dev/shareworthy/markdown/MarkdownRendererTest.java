package dev.shareworthy.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shareworthy.content.RenderedMarkdown;
import dev.shareworthy.content.TocEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  private RenderedMarkdown render(String markdown) {
    return renderer.render(markdown, "/posts/x/", "/");
  }

  @Test
  void rendersGfmTables() {
    String html = render("| a | b |\n|---|---|\n| 1 | 2 |\n").html();

    assertThat(html).contains("<table class=\"table\">")
        .contains("<th>a</th>")
        .contains("<td>1</td>")
        .contains("<td>2</td>");
  }

  @Test
  void rendersStrikethrough() {
    assertThat(render("~~gone~~ here\n").html()).isEqualTo("<p><del>gone</del> here</p>\n");
  }

  @Test
  void rendersTaskListsAsCheckboxes() {
    String html = render("- [x] done\n- [ ] todo\n").html();

    assertThat(html).contains("type=\"checkbox\"");
    assertThat(html.split("checked=\"checked\"", -1)).hasSize(2);
    assertThat(html).contains("done").contains("todo").doesNotContain("[x]").doesNotContain("[ ]");
  }

  @Test
  void turnsBareUrlsIntoLinks() {
    assertThat(render("See https://example.com/a now\n").html())
        .isEqualTo("<p>See <a href=\"https://example.com/a\">https://example.com/a</a> now</p>\n");
  }

  @Test
  void rendersFootnotes() {
    String html = render("Claim.[^1]\n\n[^1]: The source.\n").html();

    assertThat(html).contains("href=\"#fn-1\"")
        .contains("id=\"fn-1\"")
        .contains("The source.")
        .contains("class=\"footnote-backref\"");
  }

  @Test
  void fencedCodeGetsItsLanguageClass() {
    assertThat(render("```java\nint x = 1;\n```\n").html())
        .isEqualTo("<pre><code class=\"language-java\">int x = 1;\n</code></pre>\n");
  }

  @Test
  void repeatedHeadingsGetDistinctIds() {
    RenderedMarkdown md = render("## Setup\n\n### Example\n\ntext\n\n### Example\n\nmore\n");

    assertThat(md.html()).contains("<h3 id=\"example\">Example</h3>")
        .contains("<h3 id=\"example-1\">Example</h3>");
    assertThat(md.toc().get(0).children()).extracting(TocEntry::id).containsExactly("example", "example-1");
  }

  @Test
  void tableOfContentsNestsH3UnderTheH2BeforeIt() {
    RenderedMarkdown md = render("""
        # Title

        ## One

        ### One A

        #### Too deep

        ### One B

        ## Two *emphasised*
        """);

    assertThat(md.toc()).containsExactly(
        new TocEntry(2, "one", "One", List.of(
            new TocEntry(3, "one-a", "One A", List.of()),
            new TocEntry(3, "one-b", "One B", List.of()))),
        new TocEntry(2, "two-emphasised", "Two emphasised", List.of()));
  }

  @Test
  void h3BeforeAnyH2StaysAtTheTop() {
    assertThat(render("### Lead\n\n## Main\n").toc()).containsExactly(
        new TocEntry(3, "lead", "Lead", List.of()),
        new TocEntry(2, "main", "Main", List.of()));
  }

  @Test
  void excerptIsEverythingBeforeTheMoreMarker() {
    RenderedMarkdown md = render("First *para*.\n\nSecond para.\n\n<!--more-->\n\nHidden.\n");

    assertThat(md.excerptHtml()).isEqualTo("<p>First <em>para</em>.</p>\n<p>Second para.</p>");
    assertThat(md.excerptText()).isEqualTo("First para. Second para.");
  }

  @Test
  void excerptWithoutMarkerIsTheFirstParagraph() {
    RenderedMarkdown md = render("# Heading\n\nFirst **bold** para.\n\nSecond para.\n");

    assertThat(md.excerptHtml()).isEqualTo("<p>First <strong>bold</strong> para.</p>");
    assertThat(md.excerptText()).isEqualTo("First bold para.");
  }

  @Test
  void excerptOfABodyWithoutParagraphsIsEmpty() {
    RenderedMarkdown md = render("## Only a heading\n");

    assertThat(md.excerptHtml()).isEmpty();
    assertThat(md.excerptText()).isEmpty();
  }

  @Test
  void wordCountLeavesOutCode() {
    RenderedMarkdown md = render("""
        Three words here, `not counted`.

        ```
        none of these words count
        ```

            indented code does not count either

        Don't split e-mail words.
        """);

    assertThat(md.wordCount()).isEqualTo(7);
  }

  @Test
  void hanCharactersCountAsOneWordEach() {
    assertThat(render("日本語 and two\n").wordCount()).isEqualTo(5);
  }

  @Test
  void readingTimeIsAtLeastOneMinuteAndRoundsUp() {
    assertThat(render("one\n").readingMinutes()).isEqualTo(1);
    assertThat(render("word ".repeat(230) + "\n").readingMinutes()).isEqualTo(1);
    assertThat(render("word ".repeat(231) + "\n").readingMinutes()).isEqualTo(2);
  }

  @Test
  void bundleImagesResolveAgainstThePageUrl() {
    assertThat(render("![A diagram](diagram.png)\n").html())
        .isEqualTo("<p><img src=\"/posts/x/diagram.png\" alt=\"A diagram\" /></p>\n");
  }

  @Test
  void rootRelativeLinksGainTheBasePath() {
    assertThat(renderer.render("[About](/about/)\n", "/blog/posts/x/", "/blog/").html())
        .isEqualTo("<p><a href=\"/blog/about/\">About</a></p>\n");
  }

  @Test
  void referenceLinksResolveToo() {
    assertThat(renderer.render("[Other][o]\n\n[o]: ../other/\n", "/blog/posts/x/", "/blog/").html())
        .isEqualTo("<p><a href=\"/blog/posts/other/\">Other</a></p>\n");
  }

  @Test
  void excerptLinksAndImagesResolveLikeTheBody() {
    RenderedMarkdown md = renderer.render("See ![d](diagram.png) and [about](/about/).\n", "/blog/posts/x/", "/blog/");

    assertThat(md.excerptHtml()).isEqualTo(
        "<p>See <img src=\"/blog/posts/x/diagram.png\" alt=\"d\" /> and <a href=\"/blog/about/\">about</a>.</p>");
  }

  @Test
  void emailAutolinksStayMailtoLinks() {
    assertThat(renderer.render("Mail <me@example.com> or me@example.com\n", "/blog/posts/x/", "/blog/").html())
        .doesNotContain("mailto:/blog/")
        .contains("href=\"mailto:me@example.com\"");
  }

  @Test
  void wwwAutolinksPointToTheWebSite() {
    assertThat(renderer.render("Go www.example.com now\n", "/blog/posts/x/", "/blog/").html())
        .doesNotContain("href=\"/blog/posts/x/www.example.com\"")
        .contains("href=\"https://www.example.com\"");
  }

  @Test
  void theAutolinkPassIsSkippedOnlyWhereNoBareLinkCanBe() {
    assertThat(MarkdownRenderer.mayHoldBareLinks("See https://example.com today")).isTrue();
    assertThat(MarkdownRenderer.mayHoldBareLinks("Go to www.example.com")).isTrue();
    assertThat(MarkdownRenderer.mayHoldBareLinks("Write to ada@example.com")).isTrue();
    assertThat(MarkdownRenderer.mayHoldBareLinks("(see https://example.com)")).isTrue();
    assertThat(MarkdownRenderer.mayHoldBareLinks("A [link](https://example.com/www.x) and <https://example.com>")).isFalse();
    assertThat(MarkdownRenderer.mayHoldBareLinks("Plain words, a @mention and 5 @ 3 apples")).isFalse();
    assertThat(render("Docs: [api](https://example.com/a) and https://example.com/b\n").html())
        .contains("<a href=\"https://example.com/b\">https://example.com/b</a>");
  }
}

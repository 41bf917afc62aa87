package dev.shareworthy.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceLinesTest {

  private final SourceLines lines = SourceLines.of("""
      ---
      title: "Hello"
      description: Short
      tags: [a]
      ---
      Intro with **bold** words and a [link to the archive](/archive/) in it.

      ## A *heading*

      - First item of the list
      - See <https://example.org/x> and ![a chart](chart.png)
      """);

  @Test
  void findsFrontMatterKeysAndTheBody() {
    assertThat(lines.keyLine("title")).isEqualTo(2);
    assertThat(lines.keyLine("summary", "description")).isEqualTo(3);
    assertThat(lines.keyLine("image")).isEqualTo(1);
    assertThat(lines.hasKey("tags")).isTrue();
    assertThat(lines.bodyLine()).isEqualTo(6);
  }

  @Test
  void findsRenderedTextDespiteMarkup() {
    assertThat(lines.lineOfText("Intro with bold words and a link to the archive in it.")).isEqualTo(6);
    assertThat(lines.lineOfText("A heading")).isEqualTo(8);
    assertThat(lines.lineOfText("First item of the list")).isEqualTo(10);
    assertThat(lines.lineOfText("Nothing like this")).isZero();
  }

  @Test
  void findsLinksByTargetOrText() {
    assertThat(lines.lineOfLink("/archive/", "link to the archive")).isEqualTo(6);
    assertThat(lines.lineOfLink("/posts/hello/chart.png", "a chart")).isEqualTo(11);
    assertThat(lines.lineOfLink("https://example.org/x", null)).isEqualTo(11);
  }

  @Test
  void windowsAndOldMacLineEndsCountAsOneLineEach() {
    SourceLines crlf = SourceLines.of("---\r\ntitle: x\r\n---\r\nIntro text here\r\n\r\n## Later heading\r\n");
    assertThat(crlf.bodyLine()).isEqualTo(4);
    assertThat(crlf.lineOfText("Later heading")).isEqualTo(6);
    SourceLines cr = SourceLines.of("---\rtitle: x\r---\rIntro text here\r\r## Later heading");
    assertThat(cr.keyLine("title")).isEqualTo(2);
    assertThat(cr.lineOfText("Later heading")).isEqualTo(6);
  }

  @Test
  void findsAHeadingOnItsOwnLineEvenWhenAParagraphAboveUsesItsWords() {
    SourceLines post = SourceLines.of("""
        ---
        title: Testing
        ---
        Why tests matter is the question here, and # why tests matter too.

        ```bash
        # Why tests matter
        ~~~
        ```

        #Why tests matter without a space is a paragraph.

        ## Why *tests* matter

        Why tests matter, once more.
        """);
    assertThat(post.lineOfText("Why tests matter")).isEqualTo(4);
    assertThat(post.lineOfHeading("Why tests matter")).isEqualTo(13);
  }

  @Test
  void findsSetextHtmlAndIndentedHeadings() {
    SourceLines post = SourceLines.of("""
        Setup comes first in setup.

        Setup
        =====

        Running it, then running it.

           Running it
        ---

        More on results below.

        <h3 id="r">Results</h3>

        ### Closing ###
        """);
    assertThat(post.lineOfHeading("Setup")).isEqualTo(3);
    assertThat(post.lineOfHeading("Running it")).isEqualTo(8);
    assertThat(post.lineOfHeading("Results")).isEqualTo(13);
    assertThat(post.lineOfHeading("Closing")).isEqualTo(15);
  }

  @Test
  void aHeadingNotWrittenAsOneIsFoundByItsText() {
    SourceLines post = SourceLines.of("Intro.\n\n- **Inside a list item** and more\n");
    assertThat(post.lineOfHeading("Inside a list item")).isEqualTo(3);
    assertThat(post.lineOfHeading("Nowhere at all")).isZero();
  }

  @Test
  void aFileWithoutFrontMatterIsAllBody() {
    assertThat(SourceLines.of("Just text\n").bodyLine()).isEqualTo(1);
    assertThat(SourceLines.of("Just text\n").keyLine("title")).isEqualTo(1);
  }

  @Test
  void splitsLinesAsStringLinesDoes() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(23);
    String[] latin1 = {"a", "word ", "\n", "\r", "\r\n", "\n\n", "é", "---", " "};
    // Text beyond Latin-1 too, with a character outside the BMP (two chars), which is read another way.
    String[] wide = {"a", "\n", "\r", "\r\n", "é", "日本", "\uD83D\uDE00", " "};
    for (int round = 0; round < 4000; round++) {
      String[] pieces = round % 2 == 0 ? latin1 : wide;
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(40); n > 0; n--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String t = text.toString();
      assertThat(SourceLines.split(t)).as(t).isEqualTo(t.lines().toList());
    }
  }

  @Test
  void findsTextOnTheLineTheLineByLineSearchFinds() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(31);
    String[] words = {"Alpha", "alpha", "beta", "Gamma", "delta", "ÉTÉ", "été", "**bold**", "[link](/x/)", "`code`",
        "İstanbul", "ΣΟΦΟΣ", "σοφος"};
    String[] starts = {"", "## ", "- ", "1. ", "> ", "  "};
    String[] breaks = {"\n", "\n\n", "\r\n"};
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder(random.nextBoolean() ? "---\ntitle: Alpha beta\n---\n" : "");
      List<String> rendered = new java.util.ArrayList<>();
      for (int line = random.nextInt(12); line > 0; line--) {
        StringBuilder l = new StringBuilder(starts[random.nextInt(starts.length)]);
        StringBuilder r = new StringBuilder();
        for (int w = 1 + random.nextInt(8); w > 0; w--) {
          String word = words[random.nextInt(words.length - (round % 3 == 0 ? 0 : 3))];
          l.append(word).append(' ');
          r.append(word.replaceAll("[*`\\[\\]]|\\(/x/\\)", "")).append(' ');
        }
        text.append(l).append(breaks[random.nextInt(breaks.length)]);
        rendered.add(r.toString());
      }
      String t = text.toString();
      SourceLines lines = SourceLines.of(t);
      List<String> asks = new java.util.ArrayList<>(rendered);
      asks.add(words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)]);
      for (String ask : asks) {
        assertThat(lines.lineOfText(ask)).as("%s in %s", ask, t).isEqualTo(lineByLine(t, ask));
      }
    }
  }

  /** The search as it was: each body line lower-cased and tested in turn. */
  private static int lineByLine(String text, String rendered) {
    String needle = SourceLines.normalize(rendered);
    if (needle.isEmpty()) {
      return 0;
    }
    String[] parts = needle.split(" ");
    StringBuilder head = new StringBuilder();
    for (int i = 0; i < parts.length && i < 6 && head.length() < 40; i++) {
      head.append(i == 0 ? "" : " ").append(parts[i]);
    }
    String key = head.toString();
    List<String> all = text.lines().toList();
    int body = 0;
    if (!all.isEmpty() && all.get(0).strip().equals("---")) {
      body = all.subList(1, all.size()).indexOf("---") + 2;
    }
    for (int i = body; i < all.size(); i++) {
      String lower = all.get(i).toLowerCase(java.util.Locale.ROOT);
      boolean holds = java.util.Arrays.stream(key.split(" ")).allMatch(lower::contains);
      if (holds && SourceLines.normalize(all.get(i)).contains(key)) {
        return i + 1;
      }
    }
    String shortKey = parts.length >= 2 ? parts[0] + " " + parts[1] : parts[0];
    for (int i = body; i < all.size(); i++) {
      if (SourceLines.normalize(all.get(i)).startsWith(shortKey)) {
        return i + 1;
      }
    }
    return 0;
  }
}

package dev.shareworthy.check;

import static org.assertj.core.api.Assertions.assertThat;

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
  void aFileWithoutFrontMatterIsAllBody() {
    assertThat(SourceLines.of("Just text\n").bodyLine()).isEqualTo(1);
    assertThat(SourceLines.of("Just text\n").keyLine("title")).isEqualTo(1);
  }

  @Test
  void splitsLinesAsStringLinesDoes() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(23);
    String[] pieces = {"a", "word ", "\n", "\r", "\r\n", "\n\n", "é", "---", " "};
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(40); n > 0; n--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String t = text.toString();
      assertThat(SourceLines.split(t)).as(t).isEqualTo(t.lines().toList());
    }
  }
}


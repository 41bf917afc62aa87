package dev.shareworthy.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageTextTest {

  @Test
  void blocksHoldCollapsedTextProseWithoutCodeAndTheirCounts() {
    List<TextBlock> blocks = PageText.analyse(Jsoup.parse("""
        <div><p>Run   <code>make   build</code>
        then  re-run it!</p><nav><p>Menu</p></nav>
        <ul><li>First <b>ITEM</b></li><li>x<code>y</code>z words</li></ul><pre>code block</pre></div>""")
        .selectFirst("div")).blocks();

    assertThat(blocks).extracting(TextBlock::tag).containsExactly("p", "li", "li");
    TextBlock p = blocks.get(0);
    assertThat(p.text()).isEqualTo("Run make build then re-run it!");
    assertThat(p.prose()).isEqualTo("Run then re-run it!");
    assertThat(p.words()).isEqualTo(Words.count(p.text())).isEqualTo(6);
    assertThat(p.proseWords()).isEqualTo(Words.count(p.prose())).isEqualTo(4);
    assertThat(p.exclamation()).isTrue();
    assertThat(p.capitalPair()).isFalse();
    assertThat(blocks.get(1).capitalPair()).isTrue();
    TextBlock split = blocks.get(2);
    assertThat(split.prose()).isEqualTo("xz words");
    assertThat(split.proseWords()).isEqualTo(Words.count(split.prose())).isEqualTo(2);
    assertThat(split.words()).isEqualTo(Words.count(split.text())).isEqualTo(2);
  }

  /**
   * The words found while the blocks are read give the sentences and word hashes that reading each block's
   * text again gives: random paragraphs with joins, inline code, abbreviations, digits and other scripts.
   */
  @Test
  void wordsFoundWhileReadingMatchReadingTheTextAgain() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(17);
    String[] pieces = {"word", "Word", "re-run", "don't", "don’t", "a--b", "x-", "-y", "'quoted'", "e.g.", "Dr.",
        "J.", "2.4", "3", "end.", "end!", "why?", "wow!!", "so…", "\"Yes.\"", "naïve", "ÉCOLE", "größe", "日本語",
        "café's", "table", "wanted", "make", "-", "'", "’", ".", "!", "<code>x-y</code>", "<code>a b</code>",
        "<b>bold</b>", "<em>it’s</em>", "\u000b", "\u00a0", "\t", "\n", "<br>", "a'", "'b", "o'-b", "x'y-z"};
    for (int round = 0; round < 400; round++) {
      StringBuilder html = new StringBuilder("<div>");
      for (int b = random.nextInt(1, 5); b > 0; b--) {
        String tag = random.nextInt(4) == 0 ? "h2" : random.nextBoolean() ? "p" : "li";
        html.append('<').append(tag).append('>');
        for (int w = random.nextInt(1, 30); w > 0; w--) {
          html.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(5) == 0 ? "" : " ");
        }
        html.append("</").append(tag).append('>');
      }
      String source = html.append("</div>").toString();
      org.jsoup.nodes.Element div = Jsoup.parse(source).selectFirst("div");
      PageContext page = new PageContext(PageContext.Kind.HTML, "x.html", "/x/", java.nio.file.Path.of("x.html"),
          div.ownerDocument(), null, null, null, "en", null);

      for (TextBlock b : page.blocks()) {
        // Stripped as String.strip strips, the "\u000b" at either end included; made from the kept characters.
        assertThat(b.text()).isEqualTo(b.text().strip()).hasSize(b.textLength());
        assertThat(b.prose()).isEqualTo(b.prose().strip()).hasSize(b.proseLength());
        assertThat(b.words()).as(b.text()).isEqualTo(Words.count(b.text()));
        assertThat(b.proseWords()).as(b.prose()).isEqualTo(Words.count(b.prose()));
        boolean pair = false;
        for (int i = 1; i < b.prose().length(); i++) {
          pair |= Character.isUpperCase(b.prose().charAt(i)) && Character.isUpperCase(b.prose().charAt(i - 1));
        }
        assertThat(b.capitalPair()).as(b.prose()).isEqualTo(pair);
        assertThat(b.exclamation()).as(b.prose()).isEqualTo(b.prose().contains("!") || b.prose().contains("‼"));
      }
      Sentences found = page.sentences();
      // The reference: each block's text read again, sentence by sentence.
      List<String> read = new java.util.ArrayList<>();
      for (TextBlock b : page.blocks()) {
        if (!b.heading()) {
          char[] t = b.text().toCharArray();
          Words.sentences(t, t.length, (start, end) -> {
            long counted = Words.wordsAndSyllables(t, start, end);
            read.add(b.text().substring(start, end) + " | " + (counted >>> 32) + " | " + (int) counted);
          });
        }
      }
      List<String> got = new java.util.ArrayList<>();
      for (int i = 0; i < found.size(); i++) {
        got.add(found.text(i) + " | " + found.words(i) + " | " + found.syllables(i));
      }
      assertThat(got).as(source).isEqualTo(read);
      StringBuilder prose = new StringBuilder();
      page.blocks().forEach(b -> prose.append(b.prose()).append('\n'));
      ProseWords words = page.proseWords();
      ProseWords again = ProseWords.of(prose.toString());
      assertThat(words.size()).as(source).isEqualTo(again.size());
      for (int i = 0; i < again.size(); i++) {
        assertThat(words.word(i)).as(source).isEqualTo(again.word(i));
        assertThat(words.hash(i)).as(words.word(i)).isEqualTo(again.hash(i));
      }
    }
  }
}

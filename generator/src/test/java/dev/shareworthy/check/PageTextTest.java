package dev.shareworthy.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageTextTest {

  @Test
  void blocksHoldCollapsedTextProseWithoutCodeAndTheirCounts() {
    List<TextBlock> blocks = PageText.blocks(Jsoup.parse("""
        <div><p>Run   <code>make   build</code>
        then  re-run it!</p><nav><p>Menu</p></nav>
        <ul><li>First <b>ITEM</b></li><li>x<code>y</code>z words</li></ul><pre>code block</pre></div>""")
        .selectFirst("div"));

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
}

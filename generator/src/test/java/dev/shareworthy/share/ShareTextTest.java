package dev.shareworthy.share;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shareworthy.share.ShareText.Measure;
import org.junit.jupiter.api.Test;

class ShareTextTest {

  @Test
  void shortTextIsUnchanged() {
    assertThat(ShareText.fit("Why readers share", 280, Measure.X_WEIGHTED)).isEqualTo("Why readers share");
  }

  @Test
  void longTextIsCutAtAWordWithAnEllipsis() {
    String text = "one two three four five six";
    String fitted = ShareText.fit(text, 16, Measure.CODE_POINTS);
    assertThat(fitted).isEqualTo("one two three…");
    assertThat(ShareText.length(fitted, Measure.CODE_POINTS)).isLessThanOrEqualTo(16);
  }

  @Test
  void trailingPunctuationIsDroppedBeforeTheEllipsis() {
    assertThat(ShareText.fit("Readers, writers, sharers and everyone else", 20, Measure.CODE_POINTS))
        .isEqualTo("Readers, writers…");
  }

  @Test
  void oneVeryLongWordIsCutInside() {
    String fitted = ShareText.fit("Supercalifragilisticexpialidocious", 10, Measure.CODE_POINTS);
    assertThat(fitted).isEqualTo("Supercali…");
  }

  @Test
  void xCountsCjkAndEmojiTwice() {
    assertThat(ShareText.length("abc", Measure.X_WEIGHTED)).isEqualTo(3);
    assertThat(ShareText.length("日本語", Measure.X_WEIGHTED)).isEqualTo(6);
    assertThat(ShareText.length("👩‍👩‍👧", Measure.X_WEIGHTED)).isEqualTo(2);
    assertThat(ShareText.length("Привет", Measure.X_WEIGHTED)).isEqualTo(6);
  }

  @Test
  void blueskyCountsGraphemes() {
    assertThat(ShareText.length("👩‍👩‍👧 🇩🇪 é", Measure.GRAPHEMES)).isEqualTo(5);
  }

  @Test
  void anEmojiIsNeverSplit() {
    String text = "Sharing 👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧 together";
    for (int limit = 5; limit < 20; limit++) {
      String fitted = ShareText.fit(text, limit, Measure.GRAPHEMES);
      assertThat(ShareText.length(fitted, Measure.GRAPHEMES)).isLessThanOrEqualTo(limit);
      String body = fitted.endsWith("…") ? fitted.substring(0, fitted.length() - 1) : fitted;
      assertThat(text).startsWith(body);
      assertThat(body).doesNotEndWith("\u200D");
      assertThat(body.isEmpty() || !Character.isHighSurrogate(body.charAt(body.length() - 1))).isTrue();
    }
  }

  @Test
  void japaneseWithoutSpacesIsCutWithinTheLimit() {
    String text = "共有されるブログ記事を書くための十の方法と、その効果を測る仕組みについて";
    String fitted = ShareText.fit(text, 20, Measure.X_WEIGHTED);
    assertThat(ShareText.length(fitted, Measure.X_WEIGHTED)).isLessThanOrEqualTo(20);
    assertThat(fitted).endsWith("…");
    assertThat(text).startsWith(fitted.substring(0, fitted.length() - 1));
  }
}

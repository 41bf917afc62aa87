package dev.shareworthy.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void splitsWordsKeepingInnerApostrophesAndHyphens() {
    assertThat(Words.split("Don't re-run the CI job — it's 3.5x slower!"))
        .containsExactly("Don't", "re-run", "the", "CI", "job", "it's", "3", "5x", "slower");
    assertThat(Words.count("Don't re-run the CI job — it's 3.5x slower!")).isEqualTo(9);
    assertThat(Words.count("   ")).isZero();
  }

  @Test
  void sentencesEndAtStopsButNotAtAbbreviationsInitialsOrNumbers() {
    assertThat(Words.sentences("Use a cache, e.g. a CDN. Version 2.4 is out! Ask J. Smith why? Done"))
        .containsExactly("Use a cache, e.g. a CDN.", "Version 2.4 is out!", "Ask J. Smith why?", "Done");
    assertThat(Words.sentences("Wow!!! Really?! \"Yes.\" Fine")).containsExactly("Wow!!!", "Really?!", "\"Yes.\"",
        "Fine");
  }

  @Test
  void oneSentencePassCountsWhatTheSeparateCountsDo() {
    String[] texts = {"Don't re-run the CI job — it's 3.5x slower!", "a--b 'quoted' well-known -lead trail- x'",
        "İstanbul’s KELVIN scale: naïve café, 2025’s best-ever jumped tables.", "Ärger über Öl", "", "  !! ",
        "The table was made, and we wanted more."};
    for (String text : texts) {
      char[] t = text.toCharArray();
      long both = Words.wordsAndSyllables(t, 0, t.length);
      assertThat((int) (both >>> 32)).as(text).isEqualTo(Words.count(text));
      assertThat((int) both).as(text).isEqualTo(Words.split(text).stream().mapToInt(Words::syllables).sum());
    }
  }

  @Test
  void proseWordsHashEachWordAsWordsDoes() {
    String text = "Don’t RE-run İstanbul's naïve CAFÉ--bar x'y ’quoted’ 3.5x\nΣΊΣΥΦΟΣ KELVIN‐scale";
    ProseWords words = ProseWords.of(text);
    java.util.List<String> split = Words.split(text);
    assertThat(words.size()).isEqualTo(split.size());
    assertThat(Words.hash("DON’T")).isEqualTo(Words.hash("don't")).isNotEqualTo(Words.hash("dont"));
    assertThat(Words.hash("İSTANBUL")).isEqualTo(Words.hash("istanbul")); // folded character by character
    for (int i = 0; i < split.size(); i++) {
      assertThat(words.hash(i)).as(split.get(i)).isEqualTo(Words.hash(split.get(i)));
    }
  }

  @Test
  void countsSyllablesTheWayFleschExpects() {
    assertThat(Words.syllables("the")).isEqualTo(1);
    assertThat(Words.syllables("make")).isEqualTo(1);
    assertThat(Words.syllables("table")).isEqualTo(2);
    assertThat(Words.syllables("wanted")).isEqualTo(2);
    assertThat(Words.syllables("jumped")).isEqualTo(1);
    assertThat(Words.syllables("readability")).isEqualTo(5);
    assertThat(Words.syllables("Organization")).isEqualTo(5);
    assertThat(Words.syllables("2025")).isEqualTo(1);
    assertThat(Words.syllablesIn("The table was made, and we wanted more.")).isEqualTo(10);
  }

  @Test
  void capitalsNeedTwoLetters() {
    assertThat(Words.allCaps("NASA")).isTrue();
    assertThat(Words.allCaps("I")).isFalse();
    assertThat(Words.allCaps("Java")).isFalse();
    assertThat(Words.allCaps("MP3")).isTrue();
  }

  @Test
  void hashesIgnoreCase() {
    assertThat(Words.hash("Free")).isEqualTo(Words.hash("free")).isNotEqualTo(Words.hash("fee"));
  }
}

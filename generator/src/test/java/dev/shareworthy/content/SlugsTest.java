package dev.shareworthy.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Ça marche: Word of Mouth!  | ca-marche-word-of-mouth",
      "Hello World                | hello-world",
      "  --Already-a-slug--       | already-a-slug",
      "Crème brûlée, naïve café   | creme-brulee-naive-cafe",
      "Top 10 Tips (2024)         | top-10-tips-2024",
      "Über Straße                | uber-straße",
      "Привет мир                 | привет-мир",
      "नमस्ते दुनिया                 | नमस्ते-दुनिया",
      "日本語 ブログ                 | 日本語-ブログ",
      "!!!                        | ''",
  })
  void makesUrlSlugs(String text, String slug) {
    assertThat(Slugs.slugify(text)).isEqualTo(slug);
  }
}

package dev.shareworthy.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class GenericLinkTextRuleTest {

  @Test
  void linkTextIsNormalisedAsTheRegularExpressionsDid() {
    String[] texts = {"Click here!", "  READ\tmore…  ", "→ Learn more ←", "here.", "x² and Ⅻ", "𝒜𝒷𝒸 here", "«Détails»",
        "more\n\ninfo", "", "   ", "this_page", "see-more", "İstanbul"};
    for (String t : texts) {
      String regex = t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").replaceAll("\\s+", " ").strip();
      assertThat(GenericLinkTextRule.normal(t)).as(t).isEqualTo(regex);
    }
  }
}

package dev.shareworthy.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void fixedDecimalsMatchStringFormat() {
    double[] edges = {0, -0.0, 0.05, 0.15, 0.25, 0.35, 1.005, 2.5, 3.5, 0.45, 1.45, 99.95, 100, 1e-7, 123456789.125,
        1.0 / 3, 2.0 / 3, 49.5, 50.5, -12.5, -0.04, Double.NaN, Double.POSITIVE_INFINITY, 1e20, 4.35, 5.55};
    for (double v : edges) {
      same(v);
    }
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 20_000; i++) {
      same(random.nextInt(100_000) / (double) (1 + random.nextInt(5_000))); // ratios, as the messages show
      same(random.nextDouble() * 200 - 20);
    }
  }

  private static void same(double v) {
    for (int decimals = 0; decimals <= 2; decimals++) {
      assertThat(Texts.fixed(v, decimals)).as(v + " to " + decimals)
          .isEqualTo(String.format(Locale.ROOT, "%." + decimals + "f", v));
    }
  }

  @Test
  void shortensWithWhitespaceCollapsed() {
    assertThat(Texts.shorten("  A\theading \n\n with   gaps ", 50)).isEqualTo("A heading with gaps");
    assertThat(Texts.shorten("One two three four five six", 12)).isEqualTo("One two…");
  }
}

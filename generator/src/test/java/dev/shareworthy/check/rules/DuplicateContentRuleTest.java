package dev.shareworthy.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DuplicateContentRuleTest {

  /**
   * The signature works out four functions at a time; each entry must still be its own function's minimum over
   * the sampled shingles, as the definition says, or pages that share a band would be missed.
   */
  @Test
  void eachSignatureEntryIsItsFunctionsMinimumOverTheSampledShingles() {
    SplittableRandom random = new SplittableRandom(11);
    for (int round = 0; round < 300; round++) {
      int[] hashes = new int[random.nextInt(0, 400)];
      for (int j = 0; j < hashes.length; j++) {
        hashes[j] = random.nextInt();
      }
      int[] expected = new int[DuplicateContentRule.MULTIPLIERS.length];
      for (int i = 0; i < expected.length; i++) {
        int min = Integer.MAX_VALUE;
        for (int h : hashes) {
          if ((h & 3) == 0) {
            min = Math.min(min, (int) ((h * DuplicateContentRule.MULTIPLIERS[i] + DuplicateContentRule.OFFSETS[i]) >>> 33));
          }
        }
        expected[i] = min;
      }
      assertThat(DuplicateContentRule.signature(hashes)).as("round " + round).isEqualTo(expected);
    }
  }
}

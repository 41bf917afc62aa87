package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import dev.shareworthy.check.SiteWideRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Near-duplicate posts, by the Jaccard similarity of their 5-word shingles. Comparing every pair would be
 * quadratic (50 million pairs at 10,000 posts), so each page gets a MinHash signature (one-permutation hashing
 * into 64 bins) and only pages that share a band of it in locality-sensitive hashing are compared exactly.
 * With 16 bands of 4 bins, a pair at similarity 0.8 becomes a candidate with probability above 0.999.
 */
public final class DuplicateContentRule implements SiteWideRule<DuplicateContentRule.Shingles> {

  static final int SHINGLE = 5;
  private static final int BINS = 64;
  private static final int BANDS = 16;
  private static final int ROWS = BINS / BANDS;
  /** Too short to say two texts are copies. */
  private static final int MIN_SHINGLES = 20;

  static final RuleInfo INFO = new RuleInfo("duplicate-content", Category.CONTENT, Severity.WARNING,
      "Compares every post's body text with every other's, by the share of 5-word sequences they have in "
          + "common (Jaccard similarity).",
      "Near-duplicates split shares and search rankings between two URLs, and readers who see the same post "
          + "twice stop trusting the blog.",
      "Merge the two posts and redirect the old URL with 'aliases:', or rewrite one so that it says something "
          + "new.",
      Thresholds.of("similarity", 0.8));

  /** A page's sorted distinct shingle hashes and its MinHash signature. */
  public record Shingles(String path, int[] hashes, int[] signature) {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Shingles collect(PageContext page, Reporter out) {
    List<String> words = page.proseWords();
    if (words.size() < SHINGLE + MIN_SHINGLES) {
      return null;
    }
    int[] wordHashes = new int[words.size()];
    for (int i = 0; i < wordHashes.length; i++) {
      wordHashes[i] = words.get(i).toLowerCase(Locale.ROOT).hashCode();
    }
    int[] hashes = new int[wordHashes.length - SHINGLE + 1];
    for (int i = 0; i < hashes.length; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = 0; j < SHINGLE; j++) {
        h = mix(h ^ wordHashes[i + j]);
      }
      hashes[i] = (int) (h ^ (h >>> 32));
    }
    Arrays.sort(hashes);
    int distinct = 0;
    for (int i = 0; i < hashes.length; i++) {
      if (i == 0 || hashes[i] != hashes[i - 1]) {
        hashes[distinct++] = hashes[i];
      }
    }
    hashes = Arrays.copyOf(hashes, distinct);
    if (distinct < MIN_SHINGLES) {
      return null;
    }
    int[] signature = new int[BINS];
    Arrays.fill(signature, Integer.MAX_VALUE);
    for (int h : hashes) {
      long m = mix(h);
      int bin = (int) (m >>> 58); // top 6 bits: 64 bins
      int value = (int) m & 0x7fffffff;
      if (value < signature[bin]) {
        signature[bin] = value;
      }
    }
    return new Shingles(page.path(), hashes, signature);
  }

  @Override
  public void checkSite(List<Collected<Shingles>> pages) {
    if (pages.isEmpty()) {
      return;
    }
    double limit = pages.get(0).out().number("similarity");
    Set<Long> compared = new HashSet<>();
    for (int band = 0; band < BANDS; band++) {
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < pages.size(); i++) {
        int[] sig = pages.get(i).value().signature();
        long key = band;
        boolean empty = true;
        for (int r = 0; r < ROWS; r++) {
          int v = sig[band * ROWS + r];
          empty &= v == Integer.MAX_VALUE;
          key = mix(key * 31 + v);
        }
        if (!empty) {
          buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
        }
      }
      for (List<Integer> bucket : buckets.values()) {
        for (int x = 0; x < bucket.size(); x++) {
          for (int y = x + 1; y < bucket.size(); y++) {
            int a = bucket.get(x);
            int b = bucket.get(y);
            if (compared.add(((long) a << 32) | b)) {
              compare(pages.get(a), pages.get(b), limit);
            }
          }
        }
      }
    }
  }

  private static void compare(Collected<Shingles> a, Collected<Shingles> b, double limit) {
    double similarity = jaccard(a.value().hashes(), b.value().hashes());
    if (similarity >= limit) {
      report(a, b, similarity, limit);
      report(b, a, similarity, limit);
    }
  }

  private static void report(Collected<Shingles> page, Collected<Shingles> other, double similarity, double limit) {
    page.out().report(0, String.format(Locale.ROOT, "Body text is %.0f%% the same as %s (%s) (limit is %.0f%%)",
        Math.floor(similarity * 100), other.out().source(), other.value().path(), limit * 100));
  }

  /** Exact Jaccard similarity of two sorted sets of distinct hashes. */
  static double jaccard(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 0 : (double) common / union;
  }

  /** A 64-bit finaliser (from SplitMix64) that spreads every input bit over the whole word. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

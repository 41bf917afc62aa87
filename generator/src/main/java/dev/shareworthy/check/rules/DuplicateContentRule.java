package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.ProseWords;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import dev.shareworthy.check.SiteWideRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Near-duplicate posts, by the Jaccard similarity of their 5-word shingles. Comparing every pair would be
 * quadratic (50 million pairs at 10,000 posts), so each page gets a MinHash signature of 64 hash functions and
 * only pages that share a band of it in locality-sensitive hashing are compared exactly. With 16 bands of 4
 * rows, a pair at similarity 0.8 becomes a candidate with probability above 0.999. Full MinHash rather than
 * one-permutation hashing: boilerplate shared by every post (a sign-off line) then almost never decides a
 * minimum, so it does not put every post in one bucket.
 */
public final class DuplicateContentRule implements SiteWideRule<DuplicateContentRule.Shingles> {

  static final int SHINGLE = 5;
  /** A multiple of four: {@link #signature} works out four at a time. */
  private static final int HASHES = 64;
  private static final int BANDS = 16;
  private static final int ROWS = HASHES / BANDS;
  /**
   * The signature is taken over the quarter of the shingles whose hash ends in two zero bits: a consistent
   * sample (the same shingle is in or out on every page), so it estimates the similarity just as well for
   * pages of a few hundred words, at a quarter of the work. The verification uses every shingle.
   */
  private static final int SAMPLE_MASK = 3;
  private static final long ROLL = 0x9E3779B97F4A7C15L;
  /** {@code ROLL} to the power of {@code SHINGLE - 1}: the weight of the word leaving the window. */
  private static final long ROLL_OUT = power(ROLL, SHINGLE - 1);
  /** Function i maps a shingle's hash h to {@code (int) ((h * MULTIPLIERS[i] + OFFSETS[i]) >>> 33)}. */
  static final long[] MULTIPLIERS = new long[HASHES];
  static final long[] OFFSETS = new long[HASHES];

  static {
    // Fixed seeds: the same site always gives the same candidates.
    java.util.SplittableRandom random = new java.util.SplittableRandom(0x5EED);
    for (int i = 0; i < HASHES; i++) {
      MULTIPLIERS[i] = random.nextLong() | 1;
      OFFSETS[i] = random.nextLong();
    }
  }
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

  /**
   * A page's shingle hashes, in text order with repeats, and the LSH keys of its MinHash signature's bands (null
   * when no shingle fell in the sample). The hashes may be worked out again from the page on each call: only pages
   * that share a band with another need them.
   */
  public record Shingles(String path, Supplier<int[]> hashes, long[] bandKeys, IntSupplier bodyLine) {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Shingles collect(PageContext page, Reporter out) {
    Shingles s = shingles(page.path(), page.proseWords());
    if (s == null) {
      return null;
    }
    java.util.function.Supplier<dev.shareworthy.check.SourceLines> lines = page.linesLater();
    // Hardly any page is compared, and kept for all, the hashes (4 KB a post) were most of what the collector
    // copied while pages were checked; a page that is compared is read again for them.
    Supplier<int[]> hashes = page.later(s.hashes().get(), again -> hashesOf(again.proseWords()));
    return new Shingles(s.path(), hashes, s.bandKeys(), () -> lines.get() == null ? 0 : lines.get().bodyLine());
  }

  /** A page's shingles and band keys from its words, or null when it is too short to compare. */
  public static Shingles shingles(String path, ProseWords words) {
    if (words.size() < SHINGLE + MIN_SHINGLES) {
      return null;
    }
    int[] hashes = hashesOf(words);
    // Repeats change no minimum, so the signature takes the hashes as they are; only the few pages that are
    // compared need them as a set, and get it then (see checkSite).
    if (!distinctAtLeast(hashes, MIN_SHINGLES)) {
      return null;
    }
    return new Shingles(path, () -> hashes, bandKeys(signature(hashes)), () -> 0);
  }

  /** The hashes of a text's shingles, in text order with repeats; empty when it has fewer words than a shingle. */
  private static int[] hashesOf(ProseWords words) {
    int[] hashes = new int[Math.max(0, words.size() - SHINGLE + 1)];
    if (hashes.length == 0) {
      return hashes;
    }
    // A rolling polynomial over the words' hashes: one step per word instead of five, then mixed.
    long window = 0;
    for (int j = 0; j < SHINGLE; j++) {
      window = window * ROLL + words.hash(j);
    }
    for (int i = 0; i < hashes.length; i++) {
      long h = mix(window);
      hashes[i] = (int) (h ^ (h >>> 32));
      if (i + SHINGLE < words.size()) {
        window = (window - words.hash(i) * ROLL_OUT) * ROLL + words.hash(i + SHINGLE);
      }
    }
    return hashes;
  }

  /**
   * Each band's key: its rows mixed into one number. Worked out here, while pages are checked in parallel, so
   * that the comparison after them, on one thread, only looks keys up.
   */
  private static long[] bandKeys(int[] signature) {
    if (signature[0] == Integer.MAX_VALUE) {
      return null; // no shingle in the sample: every minimum is empty, and the page is nobody's candidate
    }
    long[] keys = new long[BANDS];
    for (int band = 0; band < BANDS; band++) {
      long key = band;
      for (int r = 0; r < ROWS; r++) {
        key = mix(key * 31 + signature[band * ROWS + r]);
      }
      keys[band] = key;
    }
    return keys;
  }

  /**
   * The MinHash signature of the sampled shingles. One multiply per hash function and shingle: (a·x + b) with odd
   * random a, top 31 bits as the value. Function by function, so that the function's constants and its minimum
   * stay in registers over the inner loop; shingle by shingle loaded and stored the minimum every time.
   */
  static int[] signature(int[] hashes) {
    int n = 0;
    for (int h : hashes) {
      n += (h & SAMPLE_MASK) == 0 ? 1 : 0;
    }
    int[] sample = new int[n];
    n = 0;
    for (int h : hashes) {
      if ((h & SAMPLE_MASK) == 0) {
        sample[n++] = h;
      }
    }
    int[] signature = new int[HASHES];
    // Four functions per pass over the sample, with Math.min, which the quick compiler makes a conditional move:
    // 37% less time than a pass per function with a comparison and branch (3,000 random samples of 150-350).
    for (int i = 0; i < HASHES; i += 4) {
      long a0 = MULTIPLIERS[i];
      long b0 = OFFSETS[i];
      long a1 = MULTIPLIERS[i + 1];
      long b1 = OFFSETS[i + 1];
      long a2 = MULTIPLIERS[i + 2];
      long b2 = OFFSETS[i + 2];
      long a3 = MULTIPLIERS[i + 3];
      long b3 = OFFSETS[i + 3];
      int min0 = Integer.MAX_VALUE;
      int min1 = Integer.MAX_VALUE;
      int min2 = Integer.MAX_VALUE;
      int min3 = Integer.MAX_VALUE;
      for (int j = 0; j < n; j++) {
        long x = sample[j];
        min0 = Math.min(min0, (int) ((x * a0 + b0) >>> 33));
        min1 = Math.min(min1, (int) ((x * a1 + b1) >>> 33));
        min2 = Math.min(min2, (int) ((x * a2 + b2) >>> 33));
        min3 = Math.min(min3, (int) ((x * a3 + b3) >>> 33));
      }
      signature[i] = min0;
      signature[i + 1] = min1;
      signature[i + 2] = min2;
      signature[i + 3] = min3;
    }
    return signature;
  }

  /**
   * Whether an array holds at least {@code min} distinct values: stops as soon as it has seen that many, which in
   * prose is within the first few dozen. A small open-addressing set, since it never holds more than {@code min}.
   */
  private static boolean distinctAtLeast(int[] values, int min) {
    if (values.length < min) {
      return false;
    }
    int capacity = Integer.highestOneBit(min) * 4;
    int mask = capacity - 1;
    int[] table = new int[capacity]; // 0 marks an empty slot; the value 0 itself is tracked apart
    boolean zero = false;
    int distinct = 0;
    for (int v : values) {
      if (v == 0) {
        if (!zero) {
          zero = true;
          distinct++;
        }
      } else {
        int slot = (v * 0x9E3779B9) >>> 7 & mask;
        while (table[slot] != 0 && table[slot] != v) {
          slot = (slot + 1) & mask;
        }
        if (table[slot] == 0) {
          table[slot] = v;
          distinct++;
        }
      }
      if (distinct >= min) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void checkSite(List<Collected<Shingles>> pages) {
    if (pages.isEmpty()) {
      return;
    }
    double limit = pages.get(0).out().number("similarity");
    int n = pages.size();
    // Per band, pages are chained by their band's key in an open-addressing table of primitive arrays: this runs
    // on one thread after all pages are checked, where a map of boxed keys to lists cost a tenth of a second at
    // 10,000 pages.
    int capacity = Integer.highestOneBit(Math.max(16, n)) * 4;
    int mask = capacity - 1;
    long[] keys = new long[capacity];
    int[] heads = new int[capacity]; // the last page with this key, plus one; 0 marks an empty slot
    int[] next = new int[n]; // the page before it with the same key, plus one; 0 ends the chain
    boolean[] shared = new boolean[capacity];
    // Pairs in the order they are found, each once: the order findings come in.
    Set<Long> compared = new LinkedHashSet<>();
    for (int band = 0; band < BANDS; band++) {
      java.util.Arrays.fill(heads, 0);
      java.util.Arrays.fill(shared, false);
      for (int i = 0; i < n; i++) {
        long[] bandKeys = pages.get(i).value().bandKeys();
        next[i] = 0;
        if (bandKeys == null) {
          continue;
        }
        long key = bandKeys[band];
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (heads[slot] != 0 && keys[slot] != key) {
          slot = (slot + 1) & mask;
        }
        if (heads[slot] != 0) {
          shared[slot] = true;
        }
        keys[slot] = key;
        next[i] = heads[slot];
        heads[slot] = i + 1;
      }
      for (int slot = 0; slot < capacity; slot++) {
        if (!shared[slot]) {
          continue; // one page alone with its key: nothing to compare, as for all but a few keys
        }
        // The chain runs from the last page to the first; compared in page order, as the pages came.
        List<Integer> bucket = new ArrayList<>();
        for (int p = heads[slot]; p != 0; p = next[p - 1]) {
          bucket.add(p - 1);
        }
        java.util.Collections.reverse(bucket);
        for (int x = 0; x < bucket.size(); x++) {
          for (int y = x + 1; y < bucket.size(); y++) {
            int a = bucket.get(x);
            int b = bucket.get(y);
            compared.add(((long) a << 32) | b);
          }
        }
      }
    }
    if (compared.isEmpty()) {
      return;
    }
    // Each compared page's distinct shingles, sorted: pages read again for their hashes, in parallel.
    int[][] sorted = new int[n][];
    compared.stream().flatMapToInt(pair -> IntStream.of((int) (pair >>> 32), (int) (long) pair)).distinct()
        .parallel().forEach(i -> sorted[i] = distinctSorted(pages.get(i).value().hashes().get()));
    for (long pair : compared) {
      int a = (int) (pair >>> 32);
      int b = (int) pair;
      double similarity = jaccard(sorted[a], sorted[b]);
      if (similarity >= limit) {
        report(pages.get(a), pages.get(b), similarity, limit);
        report(pages.get(b), pages.get(a), similarity, limit);
      }
    }
  }

  /** The distinct values of an array, sorted, in a new array. */
  private static int[] distinctSorted(int[] values) {
    int[] copy = values.clone();
    Arrays.sort(copy);
    int n = 0;
    for (int j = 0; j < copy.length; j++) {
      if (n == 0 || copy[j] != copy[n - 1]) {
        copy[n++] = copy[j];
      }
    }
    return Arrays.copyOf(copy, n);
  }

  private static void report(Collected<Shingles> page, Collected<Shingles> other, double similarity, double limit) {
    page.out().report(page.value().bodyLine().getAsInt(), "Body text is " + Texts.fixed(Math.floor(similarity * 100), 0)
        + "% the same as " + other.out().source() + " (" + other.value().path() + ") (limit is "
        + Texts.fixed(limit * 100, 0) + "%)");
  }

  /** Exact Jaccard similarity of two sets of distinct hashes, each sorted. */
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

  private static long power(long base, int exponent) {
    long p = 1;
    for (int i = 0; i < exponent; i++) {
      p *= base;
    }
    return p;
  }

  /** A 64-bit finaliser (from SplitMix64) that spreads every input bit over the whole word. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

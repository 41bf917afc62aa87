package dev.shareworthy.check;

import java.util.Arrays;

/**
 * The words of a page's body prose as hashes of their lower-case form, in order, with where each one stands in
 * the prose: rules that count or compare words (duplicates, keyword stuffing) work on
 * numbers, and build a word's text only to report it.
 */
public final class ProseWords {

  /** The text, or null until a word's text is asked for: most pages are judged by the hashes alone. */
  private String text;
  private final java.util.function.Supplier<String> textLater;
  private final long[] hashes;
  private final int[] starts;
  private final int[] ends;

  private ProseWords(java.util.function.Supplier<String> textLater, long[] hashes, int[] starts, int[] ends) {
    this.textLater = textLater;
    this.hashes = hashes;
    this.starts = starts;
    this.ends = ends;
  }

  /**
   * Words already found in a text (see {@link PageContext#proseWords}), as {@link #of(String)} finds them; the
   * text itself is made only when a word's text is asked for.
   */
  static ProseWords of(java.util.function.Supplier<String> text, long[] hashes, int[] starts, int[] ends) {
    return new ProseWords(text, hashes, starts, ends);
  }

  /** Indexes a text; words are hashed and given in lower case, whatever case the text is in. */
  public static ProseWords of(String text) {
    char[] t = text.toCharArray();
    int n = t.length;
    long[] hashes = new long[Math.max(16, n / 5)];
    int[] starts = new int[hashes.length];
    int[] ends = new int[hashes.length];
    int count = 0;
    int i = 0;
    while (i < n) {
      while (i < n && (CharClass.of(t[i]) & CharClass.WORD) == 0) {
        i++;
      }
      int start = i;
      // The word's hash as Words.hash gives it, taken while the word is found.
      long h = 0xcbf29ce484222325L;
      while (i < n) {
        char c = t[i];
        int k = CharClass.of(c);
        if ((k & CharClass.WORD) != 0) {
          h = (h ^ Words.folded(c, k)) * 0x100000001b3L;
          i++;
        } else if ((k & CharClass.JOIN) != 0 && i + 1 < n && (CharClass.of(t[i + 1]) & CharClass.WORD) != 0) {
          h = (h ^ Words.folded(c, k)) * 0x100000001b3L;
          char d = t[i + 1];
          h = (h ^ Words.folded(d, CharClass.of(d))) * 0x100000001b3L;
          i += 2;
        } else {
          break;
        }
      }
      if (i > start) {
        if (count == hashes.length) {
          hashes = Arrays.copyOf(hashes, count * 2);
          starts = Arrays.copyOf(starts, count * 2);
          ends = Arrays.copyOf(ends, count * 2);
        }
        hashes[count] = h;
        starts[count] = start;
        ends[count] = i;
        count++;
      }
    }
    return new ProseWords(() -> text, Arrays.copyOf(hashes, count), Arrays.copyOf(starts, count),
        Arrays.copyOf(ends, count));
  }

  /** Each distinct word's hash with its count, in an open-addressing table built on first use. */
  private long[] keys;
  private int[] counts;

  private void count() {
    if (keys != null) {
      return;
    }
    // A table rather than a sorted copy: one pass, where sorting cost more than all the lookups it served.
    // At most three quarters full if every word differs; in prose about half of them repeat.
    int capacity = Integer.highestOneBit(Math.max(16, hashes.length * 3 / 2)) * 2;
    long[] k = new long[capacity];
    int[] c = new int[capacity];
    int mask = capacity - 1;
    for (long h : hashes) {
      int slot = slot(h, mask);
      while (c[slot] != 0 && k[slot] != h) {
        slot = (slot + 1) & mask;
      }
      k[slot] = h;
      c[slot]++;
    }
    keys = k;
    counts = c;
  }

  private static int slot(long hash, int mask) {
    return (int) (hash ^ (hash >>> 29) ^ (hash >>> 47)) & mask;
  }

  /** Whether the prose has a word with this hash (see {@link Words#hash(String)}). */
  public boolean contains(long hash) {
    count();
    int mask = keys.length - 1;
    for (int slot = slot(hash, mask); counts[slot] != 0; slot = (slot + 1) & mask) {
      if (keys[slot] == hash) {
        return true;
      }
    }
    return false;
  }

  /** Receives each distinct word's hash with how many times it occurs. */
  @FunctionalInterface
  public interface Count {
    void accept(long hash, int times);
  }

  /** Calls {@code action} once per distinct word, in no particular order. */
  public void counts(Count action) {
    count();
    for (int i = 0; i < keys.length; i++) {
      if (counts[i] != 0) {
        action.accept(keys[i], counts[i]);
      }
    }
  }

  private String text() {
    if (text == null) {
      text = textLater.get();
    }
    return text;
  }

  /** How many words. */
  public int size() {
    return hashes.length;
  }

  /** The hash of word {@code i}, as {@link Words#hash(String)} gives it for the word in lower case. */
  public long hash(int i) {
    return hashes[i];
  }

  /** Word {@code i} in lower case, with a typographic apostrophe as a plain one. */
  public String word(int i) {
    return text().substring(starts[i], ends[i]).toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
  }

  /** Letters in word {@code i}. */
  public int letters(int i) {
    int letters = 0;
    String t = text();
    for (int k = starts[i]; k < ends[i]; k++) {
      if (Character.isLetter(t.charAt(k))) {
        letters++;
      }
    }
    return letters;
  }
}

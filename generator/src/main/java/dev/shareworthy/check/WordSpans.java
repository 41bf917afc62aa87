package dev.shareworthy.check;

import java.util.Arrays;

/**
 * The words of one block's text, found while {@link PageText} collapses it: where each starts and ends, its hash
 * ({@link Words#hash}), its vowel groups (which {@link Words#syllables} turns into syllables, left to the sentence
 * pass: a call per word cost the collapsing loop more than the call's own work), and whether an apostrophe or
 * hyphen joins it to the word before ("re-run" is two of these, one word as {@link Words#count} counts). The sentence and word
 * passes read these instead of going over the characters again. Also where each character that may end a
 * sentence ({@code . ! ? …}) stands, so the sentence pass looks only there.
 */
final class WordSpans {

  int size;
  int[] starts;
  int[] ends;
  long[] hashes;
  /** Per word: its vowel groups times two, plus one when it is joined to the word before. */
  int[] marks;
  int[] stops = new int[8];
  int stopCount;

  WordSpans(int capacity) {
    starts = new int[capacity];
    ends = new int[capacity];
    hashes = new long[capacity];
    marks = new int[capacity];
  }

  static int mark(int vowelGroups, boolean joined) {
    return vowelGroups << 1 | (joined ? 1 : 0);
  }

  int vowelGroups(int i) {
    return marks[i] >>> 1;
  }

  boolean joined(int i) {
    return (marks[i] & 1) != 0;
  }

  WordSpans copy() {
    WordSpans c = new WordSpans(0);
    c.size = size;
    c.starts = starts.clone();
    c.ends = ends.clone();
    c.hashes = hashes.clone();
    c.marks = marks.clone();
    c.stops = stops.clone();
    c.stopCount = stopCount;
    return c;
  }

  /**
   * Makes room for {@code more} words: at least doubled when it grows, so a block read in many pieces still
   * copies its words only a few times.
   */
  void reserve(int more) {
    if (size + more <= starts.length) {
      return;
    }
    int n = Math.max(Math.max(16, size + more), starts.length * 2);
    starts = Arrays.copyOf(starts, n);
    ends = Arrays.copyOf(ends, n);
    hashes = Arrays.copyOf(hashes, n);
    marks = Arrays.copyOf(marks, n);
  }

  void add(int start, int end, long hash, int vowelGroups, boolean joinedToPrevious) {
    if (size == starts.length) {
      reserve(1); // a call only when full: add runs once per word, where the quick compiler would not inline it
    }
    starts[size] = start;
    ends[size] = end;
    hashes[size] = hash;
    marks[size] = mark(vowelGroups, joinedToPrevious);
    size++;
  }

  void addStop(int at) {
    if (stopCount == stops.length) {
      stops = Arrays.copyOf(stops, stopCount * 2);
    }
    stops[stopCount++] = at;
  }

  /** Moves every word {@code by} characters to the left: for a text whose leading whitespace was stripped. */
  void shift(int by) {
    for (int i = 0; i < size; i++) {
      starts[i] -= by;
      ends[i] -= by;
    }
    for (int i = 0; i < stopCount; i++) {
      stops[i] -= by;
    }
  }
}

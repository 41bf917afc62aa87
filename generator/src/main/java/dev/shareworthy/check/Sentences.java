package dev.shareworthy.check;

import java.util.Arrays;
import java.util.List;

/**
 * The sentences of a page's body text, headings left out (they are titles, not sentences), with the words and
 * syllables of each: found in one pass over each block's characters, and a sentence's text is only cut out when
 * a rule quotes it.
 */
public final class Sentences {

  private final List<TextBlock> blocks;
  /** Per sentence: its block's index, start, end, words and syllables. */
  private int[] data = new int[5 * 64];
  private int size;

  /** The sentences of blocks whose words {@link PageText} found already ({@code words}: per block). */
  Sentences(List<TextBlock> blocks, List<WordSpans> words) {
    this.blocks = blocks;
    for (int b = 0; b < blocks.size(); b++) {
      TextBlock block = blocks.get(b);
      if (block.heading()) {
        continue;
      }
      WordSpans w = words.get(b);
      char[] t = block.textChars();
      int index = b;
      int[] next = {0};
      Words.sentences(t, block.textLength(), w.stops, w.stopCount, (start, end) -> {
        // The sentence's words and syllables, as Words.wordsAndSyllables counts them over its characters.
        int i = next[0];
        while (i < w.size && w.starts[i] < start) {
          i++;
        }
        int count = 0;
        int syllables = 0;
        for (boolean first = true; i < w.size && w.ends[i] <= end; i++, first = false) {
          if (first || !w.joined(i)) {
            count++;
          }
          syllables += Words.syllables(t, w.starts[i], w.ends[i], w.vowelGroups(i));
        }
        next[0] = i;
        add(index, start, end, count, syllables);
      });
    }
  }

  private void add(int block, int start, int end, int words, int syllables) {
    if (5 * size + 5 > data.length) {
      data = Arrays.copyOf(data, data.length * 2);
    }
    int at = 5 * size++;
    data[at] = block;
    data[at + 1] = start;
    data[at + 2] = end;
    data[at + 3] = words;
    data[at + 4] = syllables;
  }

  /** How many sentences. */
  public int size() {
    return size;
  }

  /** Words in sentence {@code i}, counted as {@link Words#count(String)} counts them. */
  public int words(int i) {
    return data[5 * i + 3];
  }

  /** Syllables in sentence {@code i}, as {@link Words#syllablesIn(String)} counts them. */
  public int syllables(int i) {
    return data[5 * i + 4];
  }

  /** The text of sentence {@code i}. */
  public String text(int i) {
    return blocks.get(data[5 * i]).text().substring(data[5 * i + 1], data[5 * i + 2]);
  }
}

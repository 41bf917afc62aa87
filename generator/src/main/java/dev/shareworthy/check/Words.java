package dev.shareworthy.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits prose into words and sentences and counts syllables; plain loops, since every page goes through here. */
public final class Words {

  private Words() {}

  /** The words of a text: runs of letters and digits, with inner apostrophes and hyphens kept. */
  public static List<String> split(String text) {
    List<String> words = new ArrayList<>();
    // Loops over a char array: String.charAt on non-Latin-1 text is slow in C1-compiled code.
    char[] t = text.toCharArray();
    int n = t.length;
    int i = 0;
    while (i < n) {
      while (i < n && !wordChar(t[i])) {
        i++;
      }
      int start = i;
      i = wordEnd(t, i);
      if (i > start) {
        words.add(text.substring(start, i));
      }
    }
    return words;
  }

  /** An apostrophe or hyphen, which joins letters into one word ("don't", "re-run"). */
  static boolean joins(char c) {
    return (CharClass.of(c) & CharClass.JOIN) != 0;
  }

  /** A letter or digit. */
  static boolean wordChar(char c) {
    return (CharClass.of(c) & CharClass.WORD) != 0;
  }

  /** How many words {@link #split} would return, without building them. */
  public static int count(String text) {
    char[] t = text.toCharArray();
    return count(t, 0, t.length);
  }

  /** Words between two offsets of a text, counted as {@link #count(String)} counts them. */
  static int count(char[] t, int from, int to) {
    int count = 0;
    boolean in = false;
    for (int i = from; i < to; i++) {
      char c = t[i];
      boolean letter = wordChar(c);
      if (letter && !in) {
        count++;
      }
      in = letter || (in && joins(c));
    }
    return count;
  }

  /**
   * The sentences of one block of text: ends at {@code . ! ?} (and their runs) followed by a space or the end.
   * Dots inside numbers, versions and abbreviations such as "e.g." do not end a sentence.
   */
  public static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    sentences(text.toCharArray(), text.length(), (start, end) -> out.add(text.substring(start, end)));
    return out;
  }

  /** Receives where each sentence starts and ends in its text. */
  @FunctionalInterface
  interface Span {
    void accept(int start, int end);
  }

  /**
   * Finds the sentences of a text, its {@code n} characters the first of {@code t}, stripped, as
   * {@link #sentences} does.
   */
  static void sentences(char[] t, int n, Span out) {
    int[] stops = new int[16];
    int count = 0;
    for (int i = 0; i < n; i++) {
      if ((CharClass.of(t[i]) & CharClass.STOP) != 0) {
        if (count == stops.length) {
          stops = java.util.Arrays.copyOf(stops, count * 2);
        }
        stops[count++] = i;
      }
    }
    sentences(t, n, stops, count, out);
  }

  /**
   * As {@link #sentences(char[], int, Span)}, given where the characters that may end a sentence stand
   * ({@code . ! ? …}, in order): only those are looked at.
   */
  static void sentences(char[] t, int n, int[] stops, int count, Span out) {
    int start = 0;
    int skipTo = -1;
    for (int k = 0; k < count; k++) {
      int i = stops[k];
      if (i <= skipTo) {
        continue; // inside a run already read, such as "?!"
      }
      char c = t[i];
      int end = i;
      while (end + 1 < n && ".!?…\"'”’)".indexOf(t[end + 1]) >= 0) {
        end++;
      }
      skipTo = end;
      boolean atBreak = end + 1 >= n || Character.isWhitespace(t[end + 1]);
      if (!atBreak || (c == '.' && abbreviation(t, i))) {
        continue;
      }
      sentence(t, start, end + 1, out);
      start = end + 1;
    }
    sentence(t, start, n, out);
  }


  /** Passes on a stretch that holds a word, without the whitespace around it. */
  private static void sentence(char[] t, int start, int end, Span out) {
    int i = start;
    while (i < end && !wordChar(t[i])) {
      i++;
    }
    if (i == end) {
      return; // a sentence needs one word
    }
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(t[s])) {
      s++;
    }
    while (e > s && Character.isWhitespace(t[e - 1])) {
      e--;
    }
    out.accept(s, e);
  }

  private static final String[] ABBREVIATIONS = {"e.g", "i.e", "vs", "cf", "mr", "mrs", "ms", "dr", "st", "approx"};

  /** "e.g.", "i.e.", "vs.", "Dr.", single initials: a dot that ends no sentence. Allocates nothing. */
  private static boolean abbreviation(char[] t, int dot) {
    int s = dot;
    while (s > 0 && dot - s <= 6 && (Character.isLetter(t[s - 1]) || t[s - 1] == '.')) {
      s--;
    }
    int length = dot - s;
    if (length == 0 || length > 6 || (s > 0 && Character.isLetter(t[s - 1]))) {
      return false;
    }
    // A single capital letter ("J. Smith") is an initial.
    if (length == 1) {
      return Character.isUpperCase(t[s]);
    }
    for (String a : ABBREVIATIONS) {
      if (a.length() == length && sameIgnoringCase(t, s, a)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code a} stands at {@code from} in {@code t}, compared as {@link String#regionMatches} ignoring case. */
  private static boolean sameIgnoringCase(char[] t, int from, String a) {
    for (int j = 0; j < a.length(); j++) {
      char c1 = t[from + j];
      char c2 = a.charAt(j);
      if (c1 == c2) {
        continue;
      }
      char u1 = Character.toUpperCase(c1);
      char u2 = Character.toUpperCase(c2);
      if (u1 != u2 && Character.toLowerCase(u1) != Character.toLowerCase(u2)) {
        return false;
      }
    }
    return true;
  }

  /** English syllables by the usual vowel-group heuristic: good to a syllable or so, which Flesch tolerates. */
  /** Where the word starting at {@code from} ends: letters and digits, with inner apostrophes and hyphens. */
  private static int wordEnd(char[] t, int from) {
    int n = t.length;
    int i = from;
    while (i < n) {
      char c = t[i];
      if (wordChar(c)) {
        i++;
      } else if (joins(c) && i + 1 < n && wordChar(t[i + 1])) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  public static int syllables(String word) {
    return syllables(word.toCharArray(), 0, word.length());
  }

  /** Syllables of all the words of a text, without building them: the readability rule's inner loop. */
  public static int syllablesIn(String text) {
    char[] t = text.toCharArray();
    return (int) wordsAndSyllables(t, 0, t.length);
  }

  /**
   * Words (as {@link #count(char[], int, int)} counts them) and syllables (each word's, as {@link #syllables}
   * counts them) between two offsets, in one pass: the readability rules' inner loop, run over every sentence.
   *
   * @return the words in the high 32 bits, the syllables in the low 32
   */
  static long wordsAndSyllables(char[] t, int from, int to) {
    int words = 0;
    int syllables = 0;
    boolean in = false; // count's state: inside a word, where an apostrophe or hyphen does not end one
    int i = from;
    while (i < to) {
      int k = CharClass.of(t[i]);
      if ((k & CharClass.WORD) == 0) {
        in = in && (k & CharClass.JOIN) != 0;
        i++;
        continue;
      }
      if (!in) {
        words++;
      }
      in = true; // a token holds letters and inner apostrophes or hyphens: count finds no new word inside it
      int start = i;
      int groups = 0;
      boolean previousVowel = false;
      while (i < to) {
        int d = CharClass.of(t[i]);
        if ((d & CharClass.WORD) != 0) {
          boolean v = (d & CharClass.VOWEL) != 0;
          if (v && !previousVowel) {
            groups++;
          }
          previousVowel = v;
          i++;
        } else if ((d & CharClass.JOIN) != 0 && i + 1 < to && (CharClass.of(t[i + 1]) & CharClass.WORD) != 0) {
          previousVowel = false;
          i++;
        } else {
          break;
        }
      }
      syllables += syllables(t, start, i, groups);
    }
    return ((long) words << 32) | syllables;
  }

  // These two are kept under the quick compiler's inlining limit (35 bytes of bytecode): they run a few times per
  // word of every page, and a call each cost more than what they do.

  /** Whether a lower-case character is a, e, i, o, u or y. */
  private static boolean vowel(char c) {
    return (CharClass.of(c) & CharClass.VOWEL) != 0;
  }

  private static char lower(char[] s, int i) {
    char c = s[i];
    return c < 128 ? (char) (c | (CharClass.of(c) & CharClass.UPPER) << 2) : Character.toLowerCase(c);
  }

  private static int syllables(char[] s, int from, int to) {
    if (to == from) {
      return 0;
    }
    int count = 0;
    boolean prevVowel = false;
    for (int i = from; i < to; i++) {
      boolean v = vowel(lower(s, i));
      if (v && !prevVowel) {
        count++;
      }
      prevVowel = v;
    }
    return syllables(s, from, to, count);
  }

  /** A word's syllables from its vowel groups, counted by the caller: the first letter and the ending decide. */
  static int syllables(char[] s, int from, int to, int vowelGroups) {
    int n = to - from;
    char first = s[from];
    boolean letter = first < 128 ? (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z')
        : Character.isLetter(first);
    if (!letter) {
      return 1; // numbers and symbols read as about one syllable each
    }
    if (n <= 3) {
      return 1;
    }
    int count = vowelGroups;
    // The last four letters in lower case, read once: the suffix tests below compare them.
    char l1 = lower(s, to - 1);
    char l2 = lower(s, to - 2);
    char last3 = lower(s, to - 3);
    char l4 = lower(s, to - 4);
    boolean le = l2 == 'l' && l1 == 'e';
    // Silent final e ("make"), but not "-le" after a consonant ("table").
    if (l1 == 'e' && !le && l2 != 'e' && count > 1) {
      count--;
    } else if (le && vowel(last3) && count > 1) {
      count--;
    }
    // "-ed" is silent except after t or d ("wanted", "needed").
    if (l2 == 'e' && l1 == 'd' && last3 != 't' && last3 != 'd' && count > 1 && !vowel(last3)) {
      count--;
    }
    // "-es" is silent unless after s, x, z, ch, sh, ge, ce.
    if (l2 == 'e' && l1 == 's' && count > 1) {
      boolean voiced = last3 == 's' || last3 == 'x' || last3 == 'z' || last3 == 'h' && (l4 == 'c' || l4 == 's')
          || last3 == 'g' || last3 == 'c';
      if (!voiced && !vowel(last3)) {
        count--;
      }
    }
    return Math.max(1, count);
  }

  /**
   * A 64-bit hash of a word's lower-case form (FNV-1a), a typographic apostrophe read as a plain one: the same
   * for a word wherever it is hashed.
   */
  public static long hash(char[] s, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      char c = s[i];
      h = (h ^ folded(c, CharClass.of(c))) * 0x100000001b3L;
    }
    return h;
  }

  /**
   * A character as {@link #hash} hashes it: in lower case, a typographic apostrophe as a plain one.
   *
   * @param k the character's {@link CharClass} bits, which the caller usually has already
   */
  static char folded(char c, int k) {
    if (c < 128) {
      return (k & CharClass.UPPER) != 0 ? (char) (c + 32) : c;
    }
    char l = Character.toLowerCase(c);
    return l == '’' ? '\'' : l;
  }

  public static long hash(String word) {
    return hash(word.toCharArray(), 0, word.length());
  }

  /** Whether a word has at least two letters and all of them are capitals ("NASA", "FREE"). */
  public static boolean allCaps(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /** Letters in a word. */
  public static int letters(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetter(word.charAt(i))) {
        letters++;
      }
    }
    return letters;
  }
}

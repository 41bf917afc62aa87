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
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          i++;
        } else if ((c == '\'' || c == '’' || c == '-') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
          i += 2;
        } else {
          break;
        }
      }
      if (i > start) {
        words.add(text.substring(start, i));
      }
    }
    return words;
  }

  /** How many words {@link #split} would return, without building them. */
  public static int count(String text) {
    int count = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean letter = c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          : Character.isLetterOrDigit(c);
      if (letter && !in) {
        count++;
      }
      in = letter || (in && (c == '\'' || c == '’' || c == '-'));
    }
    return count;
  }

  /**
   * The sentences of one block of text: ends at {@code . ! ?} (and their runs) followed by a space or the end.
   * Dots inside numbers, versions and abbreviations such as "e.g." do not end a sentence.
   */
  public static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?' && c != '…') {
        continue;
      }
      int end = i;
      while (end + 1 < n && ".!?…\"'”’)".indexOf(text.charAt(end + 1)) >= 0) {
        end++;
      }
      boolean atBreak = end + 1 >= n || Character.isWhitespace(text.charAt(end + 1));
      if (!atBreak || (c == '.' && abbreviation(text, i))) {
        i = end;
        continue;
      }
      addSentence(out, text.substring(start, end + 1));
      start = end + 1;
      i = end;
    }
    addSentence(out, text.substring(start));
    return out;
  }

  private static void addSentence(List<String> out, String s) {
    if (count(s) > 0) {
      out.add(s.strip());
    }
  }

  /** "e.g.", "i.e.", "etc." mid-sentence, "Dr.", single initials: a dot that ends no sentence. */
  private static boolean abbreviation(String text, int dot) {
    int s = dot;
    while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
      s--;
    }
    String word = text.substring(s, dot).toLowerCase(Locale.ROOT);
    if (word.equals("e.g") || word.equals("i.e") || word.equals("vs") || word.equals("cf") || word.equals("mr")
        || word.equals("mrs") || word.equals("ms") || word.equals("dr") || word.equals("st") || word.equals("approx")) {
      return true;
    }
    // A single capital letter ("J. Smith") is an initial.
    return word.length() == 1 && Character.isUpperCase(text.charAt(s));
  }

  /** English syllables by the usual vowel-group heuristic: good to a syllable or so, which Flesch tolerates. */
  public static int syllables(String word) {
    return syllables(word, 0, word.length());
  }

  /** Syllables of all the words of a text, without building them: the readability rule's inner loop. */
  public static int syllablesIn(String text) {
    int total = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          i++;
        } else if ((c == '\'' || c == '’' || c == '-') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
          i += 2;
        } else {
          break;
        }
      }
      if (i > start) {
        total += syllables(text, start, i);
      }
    }
    return total;
  }

  private static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  private static char lower(CharSequence s, int i) {
    char c = s.charAt(i);
    return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
  }

  private static boolean endsWith(CharSequence s, int from, int to, String suffix) {
    int k = suffix.length();
    if (to - from < k) {
      return false;
    }
    for (int j = 0; j < k; j++) {
      if (lower(s, to - k + j) != suffix.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private static int syllables(CharSequence s, int from, int to) {
    int n = to - from;
    if (n == 0) {
      return 0;
    }
    if (!Character.isLetter(s.charAt(from))) {
      return 1; // numbers and symbols read as about one syllable each
    }
    if (n <= 3) {
      return 1;
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
    char last3 = lower(s, to - 3);
    // Silent final e ("make"), but not "-le" after a consonant ("table").
    if (endsWith(s, from, to, "e") && !endsWith(s, from, to, "le") && !endsWith(s, from, to, "ee") && count > 1) {
      count--;
    } else if (endsWith(s, from, to, "le") && vowel(last3) && count > 1) {
      count--;
    }
    // "-ed" is silent except after t or d ("wanted", "needed").
    if (endsWith(s, from, to, "ed") && n > 3 && last3 != 't' && last3 != 'd' && count > 1 && !vowel(last3)) {
      count--;
    }
    // "-es" is silent unless after s, x, z, ch, sh, ge, ce.
    if (endsWith(s, from, to, "es") && n > 3 && count > 1) {
      boolean voiced = last3 == 's' || last3 == 'x' || last3 == 'z' || endsWith(s, from, to, "ches")
          || endsWith(s, from, to, "shes") || endsWith(s, from, to, "ges") || endsWith(s, from, to, "ces");
      if (!voiced && !vowel(last3)) {
        count--;
      }
    }
    return Math.max(1, count);
  }

  /** A 64-bit hash of a word's lower-case form (FNV-1a), the same for a word wherever it is hashed. */
  public static long hash(CharSequence s, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      h = (h ^ lower(s, i)) * 0x100000001b3L;
    }
    return h;
  }

  public static long hash(String word) {
    return hash(word, 0, word.length());
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

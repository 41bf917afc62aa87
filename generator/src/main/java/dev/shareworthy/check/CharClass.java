package dev.shareworthy.check;

/**
 * What the text passes need to know of a character, as bits: one table lookup for ASCII instead of a chain of
 * comparisons. The checks run with the quick compiler only (see the command line's tuned JVM), which compiles
 * such chains poorly: the body-text loop took 10 ns a character with them and under 4 with the table.
 */
final class CharClass {

  /** Whitespace that separates words: {@link PageText} collapses runs of it. */
  static final int BLANK = 1;
  /** A letter or digit. */
  static final int WORD = 2;
  /** An apostrophe or hyphen, which joins two words into one ("don't", "re-run"). */
  static final int JOIN = 4;
  static final int UPPER = 8;
  /** An exclamation mark. */
  static final int BANG = 16;
  /** a, e, i, o, u or y in either case, as the syllable count sees vowels. */
  static final int VOWEL = 32;
  /** A character that may end a sentence: {@code . ! ? …}. */
  static final int STOP = 64;

  /** The class bits of each ASCII character. */
  static final byte[] ASCII = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII[c] = (byte) classify(c);
    }
  }

  private CharClass() {}

  /** The class bits of a character. */
  static int of(char c) {
    return c < 128 ? ASCII[c] : classify(c);
  }

  private static int classify(char c) {
    int k = 0;
    boolean ascii = c < 128;
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00a0' || c == '\f'
        || (!ascii && Character.isWhitespace(c))) {
      k |= BLANK;
    }
    if (ascii ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        : Character.isLetterOrDigit(c)) {
      k |= WORD;
    }
    if (c == '\'' || c == '’' || c == '-') {
      k |= JOIN;
    }
    if (ascii ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c)) {
      k |= UPPER;
    }
    if (c == '!' || c == '‼') {
      k |= BANG;
    }
    char lower = ascii ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
    if (lower == 'a' || lower == 'e' || lower == 'i' || lower == 'o' || lower == 'u' || lower == 'y') {
      k |= VOWEL;
    }
    if (c == '.' || c == '!' || c == '?' || c == '…') {
      k |= STOP;
    }
    return k;
  }
}

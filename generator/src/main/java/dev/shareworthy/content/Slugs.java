package dev.shareworthy.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns titles and tag names into URL slugs: lower case, accents dropped, words joined by hyphens. */
public final class Slugs {

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

  private Slugs() {}

  /**
   * {@code "Ça marche: Word of Mouth!"} becomes {@code "ca-marche-word-of-mouth"}. Letters of every script
   * are kept; only accents on Latin letters are dropped (a Devanagari vowel sign is part of the word).
   */
  public static String slugify(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder kept = new StringBuilder(decomposed.length());
    boolean afterLatin = false;
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK;
      if (mark && afterLatin) {
        continue;
      }
      if (!mark) {
        afterLatin = Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
      }
      kept.appendCodePoint(cp);
    }
    String lower = Normalizer.normalize(kept, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    String slug = NOT_WORD.matcher(lower).replaceAll("-");
    int start = 0;
    int end = slug.length();
    while (start < end && slug.charAt(start) == '-') {
      start++;
    }
    while (end > start && slug.charAt(end - 1) == '-') {
      end--;
    }
    return slug.substring(start, end);
  }
}

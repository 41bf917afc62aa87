package dev.shareworthy.share;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Share text that fits a network's limit, cut at a word boundary with an ellipsis. Counting follows each
 * network: X weighs characters (most Latin, Greek and Cyrillic count 1, CJK and emoji 2) and counts any link
 * as 23; Bluesky counts graphemes (what a reader sees as one character, such as a family emoji).
 */
public final class ShareText {

  /** How a network counts the length of a text. */
  public enum Measure {
    /** Unicode code points, as Mastodon, Reddit and Pinterest count. */
    CODE_POINTS,
    /** Grapheme clusters, as Bluesky counts. */
    GRAPHEMES,
    /** X's weighted count: 1 for most Latin, Greek and Cyrillic characters, 2 for others and for each emoji. */
    X_WEIGHTED
  }

  /** The length X gives any link, however long. */
  public static final int X_LINK_LENGTH = 23;

  private static final String ELLIPSIS = "…";

  private ShareText() {}

  /** The length of {@code text} as the network counts it. */
  public static int length(String text, Measure measure) {
    return switch (measure) {
      case CODE_POINTS -> text.codePointCount(0, text.length());
      case GRAPHEMES -> graphemes(text).size();
      case X_WEIGHTED -> graphemes(text).stream().mapToInt(ShareText::xWeight).sum();
    };
  }

  /**
   * {@code text} unchanged when it fits {@code limit}, else its longest start that fits with an ellipsis,
   * cut at a word boundary (or between graphemes when one word is longer than half the limit), trailing
   * spaces and punctuation dropped. An emoji or accented letter is never split.
   */
  public static String fit(String text, int limit, Measure measure) {
    String t = text.strip();
    if (length(t, measure) <= limit) {
      return t;
    }
    int room = limit - length(ELLIPSIS, measure);
    if (room <= 0) {
      return "";
    }
    List<String> clusters = graphemes(t);
    int used = 0;
    int end = 0; // chars of t that fit
    for (String g : clusters) {
      int w = measure == Measure.CODE_POINTS ? g.codePointCount(0, g.length()) : measure == Measure.GRAPHEMES ? 1 : xWeight(g);
      if (used + w > room) {
        break;
      }
      used += w;
      end += g.length();
    }
    int cut = wordBoundaryBefore(t, end);
    if (cut < end / 2) {
      cut = end; // one very long word: cut inside it rather than lose most of the text
    }
    String head = t.substring(0, cut).replaceAll("[\\s\\p{Punct}–—]+$", "");
    return head.isEmpty() ? "" : head + ELLIPSIS;
  }

  /** The last position at or before {@code end} where a word starts or ends (after a space, or between CJK words). */
  private static int wordBoundaryBefore(String text, int end) {
    if (end >= text.length()) {
      return text.length();
    }
    if (Character.isWhitespace(text.charAt(end))) {
      return end;
    }
    BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
    words.setText(text);
    int b = words.preceding(end + 1);
    return b == BreakIterator.DONE ? 0 : Math.min(b, end);
  }

  static List<String> graphemes(String text) {
    List<String> out = new ArrayList<>();
    BreakIterator it = BreakIterator.getCharacterInstance(Locale.ROOT);
    it.setText(text);
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      out.add(text.substring(start, end));
    }
    return mergeEmojiSequences(out);
  }

  /**
   * The JDK's character iterator (before Java 20) splits emoji joined by a zero-width joiner and flags made
   * of two regional indicators; join them back, as a reader sees one symbol.
   */
  private static List<String> mergeEmojiSequences(List<String> clusters) {
    List<String> out = new ArrayList<>(clusters.size());
    for (String g : clusters) {
      if (!out.isEmpty()) {
        String last = out.get(out.size() - 1);
        int first = g.codePointAt(0);
        boolean joined = last.endsWith("\u200D") || first == 0x200D || first == 0xFE0F
            || (first >= 0x1F3FB && first <= 0x1F3FF)
            || (isRegionalIndicator(first) && isRegionalIndicator(last.codePointAt(0))
                && last.codePointCount(0, last.length()) == 1);
        if (joined) {
          out.set(out.size() - 1, last + g);
          continue;
        }
      }
      out.add(g);
    }
    return out;
  }

  private static boolean isRegionalIndicator(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }

  /** X's weight of one grapheme: an emoji counts 2 whatever its length, other characters 1 or 2 each. */
  private static int xWeight(String grapheme) {
    int first = grapheme.codePointAt(0);
    if (isEmoji(first) || grapheme.indexOf('\uFE0F') >= 0) {
      return 2;
    }
    return grapheme.codePoints().map(cp -> lightForX(cp) ? 1 : 2).sum();
  }

  private static boolean lightForX(int cp) {
    return cp <= 4351 || (cp >= 8192 && cp <= 8205) || (cp >= 8208 && cp <= 8223) || (cp >= 8242 && cp <= 8247);
  }

  private static boolean isEmoji(int cp) {
    return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF);
  }
}

package dev.shareworthy.share;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.text.AttributedString;
import java.awt.font.TextAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Picks, for each character of a card's text, a font that has a glyph for it, so Latin, Greek, Cyrillic,
 * Arabic, Hebrew, Indic, Thai, CJK text and emoji are drawn rather than shown as empty boxes. Preferred
 * families come first; any installed font is the last resort. A character no font has is left out.
 * One instance per build: the choices are remembered for that build only.
 */
final class CardFonts {

  /** Families tried first, in order: the Noto and DejaVu families cover most scripts, Symbola draws emoji. */
  private static final List<String> PREFERRED = List.of("Noto Sans", "DejaVu Sans", "Liberation Sans",
      "Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans Devanagari", "Noto Sans Bengali", "Noto Sans Tamil",
      "Noto Sans Thai", "Noto Sans Armenian", "Noto Sans Georgian", "Noto Sans Ethiopic", "Noto Sans CJK SC",
      "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Droid Sans Fallback", "WenQuanYi Zen Hei", "Noto Sans Symbols", "Noto Sans Symbols2",
      "Symbola", "Noto Emoji", "DejaVu Sans Mono");

  private final List<Font> preferred = new ArrayList<>();
  private final Map<Integer, Font> byCodePoint = new ConcurrentHashMap<>();
  private volatile List<Font> everything;

  CardFonts() {
    List<String> installed = List.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
    for (String family : PREFERRED) {
      if (installed.contains(family)) {
        preferred.add(new Font(family, Font.PLAIN, 1));
      }
    }
    if (preferred.isEmpty()) {
      preferred.add(new Font(Font.SANS_SERIF, Font.PLAIN, 1));
    }
  }

  /**
   * {@code text} as an attributed string in {@code size} and {@code style}, each run in a font that can draw
   * it, with characters no font can draw removed (returned in {@link Styled#text()}).
   */
  Styled style(String text, int style, float size) {
    StringBuilder kept = new StringBuilder(text.length());
    List<Font> fonts = new ArrayList<>();
    List<int[]> runs = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      Font font = fontFor(cp, fonts.isEmpty() ? null : fonts.get(fonts.size() - 1));
      // A dropped symbol leaves no double space behind.
      boolean doubleSpace = Character.isWhitespace(cp) && kept.length() > 0
          && Character.isWhitespace(kept.charAt(kept.length() - 1));
      if (font != null && !doubleSpace) {
        int start = kept.length();
        kept.appendCodePoint(cp);
        if (!fonts.isEmpty() && fonts.get(fonts.size() - 1).equals(font)) {
          runs.get(runs.size() - 1)[1] = kept.length();
        } else {
          fonts.add(font);
          runs.add(new int[] {start, kept.length()});
        }
      }
      i += len;
    }
    String result = kept.toString();
    AttributedString styled = new AttributedString(result);
    for (int r = 0; r < runs.size(); r++) {
      Font f = fonts.get(r).deriveFont(style, size);
      styled.addAttribute(TextAttribute.FONT, f, runs.get(r)[0], runs.get(r)[1]);
    }
    return new Styled(result, styled);
  }

  /** The text that remains, and the same text with fonts attached. */
  record Styled(String text, AttributedString attributed) {}

  /**
   * The font for one character; a joiner, variation selector or combining mark stays in the font of the
   * character before it. Null when nothing can draw it.
   */
  private Font fontFor(int cp, Font previous) {
    int type = Character.getType(cp);
    boolean attaches = cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
        || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    if (attaches) {
      return previous; // dropped when nothing came before it
    }
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return preferred.get(0);
    }
    // Flags are pairs of regional indicators; no outline font draws them, and single letters in boxes look broken.
    if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE || type == Character.SURROGATE || (cp >= 0x1F1E6 && cp <= 0x1F1FF)) {
      return null;
    }
    Font cached = byCodePoint.get(cp);
    if (cached != null) {
      return cached;
    }
    Font found = null;
    for (Font f : preferred) {
      if (f.canDisplay(cp)) {
        found = f;
        break;
      }
    }
    if (found == null) {
      for (Font f : everything()) {
        if (f.canDisplay(cp)) {
          found = f;
          break;
        }
      }
    }
    if (found != null) {
      byCodePoint.put(cp, found);
    }
    return found;
  }

  /** Every installed font, listed only when a character none of the preferred ones has turns up. */
  private List<Font> everything() {
    List<Font> all = everything;
    if (all == null) {
      all = List.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts());
      everything = all;
    }
    return all;
  }
}

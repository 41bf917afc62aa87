package dev.shareworthy.share;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.AttributedCharacterIterator;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A generated share image for a post without one: 1200×630 pixels (what Open Graph and X's large card want),
 * the title in up to three lines (smaller type for long titles, an ellipsis when even that is not enough),
 * the site's name, the date, in the card colours. Drawn with Java2D in memory: no display, no native code.
 *
 * @param title the post's title
 * @param siteName the blog's name, shown above the title
 * @param date the date as shown, such as {@code 14 March 2025}
 * @param host the site's host, shown at the bottom right, such as {@code example.com}
 * @param style the colours
 */
public record SocialCard(String title, String siteName, String date, String host, ShareConfig.CardStyle style) {

  public static final int WIDTH = 1200;
  public static final int HEIGHT = 630;
  /** Bumped whenever the drawing changes, so cached cards of an older look are drawn again. */
  private static final String LOOK = "card-v1";
  private static final int MARGIN = 80;
  private static final int MAX_LINES = 3;
  private static final float[] TITLE_SIZES = {76f, 66f, 58f, 52f};

  /** A hash of everything the card shows, naming its cached file: an unchanged post is never drawn again. */
  public String hash() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : List.of(LOOK, title, siteName, date, host, style.background(), style.text(), style.accent(),
          style.muted())) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Draws the card and encodes it as PNG. */
  public byte[] png(CardFonts fonts) {
    return PngEncoder.encode(draw(fonts));
  }

  BufferedImage draw(CardFonts fonts) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      Color background = Color.decode(style.background());
      Color text = Color.decode(style.text());
      Color accent = Color.decode(style.accent());
      Color muted = Color.decode(style.muted());
      g.setColor(background);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setColor(accent);
      g.fillRect(0, 0, 24, HEIGHT);
      FontRenderContext frc = g.getFontRenderContext();
      int width = WIDTH - 2 * MARGIN;

      // Site name, top left, in the accent colour.
      TextLayout site = oneLine(fonts, siteName, Font.BOLD, 34f, width, frc);
      float y = MARGIN + (site == null ? 34 : site.getAscent());
      if (site != null) {
        g.setColor(accent);
        site.draw(g, MARGIN, y);
      }
      g.setColor(accent);
      g.fillRect(MARGIN, Math.round(y + 24), 96, 6);

      // Title: the largest size at which it fits three lines, else the smallest with an ellipsis.
      List<TextLayout> lines = titleLines(fonts, frc, width);
      float lineHeight = 0;
      for (TextLayout l : lines) {
        lineHeight = Math.max(lineHeight, l.getAscent() + l.getDescent() + l.getLeading() * 0.3f);
      }
      float block = lineHeight * lines.size();
      float top = 190 + Math.max(0, (310 - block) / 2);
      g.setColor(text);
      float ty = top;
      for (TextLayout l : lines) {
        ty += l.getAscent();
        // Right-to-left lines (Arabic, Hebrew) start at the right margin.
        float x = l.isLeftToRight() ? MARGIN : MARGIN + width - l.getAdvance();
        l.draw(g, x, ty);
        ty += lineHeight - l.getAscent();
      }

      // Date bottom left, host bottom right, muted.
      g.setColor(muted);
      float bottom = HEIGHT - MARGIN + 10;
      TextLayout dateLayout = oneLine(fonts, date, Font.PLAIN, 30f, width / 2f, frc);
      if (dateLayout != null) {
        dateLayout.draw(g, MARGIN, bottom);
      }
      TextLayout hostLayout = oneLine(fonts, host, Font.PLAIN, 30f, width / 2f - 20, frc);
      if (hostLayout != null) {
        hostLayout.draw(g, WIDTH - MARGIN - hostLayout.getAdvance(), bottom);
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  private List<TextLayout> titleLines(CardFonts fonts, FontRenderContext frc, float width) {
    CardFonts.Styled styled = null;
    for (float size : TITLE_SIZES) {
      styled = fonts.style(title.strip(), Font.BOLD, size);
      if (styled.text().isBlank()) {
        return List.of();
      }
      List<TextLayout> lines = wrap(styled, frc, width, MAX_LINES + 1);
      if (lines.size() <= MAX_LINES) {
        return lines;
      }
    }
    return ellipsize(fonts, styled.text(), frc, width, TITLE_SIZES[TITLE_SIZES.length - 1]);
  }

  /** At most {@code max} lines of the text wrapped to {@code width}; a word longer than a line is broken inside. */
  private static List<TextLayout> wrap(CardFonts.Styled styled, FontRenderContext frc, float width, int max) {
    List<TextLayout> lines = new ArrayList<>();
    AttributedCharacterIterator it = styled.attributed().getIterator();
    LineBreakMeasurer measurer = new LineBreakMeasurer(it, BreakIterator.getLineInstance(Locale.ROOT), frc);
    while (measurer.getPosition() < it.getEndIndex() && lines.size() < max) {
      TextLayout line = measurer.nextLayout(width);
      if (line == null) {
        break;
      }
      lines.add(line);
    }
    return lines;
  }

  /** Three lines, the third cut at a word (or, failing that, a character) so that it ends in "…" within the width. */
  private static List<TextLayout> ellipsize(CardFonts fonts, String text, FontRenderContext frc, float width, float size) {
    CardFonts.Styled styled = fonts.style(text, Font.BOLD, size);
    List<TextLayout> lines = wrap(styled, frc, width, MAX_LINES - 1);
    int used = 0;
    for (TextLayout l : lines) {
      used += l.getCharacterCount();
    }
    String rest = styled.text().substring(used).strip();
    List<Integer> cuts = new ArrayList<>();
    BreakIterator words = BreakIterator.getLineInstance(Locale.ROOT);
    words.setText(rest);
    for (int b = words.next(); b != BreakIterator.DONE; b = words.next()) {
      cuts.add(b);
    }
    BreakIterator chars = BreakIterator.getCharacterInstance(Locale.ROOT);
    chars.setText(rest);
    List<Integer> charCuts = new ArrayList<>();
    for (int b = chars.next(); b != BreakIterator.DONE; b = chars.next()) {
      charCuts.add(b);
    }
    TextLayout last = lastFitting(fonts, rest, cuts, frc, width, size);
    if (last == null) {
      last = lastFitting(fonts, rest, charCuts, frc, width, size);
    }
    if (last != null) {
      lines.add(last);
    }
    return lines;
  }

  private static TextLayout lastFitting(CardFonts fonts, String rest, List<Integer> cuts, FontRenderContext frc,
      float width, float size) {
    TextLayout best = null;
    for (int cut : cuts) {
      String head = rest.substring(0, cut).replaceAll("[\\s\\p{Punct}–—]+$", "");
      if (head.isEmpty()) {
        continue;
      }
      CardFonts.Styled s = fonts.style(head + "…", Font.BOLD, size);
      TextLayout layout = new TextLayout(s.attributed().getIterator(), frc);
      if (layout.getAdvance() > width) {
        break;
      }
      best = layout;
    }
    return best;
  }

  /** One line of text, shortened with an ellipsis when wider than {@code width}; null for empty text. */
  private static TextLayout oneLine(CardFonts fonts, String text, int style, float size, float width, FontRenderContext frc) {
    CardFonts.Styled s = fonts.style(text == null ? "" : text.strip(), style, size);
    if (s.text().isBlank()) {
      return null;
    }
    TextLayout layout = new TextLayout(s.attributed().getIterator(), frc);
    String t = s.text();
    while (layout.getAdvance() > width && t.length() > 1) {
      t = t.substring(0, t.offsetByCodePoints(t.length(), -1)).strip();
      CardFonts.Styled shorter = fonts.style(t + "…", style, size);
      layout = new TextLayout(shorter.attributed().getIterator(), frc);
    }
    return layout;
  }
}

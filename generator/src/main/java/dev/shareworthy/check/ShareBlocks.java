package dev.shareworthy.check;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Cuts the share blocks Shareworthy writes (the element with {@code data-share-block}) out of a page before it is
 * parsed. Every rule skips them, since they are the blog's and not the writer's, yet their links and icons are
 * half of a post's HTML and two thirds of its parsing time. The block's own start tag stays, emptied, with an
 * empty element for each id that was inside, so a link to one of them still resolves.
 */
final class ShareBlocks {

  private static final String MARK = "data-share-block";

  private ShareBlocks() {}

  /**
   * A page read as UTF-8 bytes, decoded without the insides of its share blocks (the whole page when it has none
   * or they look unusual). Markup is ASCII, so the blocks are found in a one-byte-per-character view of the bytes,
   * and the rest is decoded straight into characters for the parser: no string of the whole page is built.
   */
  static CharBuffer cut(byte[] page) {
    Found found = find(page);
    // The blocks first, so the characters are allocated for what is kept: half of a post's bytes.
    int kept = page.length;
    for (Block b : found.blocks()) {
      kept -= b.closeStart() - b.startTagEnd();
    }
    Chars out = new Chars(page, kept + 64 * found.blocks().size()); // and room for a few ids; it grows if need be
    int copied = 0;
    for (Block b : found.blocks()) {
      out.decode(copied, b.startTagEnd());
      for (int[] id : found.ids(b)) {
        out.append(OPEN_ID);
        out.decode(id[0], id[1]);
        out.append(CLOSE_ID);
      }
      copied = b.closeStart();
    }
    out.decode(copied, page.length);
    return CharBuffer.wrap(out.chars, 0, out.length);
  }

  /** The share blocks of a page, in order, found in a one-byte-per-character view of its bytes. */
  static Found find(byte[] page) {
    java.util.List<Block> blocks = new java.util.ArrayList<>(2);
    String view = null;
    for (int at = find(page, 0); at >= 0; ) {
      if (view == null) {
        view = new String(page, StandardCharsets.ISO_8859_1);
      }
      Block b = block(view, at);
      if (b == null) {
        at = find(page, at + MARK.length());
        continue;
      }
      blocks.add(b);
      at = find(page, b.closeStart());
    }
    return new Found(page, view, blocks);
  }

  /** A page's share blocks, with its bytes and their view they were found in (null when there are none). */
  record Found(byte[] page, String view, java.util.List<Block> blocks) {

    /**
     * Where the value of each {@code id} attribute inside a block starts and ends, as byte offsets: the cut page
     * keeps an empty element with each id, so a link to one still resolves.
     */
    java.util.List<int[]> ids(Block b) {
      java.util.List<int[]> ids = new java.util.ArrayList<>(2);
      // A skipping search over the bytes: a block is mostly long links and icons, and a plain search read
      // every byte of it.
      for (int eq = find(page, ID, ID_SHIFT, b.startTagEnd(), b.closeStart()); eq >= 0;
          eq = find(page, ID, ID_SHIFT, eq + ID.length, b.closeStart())) {
        if (!Character.isWhitespace(view.charAt(eq - 1))) {
          continue; // part of another name or of a value, such as "?id=" in a link
        }
        int start = eq + 3;
        char quote = view.charAt(start);
        int end;
        if (quote == '"' || quote == '\'') {
          start++;
          end = view.indexOf(quote, start);
        } else {
          end = start;
          while (end < b.closeStart() && !Character.isWhitespace(view.charAt(end)) && view.charAt(end) != '>'
              && view.charAt(end) != '"') {
            end++;
          }
        }
        if (end > start && end <= b.closeStart()) {
          ids.add(new int[] {start, end});
        }
      }
      return ids;
    }
  }

  private static final byte[] MARK_BYTES = MARK.getBytes(StandardCharsets.US_ASCII);
  /** How far the search may jump when the byte under the mark's last position is this one (Horspool). */
  private static final int[] SHIFT = shifts(MARK_BYTES);

  /**
   * Where the mark next occurs in the page's bytes, or -1: a Boyer-Moore-Horspool search, which looks at about
   * one byte in twelve, where a plain search looked at every byte of every page.
   */
  static int find(byte[] page, int from) {
    return find(page, MARK_BYTES, SHIFT, from, page.length);
  }

  /** Where {@code pattern} first occurs wholly between {@code from} and {@code to}, or -1 (Horspool). */
  private static int find(byte[] page, byte[] pattern, int[] shift, int from, int to) {
    int last = pattern.length - 1;
    for (int i = Math.max(0, from); i + last < to; i += shift[page[i + last] & 0xff]) {
      int j = last;
      while (j >= 0 && page[i + j] == pattern[j]) {
        j--;
      }
      if (j < 0) {
        return i;
      }
    }
    return -1;
  }

  private static final byte[] ID = "id=".getBytes(StandardCharsets.US_ASCII);
  private static final int[] ID_SHIFT = shifts(ID);

  /** How far a search may jump when the byte under the pattern's last position is each byte value. */
  private static int[] shifts(byte[] pattern) {
    int[] shift = new int[256];
    java.util.Arrays.fill(shift, pattern.length);
    for (int i = 0; i < pattern.length - 1; i++) {
      shift[pattern[i] & 0xff] = pattern.length - 1 - i;
    }
    return shift;
  }

  /**
   * UTF-8 bytes decoded into a growing array: ASCII byte by byte, and each run of other bytes by the JDK's
   * decoder. Markup bytes are ASCII, so no character's bytes are ever split between two runs.
   */
  private static final class Chars {
    private final byte[] page;
    char[] chars;
    int length;

    Chars(byte[] page, int capacity) {
      this.page = page;
      this.chars = new char[capacity];
    }

    void decode(int from, int to) {
      room(to - from);
      char[] c = chars;
      int n = length;
      int i = from;
      while (i < to) {
        byte b = page[i];
        if (b >= 0) {
          c[n++] = (char) b;
          i++;
          continue;
        }
        int end = i + 1;
        while (end < to && page[end] < 0) {
          end++;
        }
        String run = new String(page, i, end - i, StandardCharsets.UTF_8);
        run.getChars(0, run.length(), c, n); // never more characters than bytes: room() made enough
        n += run.length();
        i = end;
      }
      length = n;
    }

    void append(String ascii) {
      room(ascii.length());
      ascii.getChars(0, ascii.length(), chars, length);
      length += ascii.length();
    }

    private void room(int more) {
      if (length + more > chars.length) {
        chars = java.util.Arrays.copyOf(chars, Math.max(length + more, chars.length * 2));
      }
    }
  }

  private static final String OPEN_ID = "<i id=\"";
  private static final String CLOSE_ID = "\"></i>";

  /** Where a block's start tag ends and its end tag starts. */
  record Block(int startTagEnd, int closeStart) {}

  /** The block whose start tag holds the mark at {@code at}, or null when the mark is not an attribute there. */
  private static Block block(String html, int at) {
    int lt = html.lastIndexOf('<', at);
    if (lt < 0 || html.lastIndexOf('>', at) > lt || !boundary(html, at - 1)
        || at + MARK.length() < html.length() && !boundary(html, at + MARK.length())) {
      return null; // text that mentions the attribute, such as a script's selector
    }
    int p = lt + 1;
    while (p < at && letterOrDigit(html.charAt(p))) {
      p++;
    }
    if (p == lt + 1 || !Character.isWhitespace(html.charAt(p))) {
      return null;
    }
    String name = html.substring(lt + 1, p).toLowerCase(Locale.ROOT);
    int end = tagEnd(html, at);
    if (end < 0 || html.charAt(end - 1) == '/') {
      return null;
    }
    int close = matchingClose(html, name, end + 1);
    return close < 0 ? null : new Block(end + 1, close);
  }

  private static boolean boundary(String html, int i) {
    char c = html.charAt(i);
    return Character.isWhitespace(c) || c == '=' || c == '>' || c == '/';
  }

  private static boolean letterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** The {@code >} that ends the tag around {@code from}, quoted attribute values skipped; -1 when none. */
  private static int tagEnd(String html, int from) {
    char quote = 0;
    for (int i = from; i < html.length(); i++) {
      char c = html.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i;
      } else if (c == '<') {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The start of the end tag that closes an element named {@code name} whose content starts at {@code from},
   * counting nested elements of the same name and skipping comments, scripts and styles; -1 when there is none.
   */
  private static int matchingClose(String html, String name, int from) {
    int depth = 1;
    int i = html.indexOf('<', from);
    while (i >= 0) {
      // The character after '<' tells which tests can match: most tags are none of these, and skip them all.
      char next = i + 1 < html.length() ? html.charAt(i + 1) : 0;
      int skipTo = -1;
      if (next == '!' && html.startsWith("<!--", i)) {
        skipTo = end(html, "-->", i + 4);
        if (skipTo < 0) {
          return -1; // an unclosed comment: leave the page as it is
        }
      } else if (next == '/') {
        if (closes(html, i, name) && --depth == 0) {
          return i;
        }
      } else if ((next == 's' || next == 'S') && (opens(html, i, "script") || opens(html, i, "style"))) {
        String raw = opens(html, i, "script") ? "script" : "style";
        int close = indexOfIgnoreCase(html, "</" + raw, i + 1);
        if (close < 0) {
          return -1; // an unclosed script: leave the page as it is
        }
        skipTo = close + 2;
      } else if (Character.toLowerCase(next) == name.charAt(0) && opens(html, i, name)) {
        int end = tagEnd(html, i + 1);
        if (end > 0 && html.charAt(end - 1) != '/') {
          depth++;
        }
      }
      i = html.indexOf('<', skipTo > 0 ? skipTo : i + 1);
    }
    return -1;
  }

  private static int end(String html, String marker, int from) {
    int at = html.indexOf(marker, from);
    return at < 0 ? -1 : at + marker.length();
  }

  private static boolean opens(String html, int lt, String name) {
    return html.regionMatches(true, lt + 1, name, 0, name.length()) && nameEnds(html, lt + 1 + name.length());
  }

  private static boolean closes(String html, int lt, String name) {
    return html.startsWith("</", lt) && html.regionMatches(true, lt + 2, name, 0, name.length())
        && nameEnds(html, lt + 2 + name.length());
  }

  private static boolean nameEnds(String html, int i) {
    return i < html.length() && (Character.isWhitespace(html.charAt(i)) || html.charAt(i) == '>'
        || html.charAt(i) == '/');
  }

  private static int indexOfIgnoreCase(String html, String s, int from) {
    for (int i = html.indexOf('<', from); i >= 0; i = html.indexOf('<', i + 1)) {
      if (html.regionMatches(true, i, s, 0, s.length())) {
        return i;
      }
    }
    return -1;
  }
}

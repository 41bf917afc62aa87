package dev.shareworthy.check;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Cuts the share blocks Shareworthy writes (the element with {@code data-share-block}) out of a page before it is
 * parsed. Every rule skips them, since they are the blog's and not the writer's, yet their links and icons are
 * half of a post's HTML and two thirds of its parsing time. The block's own start tag stays, emptied. The ids that
 * were inside are looked up only when a link to an id finds none in the parsed page ({@link Found#ids}): most
 * pages never ask, and reading every block for ids cost as much as finding the blocks.
 */
final class ShareBlocks {

  private static final String MARK = "data-share-block";

  private ShareBlocks() {}

  /** The page decoded without the insides of its share blocks; see {@link #cut(Found)}. */
  static CharBuffer cut(byte[] page) {
    return cut(find(page));
  }

  /**
   * A page read as UTF-8 bytes, decoded without the insides of its share blocks (the whole page when it has none
   * or they look unusual). Markup is ASCII, so the blocks are found in the bytes themselves, and the rest is
   * decoded straight into characters for the parser: no string of the whole page is built.
   */
  static CharBuffer cut(Found found) {
    byte[] page = found.page();
    // The blocks first, so the characters are allocated for what is kept: half of a post's bytes.
    int kept = page.length;
    for (Block b : found.blocks()) {
      kept -= b.closeStart() - b.startTagEnd();
    }
    Chars out = new Chars(page, kept);
    int copied = 0;
    for (Block b : found.blocks()) {
      out.decode(copied, b.startTagEnd());
      copied = b.closeStart();
    }
    out.decode(copied, page.length);
    return CharBuffer.wrap(out.chars, 0, out.length);
  }

  /** The share blocks of a page, in order, found in its bytes. */
  static Found find(byte[] page) {
    java.util.List<Block> blocks = new java.util.ArrayList<>(2);
    for (int at = find(page, 0); at >= 0; ) {
      Block b = block(page, at);
      if (b == null) {
        at = find(page, at + MARK.length());
        continue;
      }
      blocks.add(b);
      at = find(page, b.closeStart());
    }
    return new Found(page, blocks);
  }

  /** A page's bytes and its share blocks. */
  record Found(byte[] page, java.util.List<Block> blocks) {

    /**
     * The values of the {@code id} attributes that were inside the blocks, entities decoded, so that a link to one
     * still resolves although the parsed page no longer holds it.
     */
    java.util.Set<String> ids() {
      java.util.Set<String> ids = new java.util.HashSet<>();
      for (Block b : blocks) {
        for (int[] id : ids(b)) {
          ids.add(org.jsoup.parser.Parser.unescapeEntities(
              new String(page, id[0], id[1] - id[0], StandardCharsets.UTF_8), true));
        }
      }
      return ids;
    }

    /** Where the value of each {@code id} attribute inside a block starts and ends, as byte offsets. */
    java.util.List<int[]> ids(Block b) {
      java.util.List<int[]> ids = new java.util.ArrayList<>(2);
      // A skipping search over the bytes: a block is mostly long links and icons.
      for (int eq = find(page, ID, ID_SHIFT, b.startTagEnd(), b.closeStart()); eq >= 0;
          eq = find(page, ID, ID_SHIFT, eq + ID.length, b.closeStart())) {
        if (!blank(page[eq - 1])) {
          continue; // part of another name or of a value, such as "?id=" in a link
        }
        int start = eq + 3;
        byte quote = page[start];
        int end;
        if (quote == '"' || quote == '\'') {
          start++;
          end = indexOf(page, quote, start, page.length);
        } else {
          end = start;
          while (end < b.closeStart() && !blank(page[end]) && page[end] != '>' && page[end] != '"') {
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

    private void room(int more) {
      if (length + more > chars.length) {
        chars = java.util.Arrays.copyOf(chars, Math.max(length + more, chars.length * 2));
      }
    }
  }

  /** Where a block's start tag ends and its end tag starts. */
  record Block(int startTagEnd, int closeStart) {}

  /** The block whose start tag holds the mark at {@code at}, or null when the mark is not an attribute there. */
  private static Block block(byte[] html, int at) {
    int lt = lastIndexOf(html, (byte) '<', at);
    if (lt < 0 || lastIndexOf(html, (byte) '>', at) > lt || !boundary(html, at - 1)
        || at + MARK.length() < html.length && !boundary(html, at + MARK.length())) {
      return null; // text that mentions the attribute, such as a script's selector
    }
    int p = lt + 1;
    while (p < at && letterOrDigit(html[p])) {
      p++;
    }
    if (p == lt + 1 || !blank(html[p])) {
      return null;
    }
    byte[] name = new byte[p - lt - 1];
    for (int i = 0; i < name.length; i++) {
      name[i] = lower(html[lt + 1 + i]);
    }
    int end = tagEnd(html, at);
    if (end < 0 || html[end - 1] == '/') {
      return null;
    }
    int close = matchingClose(html, name, end + 1);
    return close < 0 ? null : new Block(end + 1, close);
  }

  /** Whitespace as {@link Character#isWhitespace} has it, for an ASCII byte. */
  private static boolean blank(byte c) {
    return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
  }

  private static boolean boundary(byte[] html, int i) {
    byte c = html[i];
    return blank(c) || c == '=' || c == '>' || c == '/';
  }

  private static boolean letterOrDigit(byte c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  private static byte lower(byte c) {
    return c >= 'A' && c <= 'Z' ? (byte) (c + 32) : c;
  }

  private static int indexOf(byte[] html, byte b, int from, int to) {
    for (int i = Math.max(0, from); i < to; i++) {
      if (html[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexOf(byte[] html, byte b, int from) {
    for (int i = Math.min(from, html.length - 1); i >= 0; i--) {
      if (html[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** The {@code >} that ends the tag around {@code from}, quoted attribute values skipped; -1 when none. */
  private static int tagEnd(byte[] html, int from) {
    byte quote = 0;
    for (int i = from; i < html.length; i++) {
      byte c = html[i];
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

  private static final byte[] SCRIPT = {'s', 'c', 'r', 'i', 'p', 't'};
  private static final byte[] STYLE = {'s', 't', 'y', 'l', 'e'};
  private static final byte[] COMMENT_END = {'-', '-', '>'};

  /**
   * The start of the end tag that closes an element named {@code name} (lower case) whose content starts at
   * {@code from}, counting nested elements of the same name and skipping comments, scripts and styles; -1 when
   * there is none.
   */
  private static int matchingClose(byte[] html, byte[] name, int from) {
    int depth = 1;
    int n = html.length;
    int i = indexOf(html, (byte) '<', from, n);
    while (i >= 0) {
      // The byte after '<' tells which tests can match: most tags are none of these, and skip them all.
      byte next = i + 1 < n ? html[i + 1] : 0;
      int skipTo = -1;
      if (next == '!' && i + 3 < n && html[i + 2] == '-' && html[i + 3] == '-') {
        int close = indexOf(html, COMMENT_END, i + 4);
        if (close < 0) {
          return -1; // an unclosed comment: leave the page as it is
        }
        skipTo = close + 3;
      } else if (next == '/') {
        if (named(html, i + 2, name) && --depth == 0) {
          return i;
        }
      } else if ((next == 's' || next == 'S') && (named(html, i + 1, SCRIPT) || named(html, i + 1, STYLE))) {
        byte[] raw = named(html, i + 1, SCRIPT) ? SCRIPT : STYLE;
        int close = endTag(html, raw, i + 1);
        if (close < 0) {
          return -1; // an unclosed script: leave the page as it is
        }
        skipTo = close + 2;
      } else if (lower(next) == name[0] && named(html, i + 1, name)) {
        int end = tagEnd(html, i + 1);
        if (end > 0 && html[end - 1] != '/') {
          depth++;
        }
      }
      i = indexOf(html, (byte) '<', skipTo > 0 ? skipTo : i + 1, n);
    }
    return -1;
  }

  /** Where {@code s} first occurs from {@code from} on, or -1. */
  private static int indexOf(byte[] html, byte[] s, int from) {
    for (int i = indexOf(html, s[0], from, html.length); i >= 0; i = indexOf(html, s[0], i + 1, html.length)) {
      if (regionMatches(html, i, s)) {
        return i;
      }
    }
    return -1;
  }

  /** The first {@code </name} from {@code from} on, in any case, or -1. */
  private static int endTag(byte[] html, byte[] name, int from) {
    for (int i = indexOf(html, (byte) '<', from, html.length); i >= 0;
        i = indexOf(html, (byte) '<', i + 1, html.length)) {
      if (i + 1 < html.length && html[i + 1] == '/' && regionMatches(html, i + 2, name)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the tag name at {@code at} is {@code name} (lower case), in any case, and ends there. */
  private static boolean named(byte[] html, int at, byte[] name) {
    int end = at + name.length;
    return regionMatches(html, at, name) && end < html.length
        && (blank(html[end]) || html[end] == '>' || html[end] == '/');
  }

  /** Whether {@code s} (lower case for letters) is at {@code at}, letters in any case. */
  private static boolean regionMatches(byte[] html, int at, byte[] s) {
    if (at < 0 || at + s.length > html.length) {
      return false;
    }
    for (int j = 0; j < s.length; j++) {
      if (lower(html[at + j]) != s[j]) {
        return false;
      }
    }
    return true;
  }
}

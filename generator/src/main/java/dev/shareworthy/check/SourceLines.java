package dev.shareworthy.check;

import java.util.List;
import java.util.Locale;

/**
 * The lines of a post's source file, to point findings at the line a writer has to change: a front matter key's
 * line, or the Markdown line a paragraph, heading or link starts on.
 */
public final class SourceLines {


  private final String text;
  private final Lines lines;
  private final int bodyStart;
  private Normalized normalized;
  /** The whole text in lower case, made on first use; null when that would change its length. */
  private String lowerText;
  private boolean lowered;

  private SourceLines(String text, Lines lines, int bodyStart) {
    this.text = text;
    this.lines = lines;
    this.bodyStart = bodyStart;
  }

  /** Splits a file's text; the front matter is what stands between a first {@code ---} or {@code +++} line and its twin. */
  public static SourceLines of(String text) {
    Lines lines = split(text);
    int bodyStart = 0;
    if (!lines.isEmpty()) {
      String fence = lines.get(0).strip();
      if (fence.equals("---") || fence.equals("+++")) {
        for (int i = 1; i < lines.size(); i++) {
          if (lines.get(i).strip().equals(fence)) {
            bodyStart = i + 1;
            break;
          }
        }
      }
    }
    return new SourceLines(text, lines, bodyStart);
  }

  /**
   * The lines of a text as {@link String#lines()} gives them, found by a plain loop (a stream of them cost more),
   * each made into a string only when asked for: most pages only ask for the front matter's lines.
   */
  static Lines split(String text) {
    Lines lines = new Lines(text);
    int n = text.length();
    int start = 0;
    // One pass over the text's bytes: Latin-1 text (most) comes out by one array copy, a byte per character, and
    // a loop over an array is what the quick compiler does well; charAt is a call per character there. It
    // replaced a search for any carriage return and then one for each line feed: two passes.
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    if (bytes.length == n) {
      for (int i = 0; i < n; i++) {
        // Up to the next control character (or non-ASCII byte) in a loop of its own, which the quick compiler
        // keeps tight: 30% less time than one loop that tested each byte for both line ends (2,000 posts).
        while (i < n && bytes[i] > '\r') {
          i++;
        }
        if (i < n && (bytes[i] == '\n' || bytes[i] == '\r')) {
          lines.add(start, i);
          if (bytes[i] == '\r' && i + 1 < n && bytes[i + 1] == '\n') {
            i++;
          }
          start = i + 1;
        }
      }
    } else { // characters outside the BMP, whose pairs became one byte: character by character
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
          lines.add(start, i);
          if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
            i++;
          }
          start = i + 1;
        }
      }
    }
    if (start < n) {
      lines.add(start, n);
    }
    return lines;
  }

  /** A text's lines by where they start and end; each line's string is cut once, on first use. */
  static final class Lines extends java.util.AbstractList<String> implements java.util.RandomAccess {
    private final String text;
    private int[] bounds;
    private int count;
    private String[] cut;

    Lines(String text) {
      this.text = text;
      this.bounds = new int[2 * (text.length() / 32 + 1)];
    }

    void add(int start, int end) {
      if (2 * count + 2 > bounds.length) {
        bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
      }
      bounds[2 * count] = start;
      bounds[2 * count + 1] = end;
      count++;
    }

    @Override
    public String get(int i) {
      java.util.Objects.checkIndex(i, count);
      if (cut == null) {
        cut = new String[count];
      }
      String line = cut[i];
      if (line == null) {
        line = text.substring(bounds[2 * i], bounds[2 * i + 1]);
        cut[i] = line;
      }
      return line;
    }

    @Override
    public int size() {
      return count;
    }

    int start(int i) {
      return bounds[2 * i];
    }

    int end(int i) {
      return bounds[2 * i + 1];
    }

    /** The line holding the character at {@code offset}, which is on a line: the last one starting at or before it. */
    int lineAt(int offset) {
      int lo = 0;
      int hi = count - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (bounds[2 * mid] <= offset) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo;
    }
  }

  /** The 1-based line of the first body line (after the front matter). */
  public int bodyLine() {
    return Math.min(bodyStart + 1, Math.max(1, lines.size()));
  }

  /** The 1-based line of a top-level front matter key ({@code title:} or {@code title =}), or 1 when it is absent. */
  public int keyLine(String... keys) {
    for (int i = 1; i < bodyStart - 1; i++) {
      String line = lines.get(i);
      for (String key : keys) {
        if (line.startsWith(key)) {
          String rest = line.substring(key.length()).stripLeading();
          if (rest.startsWith(":") || rest.startsWith("=")) {
            return i + 1;
          }
        }
      }
    }
    return 1;
  }

  /** Whether the front matter has this top-level key. */
  public boolean hasKey(String key) {
    return keyLine(key) > 1;
  }

  /**
   * The 1-based body line where a rendered text starts, found by its first words with Markdown markup and link
   * targets set aside; 0 when no line matches.
   */
  public int lineOfText(String renderedText) {
    String needle = normalize(renderedText);
    if (needle.isEmpty()) {
      return 0;
    }
    String[] parts = needle.split(" ");
    String key = key(parts);
    int keyWords = key.isEmpty() ? 0 : 1;
    for (int i = 0; i < key.length(); i++) {
      keyWords += key.charAt(i) == ' ' ? 1 : 0;
    }
    // A line can only match if it holds each word of the key as written (normalising only drops markup between
    // words): a cheap test that spares normalising most lines of the file.
    Normalized norm = normalized();
    String lower = lowerText();
    if (lower != null) {
      // Only lines holding the key's first word can match: String.indexOf finds them over the whole text, where
      // testing line by line lower-cased every line before the match.
      for (int at = bodyStart < lines.size() ? lower.indexOf(parts[0], lines.start(bodyStart)) : -1; at >= 0; ) {
        int i = lines.lineAt(at);
        if (i >= bodyStart && holdsAll(lower.substring(lines.start(i), lines.end(i)), parts, keyWords)
            && norm.get(i).contains(key)) {
          return i + 1;
        }
        at = i + 1 < lines.size() ? lower.indexOf(parts[0], Math.max(at + 1, lines.start(i + 1))) : -1;
      }
    } else {
      for (int i = bodyStart; i < lines.size(); i++) {
        if (mayContain(i, parts, keyWords) && norm.get(i).contains(key)) {
          return i + 1;
        }
      }
    }
    // A paragraph broken over lines: try its first two words alone.
    String shortKey = parts.length >= 2 ? parts[0] + " " + parts[1] : parts[0];
    for (int i = bodyStart; i < lines.size(); i++) {
      if (norm.get(i).startsWith(shortKey)) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The first few words of a normalised text: enough to tell lines apart, and they survive a later line break. */
  private static String key(String[] parts) {
    StringBuilder head = new StringBuilder();
    for (int i = 0; i < parts.length && i < 6 && head.length() < 40; i++) {
      head.append(i == 0 ? "" : " ").append(parts[i]);
    }
    return head.toString();
  }

  /**
   * The 1-based body line of a heading with this rendered text: an ATX ({@code ## Title}), setext (a line
   * underlined with {@code =} or {@code -}) or HTML heading line outside fenced code, else what
   * {@link #lineOfText} finds. Only heading lines are read, and a heading is found on its own line even when a
   * paragraph above it uses the same words.
   */
  public int lineOfHeading(String renderedText) {
    String needle = normalize(renderedText);
    if (needle.isEmpty()) {
      return 0;
    }
    String key = key(needle.split(" "));
    Normalized norm = normalized();
    char fence = 0;
    int fenceLength = 0;
    for (int i = bodyStart; i < lines.size(); i++) {
      int end = lines.end(i);
      int p = indented(i);
      char c = p < end ? text.charAt(p) : 0;
      int run = c == '`' || c == '~' || c == '#' ? run(p, end, c) : 0;
      if (c != '#' && run >= 3) {
        if (fence == 0) {
          fence = c;
          fenceLength = run;
        } else if (c == fence && run >= fenceLength && text.substring(p + run, end).isBlank()) {
          fence = 0;
        }
        continue;
      }
      if (fence != 0) {
        continue;
      }
      boolean heading = c == '#' && run <= 6 && (p + run == end || text.charAt(p + run) == ' '
              || text.charAt(p + run) == '\t')
          || c == '<' && p + 2 < end && (text.charAt(p + 1) | 0x20) == 'h' && text.charAt(p + 2) >= '1'
              && text.charAt(p + 2) <= '6'
          || c != 0 && c != ' ' && i + 1 < lines.size() && underline(i + 1);
      if (heading && norm.get(i).contains(key)) {
        return i + 1;
      }
    }
    return lineOfText(renderedText);
  }

  /** Where line {@code i} starts after the up to three spaces Markdown allows before a heading or fence. */
  private int indented(int i) {
    int start = lines.start(i);
    int end = lines.end(i);
    int p = start;
    while (p < end && p - start < 3 && text.charAt(p) == ' ') {
      p++;
    }
    return p;
  }

  /** How many {@code c} stand in a row from {@code p}. */
  private int run(int p, int end, char c) {
    int q = p;
    while (q < end && text.charAt(q) == c) {
      q++;
    }
    return q - p;
  }

  /** Whether line {@code i} underlines a setext heading: up to three spaces, then only {@code =} or only {@code -}. */
  private boolean underline(int i) {
    int end = lines.end(i);
    int p = indented(i);
    if (p == end || text.charAt(p) != '=' && text.charAt(p) != '-') {
      return false;
    }
    return text.substring(p + run(p, end, text.charAt(p)), end).isBlank();
  }

  /** The 1-based body line holding a link or image target as written, or else its text; 0 when none does. */
  public int lineOfLink(String target, String text) {
    if (target != null && !target.isEmpty()) {
      for (String candidate : new String[] {target, lastSegment(target)}) {
        if (candidate.length() < 3) {
          continue;
        }
        for (int i = bodyStart; i < lines.size(); i++) {
          if (lines.get(i).contains(candidate)) {
            return i + 1;
          }
        }
      }
    }
    return text == null ? 0 : lineOfText(text);
  }

  private static String lastSegment(String url) {
    String u = url;
    int hash = u.indexOf('#');
    String fragment = hash >= 0 ? u.substring(hash) : "";
    u = hash >= 0 ? u.substring(0, hash) : u;
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    int slash = u.lastIndexOf('/');
    String last = slash >= 0 ? u.substring(slash + 1) : u;
    return last.isEmpty() ? fragment : last + fragment;
  }

  /** Lines normalised on first use, one by one: most lookups stop at the first lines of the body. */
  private final class Normalized {
    private final String[] cache = new String[lines.size()];

    String get(int i) {
      String n = cache[i];
      if (n == null) {
        n = normalize(lines.get(i));
        cache[i] = n;
      }
      return n;
    }
  }

  private String[] lower;

  private boolean mayContain(int i, String[] words, int count) {
    if (lower == null) {
      lower = new String[lines.size()];
    }
    String l = lower[i];
    if (l == null) {
      l = lines.get(i).toLowerCase(Locale.ROOT);
      lower[i] = l;
    }
    return holdsAll(l, words, count);
  }

  private static boolean holdsAll(String lowerLine, String[] words, int count) {
    for (int w = 0; w < count; w++) {
      if (!lowerLine.contains(words[w])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The text in lower case, in which each line is where it was; null for the rare text whose lower case is
   * longer (a dotted capital I), where lines are lower-cased one by one instead.
   */
  private String lowerText() {
    if (!lowered) {
      String l = text.toLowerCase(Locale.ROOT);
      lowerText = l.length() == text.length() ? l : null;
      lowered = true;
    }
    return lowerText;
  }

  private Normalized normalized() {
    if (normalized == null) {
      normalized = new Normalized();
    }
    return normalized;
  }

  /**
   * Lower case, Markdown markup and link targets dropped, whitespace collapsed: how a line reads once rendered.
   * A plain loop, since it runs over the lines of every page with a finding.
   */
  static String normalize(String text) {
    char[] s = text.toCharArray();
    StringBuilder out = new StringBuilder(s.length);
    int n = s.length;
    int i = 0;
    // A list marker at the start ("- ", "1. ") is not text.
    int lead = 0;
    while (lead < n && s[lead] == ' ') {
      lead++;
    }
    if (lead < n && "-+*".indexOf(s[lead]) >= 0 && lead + 1 < n && s[lead + 1] == ' ') {
      i = lead + 2;
    } else {
      int d = lead;
      while (d < n && Character.isDigit(s[d])) {
        d++;
      }
      if (d > lead && d + 1 < n && (s[d] == '.' || s[d] == ')') && s[d + 1] == ' ') {
        i = d + 2;
      }
    }
    for (; i < n; i++) {
      char c = s[i];
      if (c == ']' && i + 1 < n && (s[i + 1] == '(' || s[i + 1] == '[')) {
        char close = s[i + 1] == '(' ? ')' : ']';
        int end = text.indexOf(close, i + 2);
        if (end > 0) {
          i = end;
          space(out);
          continue;
        }
      }
      if (c == '<' || c == '{') {
        int end = text.indexOf(c == '<' ? '>' : '}', i + 1);
        if (end > 0) {
          i = end;
          space(out);
          continue;
        }
      }
      if ("*_`[]#>|~\"“”'’".indexOf(c) >= 0 || Character.isWhitespace(c)) {
        space(out);
      } else {
        out.append(Character.toLowerCase(c));
      }
    }
    int len = out.length();
    return len > 0 && out.charAt(len - 1) == ' ' ? out.substring(0, len - 1) : out.toString();
  }

  private static void space(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
      out.append(' ');
    }
  }
}

package dev.shareworthy.check;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The lines of a post's source file, to point findings at the line a writer has to change: a front matter key's
 * line, or the Markdown line a paragraph, heading or link starts on.
 */
public final class SourceLines {

  private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)|\\]\\[[^\\]]*\\]|<[^>]+>|\\{[^}]*\\}");
  private static final Pattern MARKUP = Pattern.compile("[*_`\\[\\]#>|~\"“”'’]+");

  private final List<String> lines;
  private final int bodyStart;
  private String[] normalized;

  private SourceLines(List<String> lines, int bodyStart) {
    this.lines = lines;
    this.bodyStart = bodyStart;
  }

  /** Splits a file's text; the front matter is what stands between a first {@code ---} or {@code +++} line and its twin. */
  public static SourceLines of(String text) {
    List<String> lines = text.lines().toList();
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
    return new SourceLines(lines, bodyStart);
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
    // The first few words are enough to tell lines apart, and survive a line break later in the paragraph.
    String[] parts = needle.split(" ");
    StringBuilder head = new StringBuilder();
    for (int i = 0; i < parts.length && i < 6 && head.length() < 40; i++) {
      head.append(i == 0 ? "" : " ").append(parts[i]);
    }
    String key = head.toString();
    String[] norm = normalized();
    for (int i = bodyStart; i < lines.size(); i++) {
      if (norm[i].contains(key)) {
        return i + 1;
      }
    }
    // A paragraph broken over lines: try its first two words alone.
    String shortKey = parts.length >= 2 ? parts[0] + " " + parts[1] : parts[0];
    for (int i = bodyStart; i < lines.size(); i++) {
      if (norm[i].startsWith(shortKey)) {
        return i + 1;
      }
    }
    return 0;
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

  private String[] normalized() {
    if (normalized == null) {
      String[] n = new String[lines.size()];
      for (int i = 0; i < n.length; i++) {
        n[i] = i < bodyStart ? "" : normalize(lines.get(i));
      }
      normalized = n;
    }
    return normalized;
  }

  static String normalize(String s) {
    String t = LINK_TARGET.matcher(s).replaceAll("]");
    t = MARKUP.matcher(t).replaceAll(" ");
    t = t.replaceFirst("^\\s*([-+*]|\\d+[.)])\\s+", " ");
    return t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}

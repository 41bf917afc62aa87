package dev.shareworthy.report;

/**
 * Escaping for XML and HTML text and attribute values. Characters XML 1.0 cannot hold (control characters, lone
 * surrogates) are dropped, so a stray byte in a post never makes a report unreadable.
 */
final class Escape {

  private Escape() {}

  /** Text content: {@code & < >} escaped. */
  static String text(String s) {
    return escape(s, false);
  }

  /** An attribute value in double or single quotes; line breaks and tabs kept as character references. */
  static String attr(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean attribute) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\'' -> out.append(attribute ? "&#39;" : "'");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\r' -> out.append(attribute ? "&#13;" : "\n");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (allowed(c)) {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static boolean allowed(char c) {
    return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
  }
}

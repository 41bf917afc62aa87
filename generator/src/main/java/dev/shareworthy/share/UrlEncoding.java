package dev.shareworthy.share;

import java.nio.charset.StandardCharsets;

/** Percent-encoding of one URL component, strictly (RFC 3986): only letters, digits and {@code - . _ ~} stay as they are. */
final class UrlEncoding {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UrlEncoding() {}

  /**
   * Encodes {@code text} so that it is one query value: {@code &}, {@code #}, {@code ?}, {@code =} and spaces
   * (as {@code %20}, which mailto: and every network read alike) cannot end it early. The share script's
   * encoder gives the same result, so it can find a tracked URL inside a share link and extend it.
   */
  static String component(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }
}

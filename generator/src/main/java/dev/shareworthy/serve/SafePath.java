package dev.shareworthy.serve;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the raw path of a request into a site path, refusing anything that could name a file outside the site
 * or be read two ways: {@code .} and {@code ..} segments (plain or percent-encoded), encoded slashes, a second
 * layer of percent-encoding, backslashes, NUL and other control characters, and malformed UTF-8. The server
 * serves from memory, so this is a second wall, not the only one; it makes such requests a clear 400.
 */
final class SafePath {

  private SafePath() {}

  /**
   * The decoded path, starting with a slash, or null when it is refused.
   *
   * @param raw the path exactly as requested, still percent-encoded
   */
  static String decode(String raw) {
    if (raw == null || !raw.startsWith("/")) {
      return null;
    }
    StringBuilder out = new StringBuilder(raw.length());
    for (String segment : raw.substring(1).split("/", -1)) {
      String decoded = decodeSegment(segment);
      if (decoded == null || decoded.equals(".") || decoded.equals("..")) {
        return null;
      }
      out.append('/').append(decoded);
    }
    return out.toString();
  }

  /** One segment, percent-decoded once; null when it is malformed or holds what no site path may hold. */
  private static String decodeSegment(String segment) {
    ByteBuffer bytes = ByteBuffer.allocate(segment.length() * 3);
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '%') {
        if (i + 2 >= segment.length() || hex(segment.charAt(i + 1)) < 0 || hex(segment.charAt(i + 2)) < 0) {
          return null;
        }
        bytes.put((byte) (hex(segment.charAt(i + 1)) * 16 + hex(segment.charAt(i + 2))));
        i += 2;
      } else {
        bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    bytes.flip();
    String decoded;
    try {
      decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '/' || c == '\\') {
        return null; // control characters, NUL, an encoded slash, a backslash (a separator on Windows)
      }
      if (c == '%' && i + 2 < decoded.length() && hex(decoded.charAt(i + 1)) >= 0 && hex(decoded.charAt(i + 2)) >= 0) {
        return null; // encoded twice, such as %252e: one decoder would see '.', another '%2e'
      }
    }
    return decoded;
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }
}

package dev.shareworthy.serve;

import java.nio.charset.StandardCharsets;

/** Adds HTML to a served page just before its last {@code </body>}, or at its end when it has none. */
final class Injection {

  private static final byte[] BODY_END = "</body".getBytes(StandardCharsets.US_ASCII);

  private Injection() {}

  static byte[] inject(byte[] page, String before, String after) {
    byte[] insert = (before + after).getBytes(StandardCharsets.UTF_8);
    int at = lastBodyEnd(page);
    if (at < 0) {
      at = page.length;
    }
    byte[] out = new byte[page.length + insert.length];
    System.arraycopy(page, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(page, at, out, at + insert.length, page.length - at);
    return out;
  }

  /** The index of the last {@code </body}, in any letter case, or -1. */
  private static int lastBodyEnd(byte[] page) {
    outer:
    for (int i = page.length - BODY_END.length; i >= 0; i--) {
      for (int j = 0; j < BODY_END.length; j++) {
        int c = page[i + j];
        if (c >= 'A' && c <= 'Z') {
          c += 'a' - 'A';
        }
        if (c != BODY_END[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}

package dev.shareworthy.content;

import dev.shareworthy.Problem;
import dev.shareworthy.ShareworthyException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads text files strictly as UTF-8, so a file saved in another encoding is named, not garbled. */
public final class SourceText {

  private SourceText() {}

  /**
   * Reads a whole file, dropping a leading byte order mark.
   *
   * @param label how to name the file in an error, usually its path relative to the site
   * @throws ShareworthyException when the file cannot be read or is not UTF-8
   */
  public static String read(Path file, String label) {
    return readWithBytes(file, label).text();
  }

  /**
   * A file's text with the bytes it was decoded from: the text's UTF-8 form is {@code utf8} from {@code from} on
   * (after a byte order mark), since only valid UTF-8 is decoded, and valid UTF-8 encodes back to its own bytes.
   */
  public record Read(String text, byte[] utf8, int from) {}

  /**
   * {@link #read}, with the bytes: for a caller that keeps the text as UTF-8, which then need not encode it again.
   *
   * @throws ShareworthyException when the file cannot be read or is not UTF-8
   */
  public static Read readWithBytes(Path file, String label) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ShareworthyException(new Problem(label, 0, "cannot read the file: " + describe(e)), e);
    }
    // The JDK's own decoding is fast and replaces bad bytes with U+FFFD; only a text holding that
    // character is decoded again, strictly, to tell a bad byte from a real U+FFFD.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') >= 0) {
      text = strict(bytes, label);
    }
    return text.startsWith("\uFEFF") ? new Read(text.substring(1), bytes, 3) : new Read(text, bytes, 0);
  }

  private static String strict(byte[] bytes, String label) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      int line = lineOfFirstBadByte(bytes);
      throw new ShareworthyException(new Problem(label, line,
          "is not valid UTF-8 text; save it with UTF-8 encoding"), e);
    }
  }

  static String describe(IOException e) {
    String what = e.getClass().getSimpleName().replace("Exception", "");
    return e.getMessage() == null ? what : what + " " + e.getMessage();
  }

  /** The line of the first byte that does not decode, counting newlines before it. */
  private static int lineOfFirstBadByte(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    int bad = in.position();
    int line = 1;
    for (int i = 0; i < bad; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}

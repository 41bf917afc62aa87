package dev.shareworthy.check;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * What the share-image checks need of an image file, read from its header once per file and run: its size in
 * bytes, whether it is an SVG, and its width and height. PNG, GIF, JPEG and WebP headers are read by hand from
 * the first kilobyte; anything else goes to ImageIO, whose reader lookup costs more than reading the header.
 *
 * @param bytes the file's size
 * @param svg whether the file is an SVG image
 * @param width width in pixels, or 0 when the file is no image this reads
 * @param height height in pixels, or 0 likewise
 * @param problem why the file could not be read, or null
 */
public record ImageFile(long bytes, boolean svg, int width, int height, String problem) {

  private static final int HEAD = 1024;

  /** Whether the width and height are known. */
  public boolean readable() {
    return width > 0 && height > 0;
  }

  static ImageFile read(SiteIndex site, SiteIndex.Target target) {
    long bytes;
    byte[] head;
    try {
      BuiltFiles.Head h = site.head(target, HEAD);
      bytes = h.size();
      head = h.bytes();
    } catch (IOException e) {
      return new ImageFile(0, false, 0, 0, e.getMessage());
    }
    String text = new String(head, 0, Math.min(256, head.length), java.nio.charset.StandardCharsets.ISO_8859_1)
        .stripLeading();
    if (text.startsWith("<svg") || text.startsWith("<?xml") && text.contains("<svg")) {
      return new ImageFile(bytes, true, 0, 0, null);
    }
    int[] size = fromHeader(head);
    if (size == null) {
      size = imageIo(site, target);
    }
    return size == null ? new ImageFile(bytes, false, 0, 0, null) : new ImageFile(bytes, false, size[0], size[1], null);
  }

  /** Width and height from a PNG, GIF, JPEG or WebP header, or null for anything else or a header cut short. */
  static int[] fromHeader(byte[] b) {
    if (b.length >= 24 && (b[0] & 0xff) == 0x89 && ascii(b, 1, "PNG") && ascii(b, 12, "IHDR")) {
      return new int[] {int32(b, 16), int32(b, 20)};
    }
    if (b.length >= 10 && (ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a"))) {
      return new int[] {u8(b, 6) | u8(b, 7) << 8, u8(b, 8) | u8(b, 9) << 8};
    }
    if (b.length >= 4 && u8(b, 0) == 0xFF && u8(b, 1) == 0xD8) {
      return jpeg(b);
    }
    return webp(b);
  }

  /** A JPEG's size from its first start-of-frame marker, if it lies in the bytes read. */
  private static int[] jpeg(byte[] b) {
    int i = 2;
    while (i + 9 < b.length) {
      if (u8(b, i) != 0xFF) {
        return null;
      }
      int marker = u8(b, i + 1);
      if (marker == 0xFF) {
        i++; // padding
        continue;
      }
      boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (frame) {
        return new int[] {u8(b, i + 7) << 8 | u8(b, i + 8), u8(b, i + 5) << 8 | u8(b, i + 6)};
      }
      if (marker == 0xD8 || marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
        i += 2; // markers without a length
        continue;
      }
      i += 2 + (u8(b, i + 2) << 8 | u8(b, i + 3));
    }
    return null; // a long EXIF block first: ImageIO reads further
  }

  /** WebP, which the JDK cannot read: the size is in the VP8, VP8L or VP8X chunk header. */
  private static int[] webp(byte[] b) {
    if (b.length < 30 || !ascii(b, 0, "RIFF") || !ascii(b, 8, "WEBP")) {
      return null;
    }
    if (ascii(b, 12, "VP8X")) {
      return new int[] {1 + (u8(b, 24) | u8(b, 25) << 8 | u8(b, 26) << 16), 1 + (u8(b, 27) | u8(b, 28) << 8
          | u8(b, 29) << 16)};
    }
    if (ascii(b, 12, "VP8L")) {
      int bits = u8(b, 21) | u8(b, 22) << 8 | u8(b, 23) << 16 | u8(b, 24) << 24;
      return new int[] {1 + (bits & 0x3fff), 1 + ((bits >> 14) & 0x3fff)};
    }
    if (ascii(b, 12, "VP8 ")) {
      return new int[] {(u8(b, 26) | u8(b, 27) << 8) & 0x3fff, (u8(b, 28) | u8(b, 29) << 8) & 0x3fff};
    }
    return null;
  }

  private static int[] imageIo(SiteIndex site, SiteIndex.Target target) {
    // A memory cache: ImageIO's default one writes a temporary file for every image read from a stream.
    try (InputStream raw = site.open(target); ImageInputStream in = new MemoryCacheImageInputStream(raw)) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (readers.hasNext()) {
        ImageReader reader = readers.next();
        try {
          reader.setInput(in, true, true);
          return new int[] {reader.getWidth(0), reader.getHeight(0)};
        } finally {
          reader.dispose();
        }
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return null;
  }

  private static int u8(byte[] b, int i) {
    return b[i] & 0xff;
  }

  private static int int32(byte[] b, int i) {
    return u8(b, i) << 24 | u8(b, i + 1) << 16 | u8(b, i + 2) << 8 | u8(b, i + 3);
  }

  private static boolean ascii(byte[] b, int at, String s) {
    if (at + s.length() > b.length) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (b[at + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}

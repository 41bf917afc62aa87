package dev.shareworthy.share;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes an opaque RGB image as PNG. A card is mostly flat colour, so each row is stored as differences to
 * the pixel on its left (PNG's "Sub" filter), which are nearly all zero and deflate well; this takes a
 * fraction of the time of ImageIO's writer, which tries every filter on every row. The fastest deflate level
 * costs about a third more bytes (some 50 KB a card) and saves most of the time, which matters on a first build
 * of thousands of posts.
 */
final class PngEncoder {

  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private PngEncoder() {}

  /** @param image of type {@link BufferedImage#TYPE_INT_RGB} */
  static byte[] encode(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    byte[] raw = new byte[h * (1 + 3 * w)];
    int o = 0;
    for (int y = 0; y < h; y++) {
      raw[o++] = 1; // Sub
      int prev = 0;
      for (int x = 0; x < w; x++) {
        int p = pixels[y * w + x];
        raw[o++] = (byte) ((p >> 16) - (prev >> 16));
        raw[o++] = (byte) ((p >> 8) - (prev >> 8));
        raw[o++] = (byte) (p - prev);
        prev = p;
      }
    }
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    ByteArrayOutputStream idat = new ByteArrayOutputStream(64 * 1024);
    try {
      deflater.setInput(raw);
      deflater.finish();
      byte[] buf = new byte[64 * 1024];
      while (!deflater.finished()) {
        int n = deflater.deflate(buf);
        idat.write(buf, 0, n);
      }
    } finally {
      deflater.end();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(idat.size() + 64);
    out.writeBytes(SIGNATURE);
    ByteBuffer header = ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2) // 8-bit RGB
        .put((byte) 0).put((byte) 0).put((byte) 0);
    chunk(out, "IHDR", header.array());
    chunk(out, "IDAT", idat.toByteArray());
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(t);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}

package dev.shareworthy.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageFileTest {

  private static byte[] encode(String format, int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
    return out.toByteArray();
  }

  @Test
  void readsTheSizeFromPngGifAndJpegHeaders() throws IOException {
    assertThat(ImageFile.fromHeader(encode("png", 1200, 630))).containsExactly(1200, 630);
    assertThat(ImageFile.fromHeader(encode("gif", 640, 480))).containsExactly(640, 480);
    assertThat(ImageFile.fromHeader(encode("jpg", 333, 222))).containsExactly(333, 222);
  }

  @Test
  void readsWebpHeaders() {
    byte[] vp8x = new byte[30];
    System.arraycopy("RIFF".getBytes(), 0, vp8x, 0, 4);
    System.arraycopy("WEBPVP8X".getBytes(), 0, vp8x, 8, 8);
    vp8x[24] = (byte) (1199 & 0xff);
    vp8x[25] = (byte) (1199 >> 8);
    vp8x[27] = (byte) (629 & 0xff);
    vp8x[28] = (byte) (629 >> 8);

    assertThat(ImageFile.fromHeader(vp8x)).containsExactly(1200, 630);
  }

  @Test
  void givesNothingForOtherFilesOrACutHeader() throws IOException {
    byte[] png = encode("png", 10, 10);

    assertThat(ImageFile.fromHeader("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes())).isNull();
    assertThat(ImageFile.fromHeader(java.util.Arrays.copyOf(png, 12))).isNull();
    assertThat(ImageFile.fromHeader(new byte[0])).isNull();
  }
}

package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import dev.shareworthy.check.SiteIndex;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * The share image's file in the built site: there, readable, a raster image networks accept, large enough and
 * near the 1.91:1 shape every network crops to. Only the image header is read. Images on other sites are not
 * fetched (checks run offline).
 */
public final class ShareImageSizeRule implements Rule {

  static final RuleInfo INFO = new RuleInfo("share-image-size", Category.SHARE_METADATA, Severity.WARNING,
      "Reads the og:image file's header: missing, unreadable, SVG, under 200x200 or over 5 MB is an error; "
          + "under 1200x630 or far from the 1.91:1 shape is a warning.",
      "Networks drop share images that are SVG, tiny or huge, and crop or blur ones of the wrong shape; "
          + "the image is most of a preview card.",
      "Use a PNG, JPEG or WebP of 1200x630 pixels (1.91:1) under 5 MB.",
      Thresholds.of("minWidth", 200, "minHeight", 200, "recommendedWidth", 1200, "recommendedHeight", 630,
          "aspectRatio", 1.91, "aspectTolerance", 0.2, "maxMegabytes", 5.0));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PageContext page, Reporter out) {
    String image = page.share().image();
    if (image == null || image.isBlank()) {
      return; // missing-share-image says so
    }
    int line = page.keyLine("image");
    SiteIndex.Target t = page.site().resolve(page.path(), image);
    if (t == null) {
      return; // on another site: not fetched offline
    }
    if (t.problem() != null || !t.exists()) {
      out.report(Severity.ERROR, line, "Share image " + image + " is not in the built site"
          + (t.problem() != null ? " (" + t.problem() + ")" : ""));
      return;
    }
    SiteIndex site = page.site();
    String name = t.file().getFileName().toString().toLowerCase(Locale.ROOT);
    long bytes;
    try {
      bytes = site.size(t);
    } catch (IOException e) {
      out.report(Severity.ERROR, line, "Share image " + image + " cannot be read: " + e.getMessage());
      return;
    }
    if (name.endsWith(".svg") || name.endsWith(".svgz") || looksLikeSvg(site, t)) {
      out.report(Severity.ERROR, line, "Share image " + image + " is an SVG, which no network shows in previews");
      return;
    }
    double maxMb = out.number("maxMegabytes");
    if (bytes > maxMb * 1024 * 1024) {
      out.report(Severity.ERROR, line, String.format(Locale.ROOT, "Share image %s is %.1f MB (maximum is %s MB)",
          image, bytes / 1048576.0, trim(maxMb)));
    }
    int[] size = dimensions(site, t);
    if (size == null) {
      out.report(Severity.ERROR, line, "Share image " + image + " cannot be read as an image");
      return;
    }
    int w = size[0];
    int h = size[1];
    int minW = out.integer("minWidth");
    int minH = out.integer("minHeight");
    if (w < minW || h < minH) {
      out.report(Severity.ERROR, line, "Share image " + image + " is " + w + "x" + h + " pixels (minimum is "
          + minW + "x" + minH + ")");
      return;
    }
    int recW = out.integer("recommendedWidth");
    int recH = out.integer("recommendedHeight");
    if (w < recW || h < recH) {
      out.report(line, "Share image " + image + " is " + w + "x" + h + " pixels (recommended is at least "
          + recW + "x" + recH + ")");
    }
    double ratio = (double) w / h;
    double target = out.number("aspectRatio");
    double tolerance = out.number("aspectTolerance");
    if (Math.abs(ratio / target - 1) > tolerance) {
      out.report(line, String.format(Locale.ROOT, "Share image %s has an aspect ratio of %.2f:1 (networks crop "
          + "to %s:1, within %d%%)", image, ratio, trim(target), Math.round(tolerance * 100)));
    }
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  private static boolean looksLikeSvg(SiteIndex site, SiteIndex.Target file) {
    try (InputStream in = site.open(file)) {
      String head = new String(in.readNBytes(256), java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading();
      return head.startsWith("<svg") || (head.startsWith("<?xml") && head.contains("<svg"));
    } catch (IOException e) {
      return false;
    }
  }

  /** Width and height from the header, or null when the file is no image the JDK or a WebP header parse reads. */
  static int[] dimensions(SiteIndex site, SiteIndex.Target file) {
    // A memory cache: ImageIO's default one writes a temporary file for every image read from a stream.
    try (InputStream raw = site.open(file); ImageInputStream in = new MemoryCacheImageInputStream(raw)) {
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
    return webp(site, file);
  }

  /** WebP, which the JDK cannot read: the size is in the VP8, VP8L or VP8X chunk header. */
  private static int[] webp(SiteIndex site, SiteIndex.Target file) {
    byte[] b;
    try (InputStream in = site.open(file)) {
      b = in.readNBytes(30);
    } catch (IOException e) {
      return null;
    }
    if (b.length < 30 || !ascii(b, 0, "RIFF") || !ascii(b, 8, "WEBP")) {
      return null;
    }
    if (ascii(b, 12, "VP8X")) {
      int w = 1 + ((b[24] & 0xff) | (b[25] & 0xff) << 8 | (b[26] & 0xff) << 16);
      int h = 1 + ((b[27] & 0xff) | (b[28] & 0xff) << 8 | (b[29] & 0xff) << 16);
      return new int[] {w, h};
    }
    if (ascii(b, 12, "VP8L")) {
      int bits = (b[21] & 0xff) | (b[22] & 0xff) << 8 | (b[23] & 0xff) << 16 | (b[24] & 0xff) << 24;
      return new int[] {1 + (bits & 0x3fff), 1 + ((bits >> 14) & 0x3fff)};
    }
    if (ascii(b, 12, "VP8 ")) {
      int w = ((b[26] & 0xff) | (b[27] & 0xff) << 8) & 0x3fff;
      int h = ((b[28] & 0xff) | (b[29] & 0xff) << 8) & 0x3fff;
      return new int[] {w, h};
    }
    return null;
  }

  private static boolean ascii(byte[] b, int at, String s) {
    for (int i = 0; i < s.length(); i++) {
      if (b[at + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}

package dev.shareworthy.report;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * The share images of a report as {@code data:} URIs, so the HTML file needs nothing else. Each file is embedded
 * once (as a CSS class every card that shows it uses), scaled down to what a card shows, and only while the
 * report stays within its size budget.
 */
final class EmbeddedImages {

  /** Wide enough for a sharp preview card at twice its 300 CSS pixels... */
  static final int MAX_WIDTH = 600;
  /** ...and files below this are embedded as they are. */
  static final long KEEP_BYTES = 80_000;
  /** Past this many bytes of images the report shows placeholders, so a 10,000-post site stays openable. */
  static final long BUDGET_BYTES = 12_000_000;

  /** What a card shows for its image: a CSS class that paints it, or a note saying why there is none. */
  record Embedded(String cssClass, String dataUri, String note) {
    boolean shown() {
      return cssClass != null;
    }
  }

  private final Map<Path, Embedded> byFile = new LinkedHashMap<>();
  private long used;

  /**
   * The image for a page's share card: embedded, or a note on why not.
   *
   * @param pageUrl the page's own URL, to tell the site's images from other hosts'
   */
  Embedded of(String imageUrl, Path imageFile, String pageUrl) {
    if (imageFile == null) {
      if (imageUrl == null || imageUrl.isBlank()) {
        return new Embedded(null, null, "No share image: the card has no picture");
      }
      String host = SharePreviewCards.domain(imageUrl);
      boolean own = !host.isEmpty() && host.equals(SharePreviewCards.domain(pageUrl)) || !imageUrl.contains("//");
      // The site's own image without a source file was made by the build (a generated social card, say);
      // a check run does not keep its build, so there is no file left to embed.
      return new Embedded(null, null, own ? "Image made by the build: open the built page to see it"
          : "Image on another host, not loaded by this report");
    }
    return byFile.computeIfAbsent(imageFile.toAbsolutePath().normalize(), this::embed);
  }

  /** Every embedded image, in the order they were first used: {@code .class → data URI}. */
  Map<String, String> styles() {
    Map<String, String> styles = new LinkedHashMap<>();
    for (Embedded e : byFile.values()) {
      if (e.shown()) {
        styles.put(e.cssClass(), e.dataUri());
      }
    }
    return styles;
  }

  private Embedded embed(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".svg") || name.endsWith(".svgz")) {
      return new Embedded(null, null, "SVG image: X, Facebook and LinkedIn do not show SVG");
    }
    if (!Files.isRegularFile(file)) {
      return new Embedded(null, null, "Image file missing: " + file.getFileName());
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      if ("image/webp".equals(mimeOf(bytes))) {
        // The JDK cannot decode WebP, but every browser shows it: embed it as it is if it is small enough.
        return bytes.length <= 5 * KEEP_BYTES ? add("image/webp", bytes)
            : new Embedded(null, null, "WebP image too large to embed: " + file.getFileName());
      }
      BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(bytes));
      if (image == null) {
        return new Embedded(null, null, "Image not readable: " + file.getFileName());
      }
      String mime;
      if (bytes.length <= KEEP_BYTES && image.getWidth() <= MAX_WIDTH && mimeOf(bytes) != null) {
        mime = mimeOf(bytes);
      } else {
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage small = scale(image, alpha);
        bytes = alpha ? png(small) : jpeg(small);
        mime = alpha ? "image/png" : "image/jpeg";
      }
      return add(mime, bytes);
    } catch (IOException | RuntimeException e) {
      // A corrupt image is a finding of the share-image rules; here it only means no preview.
      return new Embedded(null, null, "Image not readable: " + file.getFileName());
    }
  }

  private Embedded add(String mime, byte[] bytes) {
    String uri = "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(bytes);
    if (used + uri.length() > BUDGET_BYTES) {
      return new Embedded(null, null, "Image left out to keep this report small");
    }
    used += uri.length();
    return new Embedded("img-" + byFile.size(), uri, null);
  }

  private static BufferedImage scale(BufferedImage image, boolean alpha) {
    int width = Math.min(MAX_WIDTH, image.getWidth());
    int height = Math.max(1, (int) Math.round(image.getHeight() * (width / (double) image.getWidth())));
    BufferedImage small = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = small.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(image, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return small;
  }

  private static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static byte[] jpeg(BufferedImage image) throws IOException {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
    ImageWriter writer = writers.next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.8f);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  /** The type of an image the browser shows as is, from its first bytes; null for others (BMP, TIFF...). */
  static String mimeOf(byte[] b) {
    if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return "image/png";
    }
    if (b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8) {
      return "image/jpeg";
    }
    if (b.length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') {
      return "image/gif";
    }
    if (b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E') {
      return "image/webp";
    }
    return null;
  }
}

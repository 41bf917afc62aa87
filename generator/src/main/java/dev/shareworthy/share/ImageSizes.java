package dev.shareworthy.share;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Reads the pixel size of local images from their headers only (never decoding pixels), once per file and build. */
final class ImageSizes {

  /** Width and height in pixels; 0×0 when unknown (a remote image, SVG, or an unreadable file). */
  record Size(int width, int height) {
    static final Size UNKNOWN = new Size(0, 0);
  }

  private final Map<Path, Size> sizes = new ConcurrentHashMap<>();

  Size of(Path file) {
    if (file == null) {
      return Size.UNKNOWN;
    }
    return sizes.computeIfAbsent(file, ImageSizes::read);
  }

  private static Size read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Size.UNKNOWN;
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        return Size.UNKNOWN;
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return Size.UNKNOWN;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return new Size(reader.getWidth(0), reader.getHeight(0));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return Size.UNKNOWN; // a broken image is the image checks' business; previews then just lack a size
    }
  }
}

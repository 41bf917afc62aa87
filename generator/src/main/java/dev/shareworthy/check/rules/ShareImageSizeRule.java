package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.ImageFile;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import dev.shareworthy.check.SiteIndex;
import java.util.Locale;

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
    // Looked up only for a finding: most pages have none, and the lookup reads the source file.
    java.util.function.IntSupplier line = () -> page.keyLine("image");
    SiteIndex.Target t = page.site().resolve(page.path(), image);
    if (t == null) {
      return; // on another site: not fetched offline
    }
    if (t.problem() != null || !t.exists()) {
      out.report(Severity.ERROR, line.getAsInt(), "Share image " + image + " is not in the built site"
          + (t.problem() != null ? " (" + t.problem() + ")" : ""));
      return;
    }
    ImageFile file = page.site().image(t);
    if (file.problem() != null) {
      out.report(Severity.ERROR, line.getAsInt(), "Share image " + image + " cannot be read: " + file.problem());
      return;
    }
    String name = t.file().getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".svg") || name.endsWith(".svgz") || file.svg()) {
      out.report(Severity.ERROR, line.getAsInt(), "Share image " + image
          + " is an SVG, which no network shows in previews");
      return;
    }
    double maxMb = out.number("maxMegabytes");
    if (file.bytes() > maxMb * 1024 * 1024) {
      out.report(Severity.ERROR, line.getAsInt(), "Share image " + image + " is "
          + Texts.fixed(file.bytes() / 1048576.0, 1)
          + " MB (maximum is " + trim(maxMb) + " MB)");
    }
    if (!file.readable()) {
      out.report(Severity.ERROR, line.getAsInt(), "Share image " + image + " cannot be read as an image");
      return;
    }
    int w = file.width();
    int h = file.height();
    int minW = out.integer("minWidth");
    int minH = out.integer("minHeight");
    if (w < minW || h < minH) {
      out.report(Severity.ERROR, line.getAsInt(), "Share image " + image + " is " + w + "x" + h + " pixels (minimum is "
          + minW + "x" + minH + ")");
      return;
    }
    int recW = out.integer("recommendedWidth");
    int recH = out.integer("recommendedHeight");
    if (w < recW || h < recH) {
      out.report(line.getAsInt(), "Share image " + image + " is " + w + "x" + h + " pixels (recommended is at least "
          + recW + "x" + recH + ")");
    }
    double ratio = (double) w / h;
    double target = out.number("aspectRatio");
    double tolerance = out.number("aspectTolerance");
    if (Math.abs(ratio / target - 1) > tolerance) {
      out.report(line.getAsInt(), "Share image " + image + " has an aspect ratio of " + Texts.fixed(ratio, 2)
          + ":1 (networks crop to " + trim(target) + ":1, within " + Math.round(tolerance * 100) + "%)");
    }
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}

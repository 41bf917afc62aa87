package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import org.jsoup.nodes.Element;

/** Content images without alt text: invisible to screen readers, and blank when images fail to load. */
public final class ImageAltRule implements Rule {

  static final RuleInfo INFO = new RuleInfo("image-alt", Category.LINKS, Severity.WARNING,
      "Finds images in the body without alt text.",
      "Alt text is what screen readers read and what shows when an image does not load; search engines use it "
          + "to understand the image.",
      "Describe the image in its alt text: ![A chart of weekly sign-ups](chart.png).",
      Thresholds.none());

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PageContext page, Reporter out) {
    for (Element img : page.images()) {
      if (img.attr("role").equals("presentation") || img.attr("aria-hidden").equals("true")) {
        continue;
      }
      if (img.attr("alt").isBlank()) {
        out.report(page.lineOf(img), "Image " + img.attr("src") + " has no alt text");
      }
    }
  }
}

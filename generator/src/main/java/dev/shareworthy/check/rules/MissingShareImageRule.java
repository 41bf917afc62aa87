package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;

/** Pages that end up with no og:image, so previews show a bare text card or none. */
public final class MissingShareImageRule implements Rule {

  static final RuleInfo INFO = new RuleInfo("missing-share-image", Category.SHARE_METADATA, Severity.WARNING,
      "Checks that the page has an og:image.",
      "Posts shared with a large image get far more clicks than text-only cards.",
      "Set 'image:' in the front matter (1200x630 pixels works everywhere), or put a cover image in the "
          + "post's bundle.",
      Thresholds.none());

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PageContext page, Reporter out) {
    if (!page.share().has("og:image")) {
      out.report(page.keyLine("image", "title"), "Page has no og:image; previews show no picture");
    }
  }
}

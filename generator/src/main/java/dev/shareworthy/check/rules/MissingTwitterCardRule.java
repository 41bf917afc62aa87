package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;

/** Pages without a twitter:card tag, which X needs before it shows any card. */
public final class MissingTwitterCardRule implements Rule {

  static final RuleInfo INFO = new RuleInfo("missing-twitter-card", Category.SHARE_METADATA, Severity.WARNING,
      "Checks for a twitter:card meta tag.",
      "Without twitter:card, X shows a plain link instead of a card with title, description and image.",
      "Add <meta name=\"twitter:card\" content=\"summary_large_image\"> to the page head (the default theme "
          + "writes it).",
      Thresholds.none());

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PageContext page, Reporter out) {
    if (!page.share().has("twitter:card")) {
      out.report(page.keyLine("title"), "Page has no twitter:card; X shows a bare link");
    }
  }
}

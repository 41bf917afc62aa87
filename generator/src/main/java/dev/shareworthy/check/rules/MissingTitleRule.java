package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;

/** A page whose link preview would have no title at all. */
public final class MissingTitleRule implements Rule {

  static final RuleInfo INFO = new RuleInfo("missing-title", Category.SHARE_METADATA, Severity.ERROR,
      "Looks for the title a link preview shows: og:title, else the page's <title>.",
      "Without a title, a shared link shows a bare URL that nobody clicks.",
      "Give the post a title in its front matter and make sure the theme writes <title> and og:title.",
      Thresholds.none());

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PageContext page, Reporter out) {
    String title = page.share().title();
    if (title == null || title.isBlank()) {
      out.report(page.keyLine("title"), "Page has no title for link previews (no og:title and no <title>)");
    }
  }
}

package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;

/** Posts whose author wrote no description, so previews make do with the first lines of the body. */
public final class MissingDescriptionRule implements Rule {

  static final RuleInfo INFO = new RuleInfo("missing-description", Category.SHARE_METADATA, Severity.WARNING,
      "Checks that the front matter has a description (or summary).",
      "Without one, previews and search results show the excerpt, which was written to open the post, not "
          + "to sell it.",
      "Add 'description:' to the front matter: one or two sentences (50 to 160 characters) saying what the "
          + "reader gets.",
      Thresholds.none(), false);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PageContext page, Reporter out) {
    if (page.kind() == PageContext.Kind.HTML) {
      return;
    }
    if (page.post() != null ? !page.post().hasDescription()
        : !page.lines().hasKey("description") && !page.lines().hasKey("summary")) {
      String fallback = page.share().description();
      out.report(page.keyLine("title"), "No description in the front matter; previews fall back to the excerpt"
          + (fallback == null || fallback.isBlank() ? "" : " \"" + Texts.shorten(fallback, 60) + "\""));
    }
  }
}

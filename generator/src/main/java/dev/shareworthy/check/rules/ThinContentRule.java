package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;

/** Posts with too little body text to be worth a reader's click. Standalone pages (About) may be short. */
public final class ThinContentRule implements Rule {

  static final RuleInfo INFO = new RuleInfo("thin-content", Category.CONTENT, Severity.WARNING,
      "Counts the words of body text (code blocks, navigation and share blocks left out).",
      "A post that says little gives readers nothing to pass on; people share what makes them look informed.",
      "Develop the idea: add an example, the reasoning behind it, or what the reader should do next.",
      Thresholds.of("minWords", 300, "errorBelowWords", 150));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PageContext page, Reporter out) {
    if (page.kind() == PageContext.Kind.PAGE) {
      return;
    }
    int words = page.words();
    int min = out.integer("minWords");
    int errorBelow = out.integer("errorBelowWords");
    if (words < errorBelow) {
      out.report(Severity.ERROR, page.bodyLine(), "Post has " + words + " words (minimum is " + min
          + "; under " + errorBelow + " is an error)");
    } else if (words < min) {
      out.report(page.bodyLine(), "Post has " + words + " words (minimum is " + min + ")");
    }
  }
}

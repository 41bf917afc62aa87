package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;

/** Titles that X cuts off, or too short to say what the post is about. */
public final class TitleLengthRule implements Rule {

  static final RuleInfo INFO = new RuleInfo("title-length", Category.SHARE_METADATA, Severity.WARNING,
      "Measures the shared title (og:title, else the post's title) in characters; standalone pages such as "
          + "About may be short.",
      "X cuts titles at about 70 characters and a title under 10 says nothing; either way fewer people click.",
      "Rewrite the title to between 10 and 70 characters, with the promise of the post up front.",
      Thresholds.of("minCharacters", 10, "maxCharacters", 70));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PageContext page, Reporter out) {
    String title = page.share().has("og:title") ? page.share().get("og:title") : page.title();
    if (title == null || title.isBlank()) {
      return; // missing-title says so
    }
    int length = title.strip().codePointCount(0, title.strip().length());
    int min = out.integer("minCharacters");
    int max = out.integer("maxCharacters");
    if (length > max) {
      out.report(page.keyLine("title"), "Title has " + length + " characters (maximum is " + max
          + ", where X cuts it off)");
    } else if (length < min && page.kind() != PageContext.Kind.PAGE) {
      // Standalone pages are named by convention ("About", "Contact"): short is right for them.
      out.report(page.keyLine("title"), "Title has " + length + " characters (minimum is " + min + ")");
    }
  }
}

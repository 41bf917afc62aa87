package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;

/** Descriptions too short to tempt or so long that previews cut them. */
public final class DescriptionLengthRule implements Rule {

  static final RuleInfo INFO = new RuleInfo("description-length", Category.SHARE_METADATA, Severity.WARNING,
      "Measures the shared description (og:description, else the meta description) in characters.",
      "Previews show about 160 characters; a description under 50 wastes the space that persuades people to "
          + "click.",
      "Write a description of 50 to 160 characters that says what the reader will learn or get.",
      Thresholds.of("minCharacters", 50, "maxCharacters", 160));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PageContext page, Reporter out) {
    int min = out.integer("minCharacters");
    int max = out.integer("maxCharacters");
    String description = page.share().description();
    if (page.post() != null && !page.post().hasDescription()) {
      return; // the author wrote none: missing-description says so, and the excerpt's length is not theirs
    }
    if (description == null || description.isBlank()) {
      if (page.kind() == PageContext.Kind.HTML) {
        out.report(0, "Page has no description (minimum is " + min + " characters)");
      }
      return;
    }
    String d = description.strip();
    int length = d.codePointCount(0, d.length());
    if (length < min) {
      out.report(page.keyLine("description", "summary"), "Description has " + length + " characters (minimum is "
          + min + ")");
    } else if (length > max) {
      out.report(page.keyLine("description", "summary"), "Description has " + length + " characters (maximum is "
          + max + "; previews cut the rest)");
    }
  }
}

package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import dev.shareworthy.check.TextBlock;

/** Paragraphs so long that they look like a wall of text on a phone. */
public final class WallOfTextRule implements Rule {

  static final RuleInfo INFO = new RuleInfo("wall-of-text", Category.CONTENT, Severity.WARNING,
      "Finds paragraphs of more than 150 words.",
      "On a phone a long paragraph fills the screen; readers who see a wall of text scroll past it or leave.",
      "Split the paragraph where the idea turns; three to five sentences a paragraph is plenty.",
      Thresholds.of("maxWords", 150));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PageContext page, Reporter out) {
    int max = out.integer("maxWords");
    for (TextBlock b : page.blocks()) {
      if (b.paragraph() && b.words() > max) {
        out.report(page.lineOf(b), "Paragraph has " + b.words() + " words (maximum is " + max + "): \""
            + Texts.shorten(b.text(), 50) + "\"");
      }
    }
  }
}

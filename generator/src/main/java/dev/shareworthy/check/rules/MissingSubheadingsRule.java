package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import dev.shareworthy.check.TextBlock;

/** Long stretches of text without a subheading to scan by. */
public final class MissingSubheadingsRule implements Rule {

  static final RuleInfo INFO = new RuleInfo("missing-subheadings", Category.CONTENT, Severity.WARNING,
      "Finds posts of over 300 words without a subheading, and sections of over 350 words.",
      "Readers scan before they read; subheadings show them the post is worth their time, and give them "
          + "something to quote.",
      "Add a '##' subheading where the topic turns, saying what the section gives the reader.",
      Thresholds.of("maxWordsWithout", 300, "maxSectionWords", 350));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PageContext page, Reporter out) {
    int words = page.words();
    int without = out.integer("maxWordsWithout");
    int maxSection = out.integer("maxSectionWords");
    boolean anyHeading = false;
    for (TextBlock b : page.blocks()) {
      anyHeading |= b.heading() && !b.tag().equals("h1");
    }
    if (!anyHeading) {
      if (words > without) {
        out.report(page.bodyLine(), "Post has " + words + " words and no subheading (maximum without one is "
            + without + ")");
      }
      return;
    }
    TextBlock heading = null;
    int section = 0;
    for (TextBlock b : page.blocks()) {
      if (b.heading()) {
        report(page, out, heading, section, maxSection);
        heading = b;
        section = 0;
      } else {
        section += b.words();
      }
    }
    report(page, out, heading, section, maxSection);
  }

  private static void report(PageContext page, Reporter out, TextBlock heading, int words, int max) {
    if (words <= max) {
      return;
    }
    if (heading == null) {
      out.report(page.bodyLine(), "The opening runs " + words + " words before the first subheading (maximum is "
          + max + ")");
    } else {
      out.report(page.lineOf(heading), "Section \"" + Texts.shorten(heading.text(), 50) + "\" runs " + words
          + " words (maximum is " + max + ")");
    }
  }
}

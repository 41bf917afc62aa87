package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import dev.shareworthy.check.Sentences;

/** Too many long sentences: the reader loses the thread. */
public final class LongSentencesRule implements Rule {

  static final RuleInfo INFO = new RuleInfo("long-sentences", Category.CONTENT, Severity.WARNING,
      "Finds posts where more than 25% of the sentences have over 20 words.",
      "Long sentences tire readers on phones, where most shared links are opened.",
      "Split long sentences at 'and', 'but' and 'which'; one idea per sentence.",
      Thresholds.of("maxWords", 20, "maxShare", 25));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PageContext page, Reporter out) {
    Sentences sentences = page.sentences();
    if (sentences.size() < 5) {
      return;
    }
    int maxWords = out.integer("maxWords");
    int longOnes = 0;
    int first = -1;
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.words(i) > maxWords) {
        longOnes++;
        if (first < 0) {
          first = i;
        }
      }
    }
    double share = out.number("maxShare");
    if (longOnes * 100.0 > share * sentences.size()) {
      int line = page.lines() == null ? 0 : page.lines().lineOfText(sentences.text(first));
      out.report(line > 0 ? line : page.bodyLine(), longOnes + " of " + sentences.size() + " sentences have over "
          + maxWords + " words (" + Texts.fixed(longOnes * 100.0 / sentences.size(), 0) + "%; maximum is "
          + (share == Math.rint(share) ? String.valueOf((long) share) : String.valueOf(share)) + "%)");
    }
  }
}

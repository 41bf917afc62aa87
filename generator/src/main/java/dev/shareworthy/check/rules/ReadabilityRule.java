package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import dev.shareworthy.check.Sentences;

/**
 * Flesch reading ease of the body text, for English only: the formula's weights were fitted to English
 * syllables and sentence lengths and mean nothing for other languages.
 */
public final class ReadabilityRule implements Rule {

  /** Below this many words the score swings with every sentence. */
  private static final int MIN_WORDS = 100;

  static final RuleInfo INFO = new RuleInfo("readability", Category.CONTENT, Severity.WARNING,
      "Computes the Flesch reading ease of English body text (other languages are skipped).",
      "Hard-to-read posts get skimmed and abandoned; people share what they finished and understood.",
      "Shorten sentences, prefer short everyday words, and split long paragraphs.",
      Thresholds.of("minScore", 50));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PageContext page, Reporter out) {
    if (!page.english()) {
      return;
    }
    Sentences sentences = page.sentences();
    int words = 0;
    int syllables = 0;
    for (int i = 0; i < sentences.size(); i++) {
      words += sentences.words(i);
      syllables += sentences.syllables(i);
    }
    if (words < MIN_WORDS || sentences.size() == 0) {
      return;
    }
    double score = score(words, sentences.size(), syllables);
    int min = out.integer("minScore");
    if (score < min) {
      out.report(page.bodyLine(), "Flesch reading ease is " + Texts.fixed(score, 0) + " (minimum is " + min
          + "; " + Texts.fixed((double) words / sentences.size(), 1) + " words per sentence, "
          + Texts.fixed((double) syllables / words, 2) + " syllables per word)");
    }
  }

  static double score(int words, int sentences, int syllables) {
    return 206.835 - 1.015 * ((double) words / sentences) - 84.6 * ((double) syllables / words);
  }
}

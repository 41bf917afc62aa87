package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import dev.shareworthy.check.TextBlock;

/** Exclamation marks in the title, in runs, or sprinkled through the text. */
public final class ExcessiveExclamationRule implements Rule {

  static final RuleInfo INFO = new RuleInfo("excessive-exclamation", Category.SPAM, Severity.WARNING,
      "Finds an exclamation mark in the title, runs such as \"!!\", and more than one exclamation mark per 100 "
          + "words of body text.",
      "Exclamation marks read as hype; a calm, confident post is the one people pass on.",
      "Let the content carry the excitement: keep at most the odd exclamation mark, and none in the title.",
      Thresholds.of("maxPer100Words", 1.0));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PageContext page, Reporter out) {
    String title = page.title();
    if (title != null && (title.indexOf('!') >= 0 || title.indexOf('¡') >= 0)) {
      out.report(page.keyLine("title"), "Title has an exclamation mark: \"" + Texts.shorten(title, 60) + "\"");
    }
    int marks = 0;
    boolean runReported = false;
    for (TextBlock b : page.blocks()) {
      if (!b.exclamation()) {
        continue;
      }
      // Read from the block's characters: its prose becomes a string only for a run's excerpt.
      int n = b.proseLength();
      for (int i = nextMark(b, 0); i >= 0; i = nextMark(b, i + 1)) {
        char c = b.proseCharAt(i);
        marks++;
        boolean run = c == '‼' || (i + 1 < n && (b.proseCharAt(i + 1) == '!'
            || b.proseCharAt(i + 1) == '1' && isRunOfOnes(b, i + 1)));
        if (run && !runReported) {
          out.report(page.lineOf(b), "A run of exclamation marks: \"" + excerpt(b.prose(), i) + "\"");
          runReported = true;
        }
      }
    }
    int words = page.words();
    double max = out.number("maxPer100Words");
    if (words > 0 && marks > 1 && marks * 100.0 > max * words) {
      out.report(page.bodyLine(), marks + " exclamation marks in " + words + " words ("
          + Texts.fixed(marks * 100.0 / words, 1) + " per 100 words; maximum is "
          + (max == Math.rint(max) ? String.valueOf((long) max) : String.valueOf(max)) + ")");
    }
  }

  /** The next '!' or '‼' in a block's prose from {@code from} on, or -1. */
  private static int nextMark(TextBlock b, int from) {
    for (int i = from, n = b.proseLength(); i < n; i++) {
      char c = b.proseCharAt(i);
      if (c == '!' || c == '‼') {
        return i;
      }
    }
    return -1;
  }

  /** "!!1" and "!11" are the same shouting. */
  private static boolean isRunOfOnes(TextBlock b, int from) {
    int n = b.proseLength();
    return from < n && b.proseCharAt(from) == '1' && (from + 1 >= n || !Character.isDigit(b.proseCharAt(from + 1))
        || b.proseCharAt(from + 1) == '1');
  }

  private static String excerpt(String s, int at) {
    int start = Math.max(0, s.lastIndexOf(' ', Math.max(0, at - 30)));
    int end = Math.min(s.length(), at + 4);
    return s.substring(start, end).strip();
  }
}

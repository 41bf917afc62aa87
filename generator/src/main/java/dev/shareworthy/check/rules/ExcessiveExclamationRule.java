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
      String prose = b.prose();
      if (!b.exclamation()) {
        continue;
      }
      // Jumps from mark to mark: a prose block is mostly other characters.
      boolean doubles = prose.indexOf('‼') >= 0;
      int n = prose.length();
      for (int i = nextMark(prose, 0, doubles); i >= 0; i = nextMark(prose, i + 1, doubles)) {
        char c = prose.charAt(i);
        marks++;
        boolean run = c == '‼' || (i + 1 < n && (prose.charAt(i + 1) == '!'
            || prose.charAt(i + 1) == '1' && isRunOfOnes(prose, i + 1)));
        if (run && !runReported) {
          out.report(page.lineOf(b), "A run of exclamation marks: \"" + excerpt(prose, i) + "\"");
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

  /** "!!1" and "!11" are the same shouting. */
  /** The next '!' (or '‼', when the text has one) from {@code from}, or -1. */
  private static int nextMark(String prose, int from, boolean doubles) {
    int single = prose.indexOf('!', from);
    if (!doubles) {
      return single;
    }
    int twice = prose.indexOf('‼', from);
    return single < 0 ? twice : twice < 0 ? single : Math.min(single, twice);
  }

  private static boolean isRunOfOnes(String s, int from) {
    return from < s.length() && s.charAt(from) == '1' && (from + 1 >= s.length() || !Character.isDigit(s.charAt(from + 1))
        || s.charAt(from + 1) == '1');
  }

  private static String excerpt(String s, int at) {
    int start = Math.max(0, s.lastIndexOf(' ', Math.max(0, at - 30)));
    int end = Math.min(s.length(), at + 4);
    return s.substring(start, end).strip();
  }
}

package dev.shareworthy.check;

/**
 * One quality rule: it declares what it is and reports what it finds on a page. A rule never throws for content
 * problems, however broken the page; it is stateless, so pages are checked in parallel.
 */
public interface Rule {

  /** The rule's id, category, default severity, texts and default thresholds. */
  RuleInfo info();

  /** Looks at one page and reports through {@code out}, which also holds the thresholds in force. */
  void check(PageContext page, Reporter out);
}

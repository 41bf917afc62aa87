package dev.shareworthy.check;

import java.util.List;

/**
 * A rule that compares pages with each other, such as duplicate content. It first takes a small summary of each
 * page (pages are not kept in memory), then judges all summaries together.
 *
 * @param <T> what it keeps of a page
 */
public interface SiteWideRule<T> extends Rule {

  /** What the rule keeps of a page, or null to leave the page out; called in parallel. */
  T collect(PageContext page, Reporter out);

  /** Judges every collected page, reporting through each page's own reporter. */
  void checkSite(List<Collected<T>> pages);

  /** Site-wide rules report from {@link #checkSite}, not per page. */
  @Override
  default void check(PageContext page, Reporter out) {}

  /** A page's summary and the reporter for findings on that page. */
  record Collected<T>(T value, Reporter out) {}
}

package dev.shareworthy.template;

import java.util.List;

/**
 * Where a page of a paginated listing stands.
 *
 * @param number this page's number, from 1
 * @param total how many pages the listing has
 * @param prevUrl the newer page's URL, or null on the first page
 * @param nextUrl the older page's URL, or null on the last page
 * @param pages the links of a pagination bar: the first and last pages and two either side of this one,
 *     with a gap entry where numbers are skipped (a bar over every page would grow with the blog)
 */
public record Pagination(int number, int total, String prevUrl, String nextUrl, List<PageLink> pages) {

  public Pagination {
    pages = List.copyOf(pages);
  }

  /** One entry of a pagination bar: a numbered link, or a gap (number 0, no URL) where pages are skipped. */
  public record PageLink(int number, String url, boolean current, boolean gap) {}
}

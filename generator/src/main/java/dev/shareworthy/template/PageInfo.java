package dev.shareworthy.template;

/**
 * What every template knows about the page being written.
 *
 * @param kind one of home, post, page, tag, tags, category, categories, archive, 404
 * @param url the page's path as linked, base path included
 * @param permalink the page's absolute URL
 * @param image an absolute share image URL, or null
 */
public record PageInfo(String kind, String title, String description, String url, String permalink, String image) {}

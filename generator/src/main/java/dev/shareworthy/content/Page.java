package dev.shareworthy.content;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A standalone page such as About: not dated in listings, not in feeds.
 *
 * @param source the Markdown file, relative to the site folder, with forward slashes
 * @param path the site-relative path without the base path, such as {@code /about/}
 * @param url the path as linked from pages: base path included
 * @param date the front matter date, or null
 */
public record Page(
    String source,
    String slug,
    String title,
    OffsetDateTime date,
    OffsetDateTime lastmod,
    String description,
    String image,
    String path,
    String url,
    String permalink,
    String canonical,
    List<String> aliases,
    String content,
    List<TocEntry> toc,
    int wordCount,
    Map<String, Object> params,
    java.nio.file.Path bundle) {

  public Page {
    aliases = List.copyOf(aliases);
    toc = List.copyOf(toc);
    params = Map.copyOf(params);
  }
}

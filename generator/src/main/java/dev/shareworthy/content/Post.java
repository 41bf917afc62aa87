package dev.shareworthy.content;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A dated blog post, ready for templates.
 *
 * @param source the Markdown file, relative to the site folder, with forward slashes
 * @param path the post's site-relative path without the base path, such as {@code /posts/hello/}
 * @param url the path as linked from pages: base path included
 * @param permalink the absolute URL
 * @param canonical the canonical URL: front matter {@code canonical} or else the permalink
 * @param description the author's description, or else the excerpt trimmed to a sentence or two
 * @param image the share image as an absolute URL, or null when the post names none
 * @param content the body as HTML
 * @param excerpt the excerpt as HTML
 * @param bundle the folder of a page bundle whose other files are copied beside the post, or null
 */
public record Post(
    String source,
    String slug,
    String title,
    OffsetDateTime date,
    OffsetDateTime lastmod,
    String description,
    boolean hasDescription,
    List<Term> tags,
    List<Term> categories,
    String image,
    String author,
    boolean draft,
    String path,
    String url,
    String permalink,
    String canonical,
    List<String> aliases,
    String content,
    String excerpt,
    List<TocEntry> toc,
    int wordCount,
    int readingMinutes,
    Map<String, Object> params,
    java.nio.file.Path bundle) {

  public Post {
    tags = List.copyOf(tags);
    categories = List.copyOf(categories);
    aliases = List.copyOf(aliases);
    toc = List.copyOf(toc);
    params = Map.copyOf(params);
  }

  /** Whether the post was edited after it was published. */
  public boolean updated() {
    return lastmod != null && lastmod.isAfter(date);
  }
}

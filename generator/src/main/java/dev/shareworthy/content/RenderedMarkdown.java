package dev.shareworthy.content;

import java.util.List;

/**
 * A Markdown body turned into HTML, with what templates want to know about it.
 *
 * @param html the body as HTML
 * @param excerptHtml everything before {@code <!--more-->}, or else the first paragraph
 * @param excerptText the excerpt as plain text
 * @param toc the h2 and h3 headings, nested
 * @param wordCount words of prose, without code blocks
 */
public record RenderedMarkdown(String html, String excerptHtml, String excerptText, List<TocEntry> toc, int wordCount) {

  public RenderedMarkdown {
    toc = List.copyOf(toc);
  }

  /** Minutes to read at 230 words a minute, at least one. */
  public int readingMinutes() {
    return Math.max(1, (int) Math.ceil(wordCount / 230.0));
  }
}

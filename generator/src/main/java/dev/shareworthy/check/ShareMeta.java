package dev.shareworthy.check;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's head tells link previews: Open Graph and Twitter tags, the title, the meta description and the
 * canonical link, read once per page.
 */
public final class ShareMeta {

  private final Map<String, String> meta = new LinkedHashMap<>();
  private final String htmlTitle;
  private final String canonical;
  private final boolean hasCanonical;

  /** Reads a parsed page's head. */
  public ShareMeta(Document doc) {
    // One walk over the head's children: every page pays for this, and head tags sit at the top level.
    Element title = null;
    Element link = null;
    for (org.jsoup.nodes.Node n : doc.head().childNodes()) {
      if (!(n instanceof Element e)) {
        continue;
      }
      switch (e.normalName()) {
        case "meta" -> {
          String key = e.hasAttr("property") ? e.attr("property") : e.attr("name");
          if (!key.isEmpty()) {
            meta.putIfAbsent(key.strip().toLowerCase(java.util.Locale.ROOT), e.attr("content").strip());
          }
        }
        case "title" -> title = title == null ? e : title;
        case "link" -> {
          if (link == null && e.attr("rel").strip().equalsIgnoreCase("canonical")) {
            link = e;
          }
        }
        default -> { }
      }
    }
    if (title == null) {
      title = doc.selectFirst("title");
    }
    htmlTitle = title == null ? null : title.text().strip();
    hasCanonical = link != null;
    canonical = link == null ? null : link.attr("href").strip();
  }

  /** A meta tag's content by its property or name ({@code og:title}, {@code description}), or null. */
  public String get(String key) {
    return meta.get(key);
  }

  /** Whether a meta tag is present with non-blank content. */
  public boolean has(String key) {
    String v = meta.get(key);
    return v != null && !v.isEmpty();
  }

  /** The {@code <title>} element's text, or null. */
  public String htmlTitle() {
    return htmlTitle;
  }

  /** The canonical link's href as written, or null without one. */
  public String canonical() {
    return canonical;
  }

  public boolean hasCanonical() {
    return hasCanonical;
  }

  /** The title a link preview shows: {@code og:title}, else {@code twitter:title}, else {@code <title>}. */
  public String title() {
    if (has("og:title")) {
      return get("og:title");
    }
    if (has("twitter:title")) {
      return get("twitter:title");
    }
    return htmlTitle == null || htmlTitle.isEmpty() ? null : htmlTitle;
  }

  /** The description a link preview shows: {@code og:description}, else the meta description, or null. */
  public String description() {
    if (has("og:description")) {
      return get("og:description");
    }
    if (has("twitter:description")) {
      return get("twitter:description");
    }
    return has("description") ? get("description") : null;
  }

  /** The share image: {@code og:image}, else {@code twitter:image}, or null. */
  public String image() {
    if (has("og:image")) {
      return get("og:image");
    }
    return has("twitter:image") ? get("twitter:image") : null;
  }
}

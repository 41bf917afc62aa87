package dev.shareworthy.share;

import java.util.List;

/**
 * Everything a page's {@code <head>} carries for search engines and link previews: description, canonical
 * link, Open Graph, X card, JSON-LD and feed links. URLs are absolute; none carries tracking parameters.
 *
 * @param title the page's own title (without the site's name), for og:title and twitter:title
 * @param documentTitle the {@code <title>} text
 * @param description the author's description or the excerpt trimmed to about 160 characters; may be empty
 * @param canonical the canonical URL, also og:url
 * @param type {@code article} for posts, {@code website} for everything else
 * @param image the share image (absolute), or null
 * @param imageWidth its width in pixels, or 0 when unknown
 * @param imageHeight its height in pixels, or 0 when unknown
 * @param imageAlt the image's description: front matter {@code imageAlt}, else the title
 * @param published ISO date-time of a post's publication, or null
 * @param modified ISO date-time of a post's last change (its date when never changed), or null
 * @param tags a post's tags (article:tag)
 * @param author a post's author, or null
 * @param twitterCard {@code summary_large_image} with a large enough image, else {@code summary}
 * @param jsonLd the JSON-LD ({@code BlogPosting} on posts, {@code WebSite} on the home page), safe to print
 *     raw inside a script element, or null
 * @param rss the absolute URL of the RSS feed
 * @param atom the absolute URL of the Atom feed
 */
public record ShareMetadata(
    String title,
    String documentTitle,
    String description,
    String canonical,
    String type,
    String siteName,
    String locale,
    String image,
    int imageWidth,
    int imageHeight,
    String imageAlt,
    String published,
    String modified,
    List<String> tags,
    String author,
    String twitterCard,
    String jsonLd,
    String rss,
    String atom) {

  public ShareMetadata {
    tags = List.copyOf(tags);
  }

  /** Whether the image's size is known (a local image or a generated card). */
  public boolean imageSized() {
    return imageWidth > 0 && imageHeight > 0;
  }
}

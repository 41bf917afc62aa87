package dev.shareworthy.report;

import dev.shareworthy.check.PageSummary;
import java.net.URI;
import java.util.Locale;

/**
 * A page's link preview as X, Facebook and LinkedIn draw it: each platform's layout, its cut-off for the title
 * and description, and its domain line. The limits are what the platforms showed on a desktop feed in 2025;
 * the CSS clamps lines as well, as the platforms do.
 */
final class SharePreviews {

  /** X overlays the title on the image and cuts it at about 70 characters; it shows no description. */
  static final int X_TITLE = 70;
  /** Facebook shows up to two lines of title (about 88 characters) and one of description. */
  static final int FACEBOOK_TITLE = 88;
  static final int FACEBOOK_DESCRIPTION = 110;
  /** LinkedIn shows two lines of title (about 70 characters on desktop) and the domain, no description. */
  static final int LINKEDIN_TITLE = 70;

  private SharePreviews() {}

  static String html(PageSummary page, EmbeddedImages.Embedded image) {
    String domain = domain(page.url());
    String title = page.title() == null || page.title().isBlank() ? null : page.title().strip();
    String description = page.description() == null || page.description().isBlank() ? null : page.description().strip();
    boolean big = image.shown();
    // Without an image every platform falls back to a small card: a blank thumbnail beside the text.
    String frame = big ? "<div class=\"frame\">" : "<div class=\"frame compact\">";
    StringBuilder html = new StringBuilder(2048);
    html.append("<div class=\"previews\">");

    String xTitle = Escape.text(title == null ? domain : truncate(title, X_TITLE));
    html.append("<figure class=\"card x\"><figcaption>X</figcaption>").append(frame);
    image(html, image);
    if (big) {
      html.append("<span class=\"x-title\">").append(xTitle).append("</span>");
    } else {
      html.append("<div class=\"x-text\"><p class=\"x-domain\">").append(Escape.text(domain))
          .append("</p><p class=\"x-title-text\">").append(xTitle).append("</p></div>");
    }
    html.append("</div>");
    if (big) {
      html.append("<p class=\"x-from\">From ").append(Escape.text(domain)).append("</p>");
    }
    note(html, image);
    html.append("</figure>");

    html.append("<figure class=\"card fb\"><figcaption>Facebook</figcaption>").append(frame);
    image(html, image);
    html.append("<div class=\"fb-text\"><p class=\"fb-domain\">").append(Escape.text(domain.toUpperCase(Locale.ROOT)))
        .append("</p><p class=\"fb-title\">").append(Escape.text(title == null ? page.url() : truncate(title, FACEBOOK_TITLE)))
        .append("</p>");
    if (description != null) {
      html.append("<p class=\"fb-description\">").append(Escape.text(truncate(description, FACEBOOK_DESCRIPTION)))
          .append("</p>");
    }
    html.append("</div></div>");
    note(html, image);
    html.append("</figure>");

    html.append("<figure class=\"card li\"><figcaption>LinkedIn</figcaption>").append(frame);
    image(html, image);
    html.append("<div class=\"li-text\"><p class=\"li-title\">")
        .append(Escape.text(title == null ? page.url() : truncate(title, LINKEDIN_TITLE)))
        .append("</p><p class=\"li-domain\">").append(Escape.text(domain)).append("</p></div></div>");
    note(html, image);
    html.append("</figure>");

    return html.append("</div>").toString();
  }

  private static void image(StringBuilder html, EmbeddedImages.Embedded image) {
    if (image.shown()) {
      html.append("<div class=\"share-image ").append(image.cssClass())
          .append("\" role=\"img\" aria-label=\"Share image\"></div>");
    } else {
      html.append("<div class=\"share-image none\"></div>");
    }
  }

  /** Why a card has no picture, under the card, so the reader knows what to fix. */
  private static void note(StringBuilder html, EmbeddedImages.Embedded image) {
    if (!image.shown()) {
      html.append("<p class=\"card-note\">").append(Escape.text(image.note())).append("</p>");
    }
  }

  /** The host a card names: {@code https://www.example.com/x/} gives {@code example.com}. */
  static String domain(String url) {
    if (url == null || url.isBlank()) {
      return "";
    }
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) {
        return url;
      }
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  /**
   * Cuts text to at most {@code max} characters (counting code points, so an emoji is never split) at a word
   * boundary where there is one near the end, and adds an ellipsis as the platforms do.
   */
  static String truncate(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    int end = text.offsetByCodePoints(0, max - 1);
    int space = text.lastIndexOf(' ', end);
    if (space > end * 2 / 3) {
      end = space;
    }
    return text.substring(0, end).stripTrailing() + "…";
  }
}

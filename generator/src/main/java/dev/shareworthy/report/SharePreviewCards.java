package dev.shareworthy.report;

import java.net.URI;
import java.util.Locale;

/**
 * A page's link preview as X, Facebook, LinkedIn and a chat app draw it: each platform's layout, its cut-off for
 * the title and description, and its domain line. The limits are what the platforms showed on a desktop feed in
 * 2025; the CSS clamps lines as well, as the platforms do. Drawn by the HTML report and by the dev server's share
 * preview page, both with {@link #CSS}, which expects the custom properties {@code --card}, {@code --card-line},
 * {@code --muted} and {@code --warning}.
 */
public final class SharePreviewCards {

  /** X overlays the title on the image and cuts it at about 70 characters; it shows no description. */
  static final int X_TITLE = 70;
  /** Facebook shows up to two lines of title (about 88 characters) and one of description. */
  static final int FACEBOOK_TITLE = 88;
  static final int FACEBOOK_DESCRIPTION = 110;
  /** LinkedIn shows two lines of title (about 70 characters on desktop) and the domain, no description. */
  static final int LINKEDIN_TITLE = 70;
  /**
   * Chat apps (WhatsApp, Telegram, iMessage) show the site name, about two lines of title (65 characters) and,
   * in WhatsApp and Telegram, a line or two of description (about 100 characters).
   */
  static final int CHAT_TITLE = 65;
  static final int CHAT_DESCRIPTION = 100;

  /** The cards' style sheet. */
  public static final String CSS = """
      .previews{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:16px;margin-bottom:16px}
      .card{margin:0;min-width:0}
      .card figcaption{font-size:.8rem;font-weight:700;color:var(--muted);margin-bottom:4px}
      .card .frame{border:1px solid var(--card-line);background:var(--card);overflow:hidden;position:relative}
      .share-image{aspect-ratio:1.91/1;background-size:cover;background-position:center;background-color:#e9edf1}
      .share-image.none{background:repeating-linear-gradient(45deg,#eef1f4,#eef1f4 8px,#e4e8ec 8px,#e4e8ec 16px)}
      .frame.compact{display:flex;align-items:stretch}
      .frame.compact .share-image{aspect-ratio:1/1;width:96px;flex:none}
      .frame.compact>div:last-child{flex:1;min-width:0;display:flex;flex-direction:column;justify-content:center}
      .x-text{padding:8px 12px}.x-domain{margin:0;font-size:.78rem;color:#536471}
      .x-title-text{margin:2px 0 0;font-size:.9rem;color:#0f1419;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
      .frame.compact .x-text{background:#fff}
      .card-note{margin:4px 0 0;font-size:.8rem;color:var(--warning)}
      .x .frame{border-radius:16px}
      .x-title{position:absolute;left:10px;bottom:10px;max-width:calc(100% - 20px);background:rgba(0,0,0,.77);color:#fff;
        font-size:.8rem;padding:1px 6px;border-radius:4px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
      .x-from{margin:4px 0 0;font-size:.8rem;color:var(--muted)}
      .fb .frame{border-radius:0}
      .fb-text{background:#f0f2f5;padding:8px 12px;color:#050505}
      .fb-domain{margin:0;font-size:.72rem;color:#65676b;letter-spacing:.02em}
      .fb-title{margin:2px 0;font-weight:600;font-size:.95rem;line-height:1.25;display:-webkit-box;-webkit-line-clamp:2;
        -webkit-box-orient:vertical;overflow:hidden}
      .fb-description{margin:0;font-size:.85rem;color:#65676b;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
      .li .frame{border-radius:8px}
      .li-text{padding:8px 12px;background:#fff;color:rgba(0,0,0,.9)}
      .li-title{margin:0;font-weight:600;font-size:.9rem;line-height:1.3;display:-webkit-box;-webkit-line-clamp:2;
        -webkit-box-orient:vertical;overflow:hidden}
      .li-domain{margin:2px 0 0;font-size:.75rem;color:rgba(0,0,0,.6)}
      .chat .frame{border:none;background:#d9fdd3;border-radius:12px;padding:4px;max-width:330px}
      .chat .bubble{background:rgba(0,0,0,.05);border-radius:8px;overflow:hidden;border-left:4px solid #06a35e}
      .chat .frame.compact .bubble{display:flex;width:100%}
      .chat-text{padding:6px 10px;color:#111b21;min-width:0}
      .chat-site{margin:0;font-size:.75rem;font-weight:600;color:#06774a}
      .chat-title{margin:1px 0;font-size:.88rem;font-weight:600;line-height:1.25;display:-webkit-box;-webkit-line-clamp:2;
        -webkit-box-orient:vertical;overflow:hidden}
      .chat-description{margin:0;font-size:.8rem;color:#54656f;line-height:1.25;display:-webkit-box;-webkit-line-clamp:2;
        -webkit-box-orient:vertical;overflow:hidden}
      .chat-link{margin:4px 6px 2px;font-size:.85rem;color:#027eb5;overflow-wrap:anywhere}
      """;

  private SharePreviewCards() {}

  /**
   * What a card shows for its image.
   *
   * @param cssClass a CSS class that paints the image as a background, or null when there is none to show
   * @param note why there is no image, shown under the card; null when there is one
   */
  public record Image(String cssClass, String note) {

    public boolean shown() {
      return cssClass != null;
    }
  }

  /**
   * The X, Facebook and LinkedIn cards of a link.
   *
   * @param title the shared title ({@code og:title}), or null
   * @param description the shared description, or null
   * @param url the shared URL, whose host is the domain line
   */
  public static String html(String title, String description, String url, Image image) {
    return "<div class=\"previews\">" + networkCards(title, description, url, image) + "</div>";
  }

  /** The X, Facebook, LinkedIn and chat cards of a link, in one grid. */
  public static String withChat(String title, String description, String url, String siteName, Image image) {
    return "<div class=\"previews\">" + networkCards(title, description, url, image)
        + chat(title, description, url, siteName, image) + "</div>";
  }

  private static String networkCards(String title, String description, String url, Image image) {
    String domain = domain(url);
    String pageUrl = url == null ? "" : url;
    title = title == null || title.isBlank() ? null : title.strip();
    description = description == null || description.isBlank() ? null : description.strip();
    boolean big = image.shown();
    // Without an image every platform falls back to a small card: a blank thumbnail beside the text.
    String frame = big ? "<div class=\"frame\">" : "<div class=\"frame compact\">";
    StringBuilder html = new StringBuilder(2048);

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
        .append("</p><p class=\"fb-title\">").append(Escape.text(title == null ? pageUrl : truncate(title, FACEBOOK_TITLE)))
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
        .append(Escape.text(title == null ? pageUrl : truncate(title, LINKEDIN_TITLE)))
        .append("</p><p class=\"li-domain\">").append(Escape.text(domain)).append("</p></div></div>");
    note(html, image);
    html.append("</figure>");

    return html.toString();
  }

  /**
   * The link as a chat app (WhatsApp, Telegram, iMessage) unfurls it in a sent message: site name, title,
   * description and the image, above the link itself.
   */
  private static String chat(String title, String description, String url, String siteName, Image image) {
    String domain = domain(url);
    title = title == null || title.isBlank() ? null : title.strip();
    description = description == null || description.isBlank() ? null : description.strip();
    String site = siteName == null || siteName.isBlank() ? domain : siteName.strip();
    StringBuilder html = new StringBuilder(1024);
    html.append("<figure class=\"card chat\"><figcaption>Chat (WhatsApp, Telegram, iMessage)</figcaption>")
        .append(image.shown() ? "<div class=\"frame\"><div class=\"bubble\">" : "<div class=\"frame compact\"><div class=\"bubble\">");
    image(html, image);
    html.append("<div class=\"chat-text\"><p class=\"chat-site\">").append(Escape.text(site)).append("</p>");
    html.append("<p class=\"chat-title\">").append(Escape.text(title == null ? domain : truncate(title, CHAT_TITLE)))
        .append("</p>");
    if (description != null) {
      html.append("<p class=\"chat-description\">").append(Escape.text(truncate(description, CHAT_DESCRIPTION)))
          .append("</p>");
    }
    html.append("</div></div><p class=\"chat-link\">").append(Escape.text(url == null ? "" : url)).append("</p></div>");
    note(html, image);
    return html.append("</figure>").toString();
  }

  private static void image(StringBuilder html, Image image) {
    if (image.shown()) {
      html.append("<div class=\"share-image ").append(image.cssClass())
          .append("\" role=\"img\" aria-label=\"Share image\"></div>");
    } else {
      html.append("<div class=\"share-image none\"></div>");
    }
  }

  /** Why a card has no picture, under the card, so the reader knows what to fix. */
  private static void note(StringBuilder html, Image image) {
    if (!image.shown()) {
      html.append("<p class=\"card-note\">").append(Escape.text(image.note())).append("</p>");
    }
  }

  /** The host a card names: {@code https://www.example.com/x/} gives {@code example.com}. */
  public static String domain(String url) {
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
  public static String truncate(String text, int max) {
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

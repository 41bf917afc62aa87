package dev.shareworthy.share;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a post's share links: for each network, the tracked URL (canonical URL plus that network's tracking
 * parameters) percent-encoded as one component of the network's share address, and the share text fitted to
 * the network's limit.
 */
final class ShareLinks {

  /** The longest advocate id the script accepts; Bluesky's text keeps room for it. */
  static final int MAX_REF_LENGTH = 32;

  private ShareLinks() {}

  /**
   * @param post what is shared
   * @param mastodonPage the path of the site's Mastodon page, such as {@code /share/mastodon/}
   */
  static List<ShareLink> build(ShareConfig config, SharedPost post, String mastodonPage) {
    String text = text(config, post);
    List<ShareLink> links = new ArrayList<>();
    // Room for "&ref=<id>" that the script may add to the URL inside Bluesky's counted text.
    int refReserve = config.ref() == null ? 0 : config.ref().length() + 2 + MAX_REF_LENGTH;
    for (Network n : config.networks()) {
      String tracked = TrackedUrl.of(post.canonical(), config.trackingFor(n, post.slug()));
      String u = UrlEncoding.component(tracked);
      String href;
      String action = "link";
      switch (n) {
        case X -> href = "https://twitter.com/intent/tweet?text="
            + enc(ShareText.fit(text, n.limit() - ShareText.X_LINK_LENGTH - 1, n.measure())) + "&url=" + u;
        case FACEBOOK -> href = "https://www.facebook.com/sharer/sharer.php?u=" + u;
        case LINKEDIN -> href = "https://www.linkedin.com/sharing/share-offsite/?url=" + u;
        case REDDIT -> href = "https://www.reddit.com/submit?url=" + u + "&title="
            + enc(ShareText.fit(post.title(), n.limit(), n.measure()));
        case HACKERNEWS -> href = "https://news.ycombinator.com/submitlink?u=" + u + "&t="
            + enc(ShareText.fit(post.title(), n.limit(), n.measure()));
        case BLUESKY -> {
          int room = n.limit() - ShareText.length(tracked, n.measure()) - 1 - refReserve;
          href = "https://bsky.app/intent/compose?text=" + enc(join(ShareText.fit(text, room, n.measure()), tracked));
        }
        case MASTODON -> href = mastodonPage + "?text="
            + enc(join(ShareText.fit(text, n.limit() - ShareText.X_LINK_LENGTH - 1, n.measure()), tracked));
        case WHATSAPP -> href = "https://wa.me/?text=" + enc(join(text, tracked));
        case TELEGRAM -> href = "https://t.me/share/url?url=" + u + "&text=" + enc(text);
        case PINTEREST -> {
          if (post.image() == null) {
            continue; // a pin is an image: nothing to pin
          }
          href = "https://www.pinterest.com/pin/create/button/?url=" + u + "&media=" + enc(post.image())
              + "&description=" + enc(ShareText.fit(text, n.limit(), n.measure()));
        }
        case EMAIL -> href = "mailto:?subject=" + enc(post.title()) + "&body=" + enc(text + "\n\n" + tracked);
        case COPY -> {
          href = tracked;
          action = "copy";
        }
        case NATIVE -> {
          href = tracked;
          action = "native";
        }
        default -> throw new IllegalStateException(n.toString());
      }
      String title = switch (n) {
        case COPY -> "Copy the link to this post";
        case NATIVE -> "Share with an app on this device";
        case EMAIL -> "Share by email";
        default -> "Share on " + n.label();
      };
      links.add(new ShareLink(n.id(), n.label(), title, href, tracked, action, Icons.of(n)));
    }
    return List.copyOf(links);
  }

  /** The configured share text with its tokens filled in, on one line. */
  static String text(ShareConfig config, SharedPost post) {
    return config.text().replace("{title}", post.title()).replace("{description}", post.description())
        .replace("{author}", post.author()).replace("{site}", post.siteTitle()).replaceAll("\\s+", " ").strip();
  }

  private static String join(String text, String url) {
    return text.isEmpty() ? url : text + " " + url;
  }

  private static String enc(String s) {
    return UrlEncoding.component(s);
  }
}

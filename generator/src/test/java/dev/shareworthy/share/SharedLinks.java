package dev.shareworthy.share;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/** Reads share links back the way a network would: which URL each one shares, with which parameters. */
final class SharedLinks {

  private SharedLinks() {}

  /** The decoded query parameters of a URL (or of the part after {@code ?} of a mailto: link), in order. */
  static Map<String, String> query(String url) {
    Map<String, String> out = new LinkedHashMap<>();
    int q = url.indexOf('?');
    if (q < 0) {
      return out;
    }
    String query = url.substring(q + 1);
    int hash = query.indexOf('#');
    if (hash >= 0) {
      query = query.substring(0, hash);
    }
    for (String part : query.split("&")) {
      int eq = part.indexOf('=');
      String name = eq < 0 ? part : part.substring(0, eq);
      String value = eq < 0 ? "" : part.substring(eq + 1);
      out.put(decode(name), decode(value));
    }
    return out;
  }

  /** The tracked URL a share link hands to its network, decoded from the share address. */
  static String trackedUrl(Element link) {
    String network = link.attr("data-share-network");
    String href = link.attr("href");
    Map<String, String> q = query(href);
    return switch (network) {
      case "x", "linkedin", "reddit", "telegram", "pinterest" -> q.get("url");
      case "facebook", "hackernews" -> q.get("u");
      case "bluesky", "mastodon", "whatsapp" -> lastWord(q.get("text"));
      case "email" -> q.get("body").substring(q.get("body").lastIndexOf("\n\n") + 2);
      case "copy", "native" -> href;
      default -> throw new AssertionError("unknown network " + network + " in " + link);
    };
  }

  /** The text a share link hands to its network besides the URL (title, text or subject), or null. */
  static String sharedText(Element link) {
    Map<String, String> q = query(link.attr("href"));
    return switch (link.attr("data-share-network")) {
      case "x", "telegram" -> q.get("text");
      case "reddit" -> q.get("title");
      case "hackernews" -> q.get("t");
      case "pinterest" -> q.get("description");
      case "bluesky", "mastodon", "whatsapp" -> withoutLastWord(q.get("text"));
      case "email" -> q.get("subject");
      default -> null;
    };
  }

  /** The URL without its query and fragment, and its parameters, in order. */
  record Split(String base, List<Map.Entry<String, String>> params, String fragment) {}

  static Split split(String url) {
    String fragment = url.contains("#") ? url.substring(url.indexOf('#')) : "";
    String noFragment = url.substring(0, url.length() - fragment.length());
    String base = noFragment.contains("?") ? noFragment.substring(0, noFragment.indexOf('?')) : noFragment;
    List<Map.Entry<String, String>> params = new ArrayList<>(query(noFragment).entrySet());
    return new Split(base, params, fragment);
  }

  private static String lastWord(String text) {
    return text.substring(text.lastIndexOf(' ') + 1);
  }

  private static String withoutLastWord(String text) {
    int space = text.lastIndexOf(' ');
    return space < 0 ? "" : text.substring(0, space);
  }

  private static String decode(String s) {
    // Shareworthy never writes '+' for a space, so a '+' is a literal plus.
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}

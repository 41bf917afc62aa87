package dev.shareworthy.share;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A canonical URL with tracking parameters added: an existing query string is kept (a parameter of the same
 * name is replaced, not repeated) and a fragment stays at the end, where browsers expect it.
 */
public final class TrackedUrl {

  private TrackedUrl() {}

  /**
   * @param params parameter names and (unencoded) values, in order
   * @return {@code url} with the parameters, each name and value percent-encoded
   */
  public static String of(String url, List<Map.Entry<String, String>> params) {
    if (params.isEmpty()) {
      return url;
    }
    String fragment = "";
    int hash = url.indexOf('#');
    String base = url;
    if (hash >= 0) {
      fragment = url.substring(hash);
      base = url.substring(0, hash);
    }
    String query = "";
    int q = base.indexOf('?');
    if (q >= 0) {
      query = base.substring(q + 1);
      base = base.substring(0, q);
    }
    List<String> parts = new ArrayList<>();
    for (String part : query.split("&")) {
      if (!part.isEmpty() && params.stream().noneMatch(p -> nameOf(part).equals(UrlEncoding.component(p.getKey())))) {
        parts.add(part);
      }
    }
    for (Map.Entry<String, String> p : params) {
      parts.add(UrlEncoding.component(p.getKey()) + "=" + UrlEncoding.component(p.getValue()));
    }
    return base + "?" + String.join("&", parts) + fragment;
  }

  private static String nameOf(String part) {
    int eq = part.indexOf('=');
    return eq < 0 ? part : part.substring(0, eq);
  }
}

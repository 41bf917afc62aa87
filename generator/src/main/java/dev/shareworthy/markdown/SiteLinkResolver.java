package dev.shareworthy.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * Makes the links and images of a Markdown body work wherever the body is shown (its own page, the home
 * page's excerpt, a feed): {@code diagram.png} beside a bundle's index.md becomes {@code /posts/slug/diagram.png},
 * and {@code /about/} gains the site's base path.
 */
final class SiteLinkResolver implements LinkResolver {

  /** The page's own URL, base path included, such as {@code /blog/posts/hello/}; set per document. */
  static final DataKey<String> PAGE_URL = new DataKey<>("SHAREWORTHY_PAGE_URL", "/");
  /** The site's base path, such as {@code /blog/}; set per document. */
  static final DataKey<String> BASE_PATH = new DataKey<>("SHAREWORTHY_BASE_PATH", "/");

  private static final Pattern HAS_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  @Override
  public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
    if (link.getLinkType() != LinkType.LINK && link.getLinkType() != LinkType.IMAGE) {
      return link;
    }
    if (node instanceof MailLink) {
      return link;
    }
    String url = link.getUrl();
    if (node instanceof AutoLink && url.regionMatches(true, 0, "www.", 0, 4)) {
      return link.withUrl("https://" + url).withStatus(LinkStatus.VALID);
    }
    String resolved = resolve(url, PAGE_URL.get(context.getDocument()), BASE_PATH.get(context.getDocument()));
    return resolved.equals(url) ? link : link.withUrl(resolved).withStatus(LinkStatus.VALID);
  }

  static String resolve(String url, String pageUrl, String basePath) {
    if (url.isEmpty() || url.startsWith("#") || url.startsWith("//") || HAS_SCHEME.matcher(url).find()) {
      return url;
    }
    if (url.startsWith("/")) {
      return basePath + url.substring(1);
    }
    try {
      return URI.create(pageUrl).resolve(url).toString();
    } catch (IllegalArgumentException e) {
      return pageUrl + url; // not a valid URI reference (a space, say): keep the author's text, made absolute
    }
  }
}

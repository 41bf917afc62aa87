package dev.shareworthy.serve;

import static dev.shareworthy.serve.DevPages.band;
import static dev.shareworthy.serve.DevPages.esc;

import dev.shareworthy.build.SiteFile;
import dev.shareworthy.build.SiteSnapshot;
import dev.shareworthy.check.Finding;
import dev.shareworthy.check.ShareMeta;
import dev.shareworthy.report.SharePreviewCards;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * {@code /_shareworthy/share/<path>}: how a page's link looks when shared on X, Facebook, LinkedIn and in a chat
 * app, drawn from the metadata in the served page's head (what a crawler reads) and its image as the dev server
 * serves it; then that metadata, the page's share links with their referral parameters, and its findings.
 */
final class SharePreviewPage {

  private static final String IMAGE_CLASS = "sw-share-image";
  private static final List<String> TAGS = List.of("og:title", "og:description", "og:image", "og:image:alt",
      "og:image:width", "og:image:height", "og:site_name", "og:url", "og:type", "twitter:card", "twitter:title",
      "twitter:description", "twitter:image", "description");

  private SharePreviewPage() {}

  /**
   * The preview page of the page at {@code page} (its URL path without the base path), or null when the site
   * has no such HTML page.
   *
   * @param findings the page's findings when it is a post or page, else null
   */
  static String html(SiteSnapshot site, String page, ServedChecks.PageFindings findings) {
    String file = ServedChecks.htmlFile(page);
    SiteFile html = site.paths().contains(file) ? site.file(file) : null;
    if (html == null) {
      return null;
    }
    String pageUrl = site.site().absoluteUrl(page);
    Document doc = Jsoup.parse(new String(html.bytes(), StandardCharsets.UTF_8), pageUrl);
    ShareMeta meta = new ShareMeta(doc);
    String url = meta.hasCanonical() && !meta.canonical().isBlank() ? meta.canonical()
        : meta.has("og:url") ? meta.get("og:url") : pageUrl;
    String title = meta.title();

    // Four cards side by side on a laptop screen.
    StringBuilder css = new StringBuilder(".previews{grid-template-columns:repeat(auto-fit,minmax(230px,1fr))}\n");
    SharePreviewCards.Image image = image(site, pageUrl, meta.image(), css);
    StringBuilder body = new StringBuilder(8192);
    body.append("<p class=\"note\" style=\"margin-top:14px\"><a href=\"").append(esc(site.site().url(page)))
        .append("\">Open the page</a> · <code>").append(esc(page)).append("</code></p>");

    body.append("<section aria-labelledby=\"cards-h\"><h2 id=\"cards-h\">Link previews</h2>")
        .append("<p class=\"note\">Drawn from the page's own head, as each network's crawler reads it, with each ")
        .append("network's cut-off for titles and descriptions.</p>")
        .append(SharePreviewCards.withChat(title, meta.description(), url, meta.get("og:site_name"), image))
        .append("</section>\n");

    if (findings != null) {
      findings(body, findings);
    }
    shareLinks(body, doc);
    metadata(body, meta, url);
    return DevPages.page("Share preview: " + (title == null ? page : title),
        "Share preview: " + (title == null ? page : title), body.toString(), css.toString());
  }

  /**
   * The card image: the site's own file served by the dev server (so it shows offline and as just built), or an
   * image on another site, which the browser loads itself. Adds its CSS class to {@code css}.
   */
  private static SharePreviewCards.Image image(SiteSnapshot site, String pageUrl, String image, StringBuilder css) {
    if (image == null || image.isBlank()) {
      return new SharePreviewCards.Image(null, "No og:image: networks show a small card, or none.");
    }
    URI resolved;
    try {
      resolved = URI.create(pageUrl).resolve(image.strip().replace(" ", "%20"));
    } catch (IllegalArgumentException e) {
      return new SharePreviewCards.Image(null, "og:image is not a valid URL: " + image);
    }
    String src = resolved.toString();
    String base = site.site().baseUrl();
    if (src.startsWith(base)) {
      String rel = URLDecoder.decode(src.substring(base.length()).replaceAll("[?#].*$", "").replace("+", "%2B"),
          StandardCharsets.UTF_8);
      if (!site.paths().contains(rel)) {
        return new SharePreviewCards.Image(null, "The share image " + image + " is not in the site.");
      }
      src = site.site().url("/" + src.substring(base.length()));
    } else if (!src.startsWith("https://") && !src.startsWith("http://")) {
      return new SharePreviewCards.Image(null, "og:image is not a web address: " + image);
    }
    css.append('.').append(IMAGE_CLASS).append("{background-image:url(\"").append(cssString(src)).append("\")}\n");
    return new SharePreviewCards.Image(IMAGE_CLASS, null);
  }

  /** Text safe inside a double-quoted CSS string within a style element. */
  private static String cssString(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\' || c == '<' || c == '>' || c < 0x20) {
        out.append('\\').append(Integer.toHexString(c)).append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static void metadata(StringBuilder body, ShareMeta meta, String url) {
    body.append("<section aria-labelledby=\"meta-h\"><h2 id=\"meta-h\">What crawlers read</h2>")
        .append("<div class=\"table-scroll\"><table><thead><tr><th scope=\"col\">Tag</th><th scope=\"col\">Content</th>")
        .append("<th scope=\"col\" class=\"num\">Length</th></tr></thead><tbody>");
    row(body, "<title>", meta.htmlTitle());
    row(body, "canonical", meta.canonical());
    for (String tag : TAGS) {
      row(body, tag, meta.get(tag));
    }
    body.append("</tbody></table></div><p class=\"note\" style=\"margin-top:8px\">Shared URL: <code>").append(esc(url))
        .append("</code></p></section>\n");
  }

  private static void row(StringBuilder body, String tag, String value) {
    body.append("<tr><th scope=\"row\"><code>").append(esc(tag)).append("</code></th><td>")
        .append(value == null ? "<span class=\"len\">missing</span>" : esc(value)).append("</td><td class=\"num len\">")
        .append(value == null ? "" : value.codePointCount(0, value.length())).append("</td></tr>");
  }

  /** The page's share block as served: every link, exactly, with the parameters of the URL it shares. */
  private static void shareLinks(StringBuilder body, Document doc) {
    body.append("<section aria-labelledby=\"links-h\"><h2 id=\"links-h\">Share links</h2>");
    List<Element> links = doc.select("[data-share-block] a[data-share-network]");
    if (links.isEmpty()) {
      body.append("<p class=\"note\">This page has no share links (sharing is off for it, or its theme shows none).</p>");
    } else {
      body.append("<p class=\"note\">Exactly as the page's share block has them. Each shares the page's URL with ")
          .append("its own referral parameters, listed under it.</p><ul class=\"links\">");
      for (Element a : links) {
        Element label = a.selectFirst(".share-label");
        String name = label != null ? label.text() : a.text();
        String action = a.attr("data-share-action");
        String href = a.attr("href");
        String shared = a.attr("data-share-url");
        body.append("<li><a class=\"name\" href=\"").append(esc(href)).append("\"")
            .append(href.startsWith("mailto:") ? "" : " target=\"_blank\" rel=\"noopener\"").append(">")
            .append(esc(name.isBlank() ? a.attr("data-share-network") : name)).append("</a><span class=\"action\">")
            .append(esc(switch (action) {
              case "copy" -> "copies the link";
              case "native" -> "opens the device's share sheet";
              default -> href.startsWith("mailto:") ? "opens an email draft" : "opens the network's share page";
            })).append("</span>");
        if (!shared.isEmpty()) {
          parameters(body, shared);
        }
        body.append("<details><summary>Exact link</summary><a class=\"href\" href=\"").append(esc(href)).append("\"")
            .append(href.startsWith("mailto:") ? "" : " target=\"_blank\" rel=\"noopener\"").append("><code>")
            .append(esc(href)).append("</code></a>");
        if (!shared.isEmpty()) {
          body.append("<span class=\"path\">Shares <code>").append(esc(shared)).append("</code></span>");
        }
        body.append("</details></li>");
      }
      body.append("</ul>");
    }
    body.append("</section>\n");
  }

  private static void parameters(StringBuilder body, String url) {
    String query;
    try {
      query = URI.create(url).getRawQuery();
    } catch (IllegalArgumentException e) {
      return;
    }
    if (query == null || query.isEmpty()) {
      return;
    }
    body.append("<ul class=\"params\" aria-label=\"Referral parameters\">");
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      body.append("<li><code>").append(esc(decode(key))).append("=").append(esc(decode(value))).append("</code></li>");
    }
    body.append("</ul>");
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  private static void findings(StringBuilder body, ServedChecks.PageFindings found) {
    body.append("<section aria-labelledby=\"findings-h\"><h2 id=\"findings-h\">Findings <span class=\"badge ")
        .append(band(found.score())).append("\" title=\"share readiness\">").append(found.score()).append("</span></h2>");
    if (found.error() != null) {
      body.append("<p class=\"note\">The checks could not run: ").append(esc(found.error())).append("</p>");
    } else if (found.findings().isEmpty()) {
      body.append("<p class=\"note\">No findings: this page is ready to share.</p>");
    } else {
      body.append("<ul class=\"findings\">");
      for (Finding f : found.findings()) {
        body.append("<li class=\"finding ").append(f.severity().id()).append("\"><span class=\"sev\">")
            .append(f.severity().id()).append("</span> <code>").append(esc(f.rule())).append("</code> <span class=\"len\">")
            .append(esc(f.location())).append("</span><p>").append(esc(f.message())).append("</p>");
        if (f.hint() != null && !f.hint().isBlank()) {
          body.append("<p class=\"len\">Fix: ").append(esc(f.hint())).append("</p>");
        }
        body.append("</li>");
      }
      body.append("</ul>");
    }
    body.append("</section>\n");
  }
}

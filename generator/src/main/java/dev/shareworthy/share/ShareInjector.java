package dev.shareworthy.share;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Adds share metadata and share links to a rendered page whose theme left them out ({@code share.inject}):
 * the missing tags into {@code <head>}, the share block right after the article. A tag the template already
 * wrote is never written twice. This is the one post-processing step of a rendered page; every path that
 * renders pages (the build, the dev server) calls {@link #process}.
 */
public final class ShareInjector {

  private final ShareConfig.Inject mode;
  private final String script;
  private final String css;

  ShareInjector(ShareConfig.Inject mode, String script, String css) {
    this.mode = mode;
    this.script = script;
    this.css = css;
  }

  /** Whether {@link #process} returns every page unchanged, so a page can be streamed straight to its file. */
  public boolean passesThrough() {
    return mode == ShareConfig.Inject.NEVER;
  }

  /**
   * The page with whatever share metadata and links it lacks.
   *
   * @param html the page as the template rendered it
   * @param values the values the template saw: {@code meta} (a {@link ShareMetadata}) and, on posts, {@code share}
   *     (a {@link ShareBlock}, or null when sharing is off for the post)
   * @return {@code html} itself when nothing is missing
   */
  public String process(String html, Map<String, Object> values) {
    if (mode == ShareConfig.Inject.NEVER) {
      return html;
    }
    ShareMetadata meta = values.get("meta") instanceof ShareMetadata m ? m : null;
    ShareBlock block = values.get("share") instanceof ShareBlock b ? b : null;
    boolean always = mode == ShareConfig.Inject.ALWAYS;
    // auto: a theme that writes any Open Graph tag, or its own share links, has taken care of them.
    boolean head = meta != null && (always || !hasOpenGraph(html));
    boolean links = block != null && (always || !hasShareLinks(html, block));
    if (!head && !links) {
      return html;
    }
    Document doc = Jsoup.parse(html);
    doc.outputSettings().prettyPrint(false);
    boolean changed = false;
    if (head) {
      changed |= addHead(doc, meta);
    }
    if (links && doc.selectFirst("[data-share-block]") == null && !linksPresent(doc, block)) {
      addBlock(doc, block);
      changed = true;
    }
    return changed ? doc.outerHtml() : html;
  }

  private static boolean hasOpenGraph(String html) {
    return html.contains("property=\"og:") || html.contains("property='og:") || html.contains("property=og:");
  }

  private static boolean hasShareLinks(String html, ShareBlock block) {
    if (html.contains("data-share-block")) {
      return true;
    }
    for (ShareLink link : block.links()) {
      if (!link.action().equals("link")) {
        continue;
      }
      if (html.contains(link.href()) || html.contains(link.href().replace("&", "&amp;"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean linksPresent(Document doc, ShareBlock block) {
    for (ShareLink link : block.links()) {
      if (link.action().equals("link") && !doc.getElementsByAttributeValue("href", link.href()).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Adds each tag of {@code meta} that the head lacks; true when any was added. */
  private static boolean addHead(Document doc, ShareMetadata meta) {
    Element head = doc.head();
    List<Element> added = new ArrayList<>();
    if (doc.selectFirst("head > title") == null) {
      added.add(new Element("title").text(meta.documentTitle()));
    }
    if (!meta.description().isEmpty()) {
      name(doc, added, "description", meta.description());
    }
    if (doc.selectFirst("link[rel=canonical]") == null) {
      added.add(new Element("link").attr("rel", "canonical").attr("href", meta.canonical()));
    }
    property(doc, added, "og:title", meta.title());
    if (!meta.description().isEmpty()) {
      property(doc, added, "og:description", meta.description());
    }
    property(doc, added, "og:type", meta.type());
    property(doc, added, "og:url", meta.canonical());
    property(doc, added, "og:site_name", meta.siteName());
    property(doc, added, "og:locale", meta.locale());
    if (meta.image() != null) {
      property(doc, added, "og:image", meta.image());
      if (meta.imageSized()) {
        property(doc, added, "og:image:width", Integer.toString(meta.imageWidth()));
        property(doc, added, "og:image:height", Integer.toString(meta.imageHeight()));
      }
      property(doc, added, "og:image:alt", meta.imageAlt());
    }
    if (meta.published() != null) {
      property(doc, added, "article:published_time", meta.published());
      property(doc, added, "article:modified_time", meta.modified());
      property(doc, added, "article:author", meta.author());
      if (doc.selectFirst("meta[property=article:tag]") == null) {
        for (String tag : meta.tags()) {
          added.add(new Element("meta").attr("property", "article:tag").attr("content", tag));
        }
      }
    }
    name(doc, added, "twitter:card", meta.twitterCard());
    name(doc, added, "twitter:title", meta.title());
    if (!meta.description().isEmpty()) {
      name(doc, added, "twitter:description", meta.description());
    }
    if (meta.image() != null) {
      name(doc, added, "twitter:image", meta.image());
      name(doc, added, "twitter:image:alt", meta.imageAlt());
    }
    if (meta.jsonLd() != null && doc.selectFirst("script[type=application/ld+json]") == null) {
      Element ld = new Element("script").attr("type", "application/ld+json");
      ld.appendChild(new DataNode(meta.jsonLd()));
      added.add(ld);
    }
    if (doc.selectFirst("link[rel=alternate][type=application/rss+xml]") == null) {
      added.add(new Element("link").attr("rel", "alternate").attr("type", "application/rss+xml")
          .attr("title", meta.siteName() + " (RSS)").attr("href", meta.rss()));
    }
    if (doc.selectFirst("link[rel=alternate][type=application/atom+xml]") == null) {
      added.add(new Element("link").attr("rel", "alternate").attr("type", "application/atom+xml")
          .attr("title", meta.siteName() + " (Atom)").attr("href", meta.atom()));
    }
    for (Element e : added) {
      head.appendChild(e);
      head.appendText("\n");
    }
    return !added.isEmpty();
  }

  private static void property(Document doc, List<Element> added, String property, String content) {
    if (content != null && doc.getElementsByAttributeValue("property", property).isEmpty()) {
      added.add(new Element("meta").attr("property", property).attr("content", content));
    }
  }

  private static void name(Document doc, List<Element> added, String name, String content) {
    if (content != null && doc.select("meta[name]").stream().noneMatch(e -> e.attr("name").equals(name))) {
      added.add(new Element("meta").attr("name", name).attr("content", content));
    }
  }

  /** The share block after the page's article (or at the end of {@code <main>}, or of the body). */
  private void addBlock(Document doc, ShareBlock block) {
    Element section = blockElement(block);
    Element style = new Element("style").appendChild(new DataNode(css));
    Element article = doc.selectFirst("main article");
    if (article == null) {
      article = doc.selectFirst("article");
    }
    if (article != null) {
      article.after(section);
    } else {
      Element main = doc.selectFirst("main");
      (main != null ? main : doc.body()).appendChild(section);
    }
    section.prependChild(style);
  }

  private Element blockElement(ShareBlock block) {
    Element section = new Element("section").addClass("share").attr("data-share-block", "")
        .attr("aria-labelledby", "share-heading").attr("data-share-title", block.title())
        .attr("data-share-text", block.text());
    if (block.ref() != null) {
      section.attr("data-share-ref", block.ref());
    }
    section.appendElement("h2").addClass("share-heading").id("share-heading").text(block.heading());
    Element list = section.appendElement("ul").addClass("share-links");
    for (ShareLink link : block.links()) {
      Element item = list.appendElement("li");
      if (link.action().equals("native")) {
        item.attr("hidden", ""); // shown by the script where the browser has a share sheet
      }
      Element a = item.appendElement("a").addClass("share-link").addClass("share-" + link.network())
          .attr("href", link.href()).attr("title", link.title())
          .attr("data-share-url", link.trackedUrl()).attr("data-share-network", link.network())
          .attr("data-share-action", link.action());
      if (link.action().equals("link") && !link.href().startsWith("mailto:")) {
        a.attr("target", "_blank").attr("rel", "noopener");
      }
      a.append(link.icon());
      a.appendElement("span").addClass("share-label").text(link.label());
    }
    section.appendElement("p").addClass("share-status").attr("data-share-status", "").attr("role", "status")
        .attr("aria-live", "polite");
    section.appendElement("script").appendChild(new DataNode(script));
    return section;
  }
}

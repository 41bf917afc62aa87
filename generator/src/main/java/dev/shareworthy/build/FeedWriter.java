package dev.shareworthy.build;

import dev.shareworthy.content.Post;
import dev.shareworthy.content.SiteConfig;
import dev.shareworthy.content.Term;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Writes the RSS 2.0 ({@code /feed.xml}) and Atom ({@code /atom.xml}) feeds: newest posts, full content, absolute URLs. */
final class FeedWriter {

  static final String RSS = "/feed.xml";
  static final String ATOM = "/atom.xml";
  private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
  private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
  private static final String DC_NS = "http://purl.org/dc/elements/1.1/";

  private final SiteConfig site;
  private final String generator;
  private final java.util.function.Function<Post, String> linkOf;

  /** @param linkOf a post's item link: its permalink with the feed's tracking parameters (ids stay clean) */
  FeedWriter(SiteConfig site, String generator, java.util.function.Function<Post, String> linkOf) {
    this.site = site;
    this.generator = generator;
    this.linkOf = linkOf;
  }

  void write(Path outDir, List<Post> allPosts, OffsetDateTime buildTime) throws IOException {
    for (Map.Entry<String, byte[]> feed : render(allPosts, buildTime).entrySet()) {
      Files.write(outDir.resolve(feed.getKey()), feed.getValue());
    }
  }

  /** Both feeds in memory, by file name relative to the site root ({@code feed.xml}, {@code atom.xml}). */
  Map<String, byte[]> render(List<Post> allPosts, OffsetDateTime buildTime) throws IOException {
    List<Post> posts = feedPosts(allPosts);
    List<String> contents = posts.stream().map(p -> absolute(p.content())).toList();
    OffsetDateTime updated = posts.stream().map(p -> p.lastmod() != null && p.lastmod().isAfter(p.date()) ? p.lastmod() : p.date())
        .max(OffsetDateTime::compareTo).orElse(buildTime);
    ByteArrayOutputStream rss = new ByteArrayOutputStream(1 << 16);
    ByteArrayOutputStream atom = new ByteArrayOutputStream(1 << 16);
    try {
      writeRss(rss, posts, contents, updated);
      writeAtom(atom, posts, contents, updated);
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the feeds: " + e.getMessage(), e);
    }
    Map<String, byte[]> feeds = new LinkedHashMap<>();
    feeds.put(RSS.substring(1), rss.toByteArray());
    feeds.put(ATOM.substring(1), atom.toByteArray());
    return feeds;
  }

  /** The posts the feeds carry: the newest {@code feedItems}. */
  List<Post> feedPosts(List<Post> allPosts) {
    return allPosts.subList(0, Math.min(site.feedItems(), allPosts.size()));
  }

  private void writeRss(OutputStream file, List<Post> posts, List<String> contents, OffsetDateTime updated)
      throws IOException, XMLStreamException {
    try (Xml xml = Xml.to(file)) {
      XMLStreamWriter w = xml.raw();
      w.writeStartElement("rss");
      w.writeAttribute("version", "2.0");
      w.writeNamespace("atom", ATOM_NS);
      w.writeNamespace("content", CONTENT_NS);
      w.writeNamespace("dc", DC_NS);
      xml.newline().start("channel").newline();
      xml.element("title", site.title()).newline();
      xml.element("link", site.baseUrl()).newline();
      xml.element("description", site.description().isEmpty() ? site.title() : site.description()).newline();
      xml.element("language", site.language()).newline();
      xml.element("lastBuildDate", rfc1123(updated)).newline();
      xml.element("generator", generator).newline();
      w.writeEmptyElement("atom", "link", ATOM_NS);
      w.writeAttribute("href", site.absoluteUrl(RSS));
      w.writeAttribute("rel", "self");
      w.writeAttribute("type", "application/rss+xml");
      xml.newline();
      for (int i = 0; i < posts.size(); i++) {
        Post post = posts.get(i);
        xml.start("item").newline();
        xml.element("title", post.title()).newline();
        xml.element("link", linkOf.apply(post)).newline();
        xml.start("guid").attr("isPermaLink", "true");
        w.writeCharacters(post.permalink());
        xml.end().newline();
        xml.element("pubDate", rfc1123(post.date())).newline();
        w.writeStartElement("dc", "creator", DC_NS);
        w.writeCharacters(Xml.clean(post.author()));
        xml.end().newline();
        for (Term tag : post.tags()) {
          xml.element("category", tag.name()).newline();
        }
        xml.element("description", post.description()).newline();
        w.writeStartElement("content", "encoded", CONTENT_NS);
        w.writeCData(contents.get(i).replace("]]>", "]]]]><![CDATA[>"));
        xml.end().newline();
        xml.end().newline();
      }
      xml.end().newline().end().newline();
    }
  }

  private void writeAtom(OutputStream file, List<Post> posts, List<String> contents, OffsetDateTime updated)
      throws IOException, XMLStreamException {
    try (Xml xml = Xml.to(file)) {
      XMLStreamWriter w = xml.raw();
      w.setDefaultNamespace(ATOM_NS);
      w.writeStartElement(ATOM_NS, "feed");
      w.writeDefaultNamespace(ATOM_NS);
      w.writeAttribute("xml:lang", site.language());
      xml.newline();
      xml.element("title", site.title()).newline();
      if (!site.description().isEmpty()) {
        xml.element("subtitle", site.description()).newline();
      }
      xml.empty("link", "rel", "alternate", "type", "text/html", "href", site.baseUrl()).newline();
      xml.empty("link", "rel", "self", "type", "application/atom+xml", "href", site.absoluteUrl(ATOM)).newline();
      xml.element("id", site.baseUrl()).newline();
      xml.element("updated", iso(updated)).newline();
      xml.start("author").element("name", site.author()).end().newline();
      xml.element("generator", generator).newline();
      for (int i = 0; i < posts.size(); i++) {
        Post post = posts.get(i);
        xml.start("entry").newline();
        xml.element("title", post.title()).newline();
        xml.empty("link", "rel", "alternate", "type", "text/html", "href", linkOf.apply(post)).newline();
        xml.element("id", post.permalink()).newline();
        xml.element("published", iso(post.date())).newline();
        xml.element("updated", iso(post.lastmod() != null && post.lastmod().isAfter(post.date()) ? post.lastmod() : post.date())).newline();
        xml.start("author").element("name", post.author()).end().newline();
        for (Term tag : post.tags()) {
          xml.empty("category", "term", tag.name()).newline();
        }
        xml.element("summary", post.description()).newline();
        xml.start("content").attr("type", "html");
        w.writeCharacters(Xml.clean(contents.get(i)));
        xml.end().newline();
        xml.end().newline();
      }
      xml.end().newline();
    }
  }

  /** Feed readers show content away from the site: every link and image must be absolute. */
  private String absolute(String html) {
    Document doc = Jsoup.parseBodyFragment(html, site.baseUrl());
    doc.outputSettings().prettyPrint(false);
    for (Element e : doc.select("[href], [src]")) {
      for (String attr : new String[] {"href", "src"}) {
        String value = e.attr(attr);
        if (!value.isEmpty() && !value.startsWith("#")) {
          String abs = e.absUrl(attr);
          if (!abs.isEmpty()) {
            e.attr(attr, abs);
          }
        }
      }
    }
    return doc.body().html();
  }

  private static String rfc1123(OffsetDateTime t) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(t);
  }

  private static String iso(OffsetDateTime t) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.withOffsetSameInstant(ZoneOffset.UTC));
  }
}

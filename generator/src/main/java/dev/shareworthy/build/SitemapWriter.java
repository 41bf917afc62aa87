package dev.shareworthy.build;

import dev.shareworthy.content.SiteConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/** Writes {@code sitemap.xml} listing every page meant for search engines, and {@code robots.txt} naming it. */
final class SitemapWriter {

  private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private final SiteConfig site;

  SitemapWriter(SiteConfig site) {
    this.site = site;
  }

  void write(Path outDir, List<PageJob> pages) throws IOException {
    for (Map.Entry<String, byte[]> file : render(pages).entrySet()) {
      Files.write(outDir.resolve(file.getKey()), file.getValue());
    }
  }

  /** {@code sitemap.xml} and {@code robots.txt} in memory, by file name relative to the site root. */
  Map<String, byte[]> render(List<PageJob> pages) throws IOException {
    List<PageJob> listed = pages.stream().filter(PageJob::inSitemap)
        .sorted(Comparator.comparing(PageJob::path)).toList();
    ByteArrayOutputStream sitemap = new ByteArrayOutputStream(1 << 16);
    try (Xml xml = Xml.to(sitemap)) {
      xml.raw().writeStartElement("urlset");
      xml.raw().writeDefaultNamespace(NS);
      xml.newline();
      for (PageJob page : listed) {
        xml.start("url").element("loc", ascii(site.absoluteUrl(page.path())));
        if (page.lastmod() != null) {
          xml.element("lastmod", page.lastmod());
        }
        xml.end().newline();
      }
      xml.end().newline();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write sitemap.xml: " + e.getMessage(), e);
    }
    String robots = "User-agent: *\nAllow: /\n\nSitemap: " + ascii(site.absoluteUrl("/sitemap.xml")) + "\n";
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("sitemap.xml", sitemap.toByteArray());
    files.put("robots.txt", robots.getBytes(StandardCharsets.UTF_8));
    return files;
  }

  /** A URL with non-ASCII path characters percent-encoded, as sitemaps require. */
  static String ascii(String url) {
    try {
      URI u = new URI(url);
      return u.toASCIIString();
    } catch (URISyntaxException e) {
      try {
        URI base = new URI(url.substring(0, url.indexOf('/', url.indexOf("//") + 2)));
        String path = url.substring(base.toString().length());
        return new URI(base.getScheme(), base.getRawAuthority(), path, null, null).toASCIIString();
      } catch (URISyntaxException | IndexOutOfBoundsException e2) {
        return url;
      }
    }
  }
}

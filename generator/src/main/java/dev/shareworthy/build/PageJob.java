package dev.shareworthy.build;

import java.util.Map;

/**
 * One HTML page to write: its site path, the template that renders it and the values the template sees.
 *
 * @param path the site path, such as {@code /tags/java/page/2/}
 * @param inSitemap whether the page belongs in sitemap.xml (not the 404 page, not redirects)
 * @param source the content file the page shows, or null for a generated page such as a listing
 */
record PageJob(String path, String template, Map<String, Object> values, boolean inSitemap, String lastmod,
    String source) {

  /** The file this page is written to, relative to the output folder. */
  String outputFile() {
    return outputFileOf(path);
  }

  static String outputFileOf(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    return p.isEmpty() || p.endsWith("/") ? p + "index.html" : p;
  }
}

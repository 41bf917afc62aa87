package dev.shareworthy.serve;

import com.sun.net.httpserver.HttpExchange;
import dev.shareworthy.Problem;
import dev.shareworthy.ShareworthyException;
import dev.shareworthy.build.SiteFile;
import dev.shareworthy.build.SiteSnapshot;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.BiFunction;
import java.util.zip.CRC32C;
import org.jsoup.nodes.Entities;

/**
 * Answers one request for a file of the site: folder URLs get their {@code index.html}, {@code /dir} redirects to
 * {@code /dir/}, a missing file gets the site's 404 page with status 404; {@code ETag} and {@code Last-Modified}
 * make unchanged files a 304. HTML pages get the dev server's additions before {@code </body>}.
 */
final class SiteResponder {

  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.ROOT);

  private final HttpExchange exchange;
  private final SiteSnapshot site;
  private final List<Problem> problems;
  private final Instant since;
  private final BiFunction<String, SiteSnapshot, String> insert;

  /**
   * @param since when the served state began, so an HTML page whose additions changed is not a 304
   * @param insert what to add to an HTML page, by its file
   */
  SiteResponder(HttpExchange exchange, SiteSnapshot site, List<Problem> problems, Instant since,
      BiFunction<String, SiteSnapshot, String> insert) {
    this.exchange = exchange;
    this.site = site;
    this.problems = problems;
    this.since = since;
    this.insert = insert;
  }

  void serve(String path, String query) throws IOException {
    if (site == null) {
      brokenSite(500, problems);
      return;
    }
    String base = site.site().basePath();
    if (!path.startsWith(base)) {
      if ((path + "/").equals(base) || path.equals("/")) {
        redirect(base);
      } else {
        notFound();
      }
      return;
    }
    String file = path.substring(base.length());
    if (file.isEmpty() || file.endsWith("/")) {
      file += "index.html";
    }
    try {
      SiteFile found = site.file(file);
      if (found != null) {
        send(200, file, found);
      } else if (site.file(file + "/index.html") != null) {
        redirect(path + "/" + (query == null ? "" : "?" + query));
      } else {
        notFound();
      }
    } catch (ShareworthyException e) {
      brokenSite(500, e.problems()); // a page pending since the last edit did not render
    }
  }

  private void notFound() throws IOException {
    SiteFile page = site.file("404.html");
    if (page == null) {
      Responses.text(exchange, 404, "Not found");
    } else {
      send(404, "404.html", page);
    }
  }

  private void redirect(String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    Responses.text(exchange, 301, "Moved to " + location);
  }

  private void send(int status, String file, SiteFile found) throws IOException {
    String type = ContentTypes.of(file);
    byte[] body = found.bytes();
    String etag = found.etag();
    Instant modified = found.modified();
    if (ContentTypes.isHtml(type)) {
      String extra = insert.apply(file, site);
      body = Injection.inject(body, extra, "");
      CRC32C crc = new CRC32C();
      crc.update(extra.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      etag = etag.substring(0, etag.length() - 1) + "-" + Long.toHexString(crc.getValue()) + "\"";
      modified = modified.isAfter(since) ? modified : since;
    }
    var headers = exchange.getResponseHeaders();
    headers.set("ETag", etag);
    headers.set("Last-Modified", httpDate(modified));
    if (status == 200 && notModified(etag, modified)) {
      headers.set("Cache-Control", "no-cache");
      exchange.sendResponseHeaders(304, -1);
      return;
    }
    Responses.bytes(exchange, status, type, body, "no-cache");
  }

  /** If-None-Match decides when sent; If-Modified-Since only without it, as RFC 9110 says. */
  private boolean notModified(String etag, Instant modified) {
    String match = exchange.getRequestHeaders().getFirst("If-None-Match");
    if (match != null) {
      for (String tag : match.split(",")) {
        String t = tag.strip();
        if (t.startsWith("W/")) {
          t = t.substring(2);
        }
        if (t.equals("*") || t.equals(etag)) {
          return true;
        }
      }
      return false;
    }
    String since = exchange.getRequestHeaders().getFirst("If-Modified-Since");
    if (since == null) {
      return false;
    }
    try {
      Instant client = ZonedDateTime.parse(since.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return !modified.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).isAfter(client);
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** A page for a site that cannot be shown: the problems, and the script that reloads it once they are fixed. */
  private void brokenSite(int status, List<Problem> shown) throws IOException {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Build error</title></head><body><h1>The site does not build yet</h1><ul>");
    for (Problem p : shown) {
      html.append("<li><code>").append(Entities.escape(p.toString())).append("</code></li>");
    }
    html.append("</ul><p>Fix the files and save: this page reloads by itself.</p></body></html>\n");
    byte[] body = Injection.inject(html.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
        insert.apply("", null), "");
    Responses.bytes(exchange, status, ContentTypes.HTML, body, "no-store");
  }

  /** An IMF-fixdate, such as {@code Sun, 06 Nov 1994 08:49:37 GMT}. */
  static String httpDate(Instant t) {
    return HTTP_DATE.format(t.atOffset(ZoneOffset.UTC));
  }

}

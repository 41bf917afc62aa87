package dev.shareworthy.serve;

import dev.shareworthy.ShareworthyException;
import dev.shareworthy.build.Rebuild;
import dev.shareworthy.build.SiteSnapshot;
import dev.shareworthy.check.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;

/**
 * What the dev server adds for writers, on by default: a panel on each post and page with its check findings
 * and share-readiness score, and pages of its own under {@code /_shareworthy/}: the list of every post by score
 * ({@code /_shareworthy/}), each post's share preview ({@code /_shareworthy/share/<path>}) and the findings as
 * JSON ({@code /_shareworthy/findings?page=<path>}), which the panel reads. Checks run in the background after a
 * rebuild is announced, never before; see {@link ServedChecks}.
 */
public final class WritingAids implements ServeExtension {

  static final String PANEL_ID = "shareworthy-panel";
  private static final String PANEL_SCRIPT = "panel.js";
  /** How long one request for the list checks pages before answering with those done and its progress. */
  private static final Duration LIST_BUDGET = Duration.ofSeconds(3);

  private final ServedChecks checks;
  private final byte[] panelScript;

  /** Aids for the site in {@code siteDir}, whose site.yaml and sources the checks read. */
  public WritingAids(Path siteDir) {
    this.checks = new ServedChecks(siteDir);
    try (InputStream in = WritingAids.class.getResourceAsStream(PANEL_SCRIPT)) {
      this.panelScript = in.readAllBytes();
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("the findings panel's script is missing from the jar", e);
    }
  }

  @Override
  public ServeResponse respond(String path, String query, SiteSnapshot site) {
    if (path.equals(PANEL_SCRIPT)) {
      return new ServeResponse(200, "text/javascript; charset=utf-8", panelScript);
    }
    if (site == null) {
      return null;
    }
    if (path.isEmpty() || path.equals("index.html")) {
      try {
        return ServeResponse.html(PostListPage.html(site, checks.report(site, LIST_BUDGET)));
      } catch (ShareworthyException e) {
        return new ServeResponse(500, ContentTypes.HTML, DevPages.page("The checks cannot run", "The checks cannot run",
            "<section><p>Fix the setting and save: this page reloads by itself.</p><ul>" + e.problems().stream()
                .map(p -> "<li><code>" + Entities.escape(p.toString()) + "</code></li>").collect(Collectors.joining())
            + "</ul></section>", "").getBytes(StandardCharsets.UTF_8));
      }
    }
    if (path.equals("findings")) {
      return findings(query, site);
    }
    if (path.startsWith("share/")) {
      String page = "/" + path.substring("share/".length());
      String html = SharePreviewPage.html(site, page, checks.findings(site, ServedChecks.htmlFile(page)));
      return html == null ? notFound("No post or page at " + page + " to preview.") : ServeResponse.html(html);
    }
    return null;
  }

  /** The findings of one page as JSON, for the panel: {@code ?page=/posts/x/}. */
  private ServeResponse findings(String query, SiteSnapshot site) {
    String page = parameter(query, "page");
    if (page == null || !page.startsWith("/") || SafePath.decode(page) == null) {
      return json(400, "{\"error\":" + Json.string("give the page's path, such as ?page=/posts/hello/") + "}");
    }
    ServedChecks.PageFindings found = checks.findings(site, ServedChecks.htmlFile(page));
    if (found == null) {
      return json(404, "{\"error\":" + Json.string("no post or page at " + page) + "}");
    }
    int[] progress = checks.progress(site);
    return json(200, "{\"version\":" + site.version() + ",\"page\":" + Json.string(found.page())
        + ",\"source\":" + Json.string(found.source()) + ",\"score\":" + found.score()
        + ",\"complete\":" + found.complete() + ",\"checked\":" + progress[0] + ",\"pages\":" + progress[1]
        + ",\"error\":" + Json.string(found.error())
        + ",\"findings\":" + found.findings().stream().map(WritingAids::json).collect(Collectors.joining(",", "[", "]"))
        + "}");
  }

  static String json(Finding f) {
    return "{\"severity\":" + Json.string(f.severity().id()) + ",\"rule\":" + Json.string(f.rule())
        + ",\"category\":" + Json.string(f.category().id())
        + ",\"line\":" + f.line() + ",\"location\":" + Json.string(f.location())
        + ",\"message\":" + Json.string(f.message()) + ",\"hint\":" + Json.string(f.hint()) + "}";
  }

  private static ServeResponse json(int status, String body) {
    return new ServeResponse(status, "application/json; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
  }

  private static ServeResponse notFound(String message) {
    return new ServeResponse(404, ContentTypes.HTML, ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Not found</title></head><body><h1>Not found</h1><p>" + Entities.escape(message)
        + "</p><p><a href=\"" + DevServer.PREFIX + "\">All posts</a></p></body></html>\n")
        .getBytes(StandardCharsets.UTF_8));
  }

  /** A query parameter's decoded value, or null. */
  static String parameter(String query, String name) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (key.equals(name)) {
        try {
          return URLDecoder.decode(eq < 0 ? "" : pair.substring(eq + 1), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          return null;
        }
      }
    }
    return null;
  }

  /** On posts and pages only: an empty panel the script fills with the page's findings. */
  @Override
  public String pageInsert(String file, SiteSnapshot site) {
    String page = checks.pagePath(site, file);
    if (page == null) {
      return "";
    }
    return "<aside id=\"" + PANEL_ID + "\" aria-label=\"Shareworthy findings\" hidden data-page=\""
        + Entities.escape(page) + "\"></aside>"
        + "<script src=\"" + DevServer.PREFIX + PANEL_SCRIPT + "\" defer></script>";
  }

  @Override
  public void rebuilt(Rebuild rebuild) {
    checks.rebuilt(rebuild);
  }

  @Override
  public void close() {
    checks.close();
  }

  /** How long the background checks of the last edit's pages took, in nanoseconds, or -1; for benchmarks. */
  public long lastCheckNanos() {
    return checks.lastCheckNanos();
  }

  /** How long the site-wide rules took when they last ran, in nanoseconds, or -1; for benchmarks. */
  public long lastSiteWideNanos() {
    return checks.lastSiteWideNanos();
  }
}

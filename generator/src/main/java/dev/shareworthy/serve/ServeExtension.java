package dev.shareworthy.serve;

import dev.shareworthy.build.Rebuild;
import dev.shareworthy.build.SiteSnapshot;

/**
 * Adds to what the dev server shows, never to a real build: pages of its own under {@code /_shareworthy/} and
 * HTML added to each served page, such as a panel. Called from request threads at once, so implementations
 * must be thread-safe; the snapshot handed in is immutable and stays consistent for the whole call.
 */
public interface ServeExtension {

  /**
   * Answers a GET or HEAD request under {@code /_shareworthy/}, or returns null when the path is not this
   * extension's. The server's own paths ({@code events}, {@code reload.js}) are never passed on.
   *
   * @param path the decoded path after {@code /_shareworthy/}, such as {@code share/posts/hello/}; checked for
   *     traversal like every path
   * @param query the raw query string, or null
   * @param site the site as currently served, or null while it has never built
   */
  default ServeResponse respond(String path, String query, SiteSnapshot site) {
    return null;
  }

  /**
   * HTML added to a served HTML page just before its {@code </body>}, or an empty string.
   *
   * @param file the page's file relative to the site root, such as {@code posts/hello/index.html}
   */
  default String pageInsert(String file, SiteSnapshot site) {
    return "";
  }

  /**
   * Hears of a successful build or rebuild on the server's rebuild thread, after open pages were told: work it
   * starts must run elsewhere, so the next edit is not held up.
   */
  default void rebuilt(Rebuild rebuild) {}

  /** The server stops: ends whatever the extension started. */
  default void close() {}
}

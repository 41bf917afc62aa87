package dev.shareworthy.build;

import dev.shareworthy.content.Page;
import dev.shareworthy.content.Post;
import dev.shareworthy.content.SiteConfig;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One complete, consistent version of a built site in memory: what the dev server serves between two rebuilds.
 * A rebuild makes a new snapshot, so a reader holding one never sees a half-written site.
 *
 * <p>After an edit, the pages that merely list the edited post (tag pages, the archive) may still be pending:
 * each renders on first request, or when {@link #renderPending()} runs, from this version's own content and
 * templates, and keeps its bytes. Either way every reader sees the same bytes for the same version.
 */
public final class SiteSnapshot {

  private final long version;
  private final SiteConfig site;
  private final List<Post> posts;
  private final List<Page> pages;
  private final Map<String, SiteEntry> files;

  SiteSnapshot(long version, SiteConfig site, List<Post> posts, List<Page> pages, Map<String, SiteEntry> files) {
    this.version = version;
    this.site = site;
    this.posts = List.copyOf(posts);
    this.pages = List.copyOf(pages);
    this.files = java.util.Collections.unmodifiableMap(files); // the session hands over a map of its own
  }

  /** Counts successful builds of the session, from 1. */
  public long version() {
    return version;
  }

  /** The site's settings, menu included. */
  public SiteConfig site() {
    return site;
  }

  /** The published posts, newest first. */
  public List<Post> posts() {
    return posts;
  }

  /** The published pages. */
  public List<Page> pages() {
    return pages;
  }

  /** Every file's path relative to the site root, such as {@code posts/hello/index.html} or {@code css/style.css}. */
  public Set<String> paths() {
    return files.keySet();
  }

  /**
   * The file at {@code path} relative to the site root, or null; renders it first when it is pending.
   *
   * @throws dev.shareworthy.ShareworthyException when a pending page fails to render (a template error)
   */
  public SiteFile file(String path) {
    SiteEntry entry = files.get(path);
    return entry == null ? null : entry.file();
  }

  /**
   * Renders every pending page, in parallel on the common pool.
   *
   * @throws dev.shareworthy.ShareworthyException naming the template and line when one fails
   */
  public void renderPending() {
    files.values().parallelStream().filter(SiteEntry::pending).forEach(SiteEntry::file);
  }

  Map<String, SiteEntry> entries() {
    return files;
  }
}

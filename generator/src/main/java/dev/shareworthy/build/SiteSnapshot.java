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
  /** Every file; never modified once shared. */
  private final Map<String, SiteEntry> files;
  /** Files changed since {@link #files} was made, which win over it; a few, so an edit copies little. */
  private final Map<String, SiteEntry> changes;

  /** A snapshot of {@code files}, which the session hands over and never touches again. */
  SiteSnapshot(long version, SiteConfig site, List<Post> posts, List<Page> pages, Map<String, SiteEntry> files) {
    this(version, site, posts, pages, files, Map.of());
  }

  private SiteSnapshot(long version, SiteConfig site, List<Post> posts, List<Page> pages, Map<String, SiteEntry> files,
      Map<String, SiteEntry> changes) {
    this.version = version;
    this.site = site;
    this.posts = List.copyOf(posts);
    this.pages = List.copyOf(pages);
    this.files = java.util.Collections.unmodifiableMap(files);
    this.changes = changes;
  }

  /**
   * The next version: the same paths, some of them with new content. Shares this snapshot's map of every file
   * instead of copying it (at 10,000 posts, copying it would cost more than the rest of the rebuild).
   */
  SiteSnapshot with(long newVersion, SiteConfig newSite, List<Post> newPosts, List<Page> newPages,
      Map<String, SiteEntry> changed) {
    Map<String, SiteEntry> layered = new java.util.HashMap<>(changes);
    layered.putAll(changed);
    if (layered.size() > 1024) {
      Map<String, SiteEntry> all = new java.util.HashMap<>(files);
      all.putAll(layered);
      return new SiteSnapshot(newVersion, newSite, newPosts, newPages, all, Map.of());
    }
    return new SiteSnapshot(newVersion, newSite, newPosts, newPages, files, layered);
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
    SiteEntry entry = entry(path);
    return entry == null ? null : entry.file();
  }

  /**
   * Renders every pending page, in parallel on the common pool.
   *
   * @throws dev.shareworthy.ShareworthyException naming the template and line when one fails
   */
  public void renderPending() {
    changes.values().parallelStream().filter(SiteEntry::pending).forEach(SiteEntry::file);
    files.entrySet().parallelStream().filter(e -> e.getValue().pending() && !changes.containsKey(e.getKey()))
        .forEach(e -> e.getValue().file());
  }

  /**
   * Renders pending pages one at a time while {@code keepGoing} says so, such as while this is still the
   * version being served; a newer version has its own pending pages, and these would be wasted work.
   *
   * @throws dev.shareworthy.ShareworthyException naming the template and line when one fails
   */
  public void renderPending(java.util.function.BooleanSupplier keepGoing) {
    for (Map<String, SiteEntry> group : List.of(changes, files)) {
      for (Map.Entry<String, SiteEntry> e : group.entrySet()) {
        if (!keepGoing.getAsBoolean()) {
          return;
        }
        if (e.getValue().pending() && (group == changes || !changes.containsKey(e.getKey()))) {
          e.getValue().file();
        }
      }
    }
  }

  private SiteEntry entry(String path) {
    SiteEntry changed = changes.get(path);
    return changed != null ? changed : files.get(path);
  }
}

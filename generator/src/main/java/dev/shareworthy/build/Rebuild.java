package dev.shareworthy.build;

import java.time.Duration;
import java.util.Set;

/**
 * What one build or rebuild of a {@link SiteSession} did.
 *
 * @param snapshot the site after it
 * @param pagesRendered HTML pages rendered through the templates; unchanged pages are reused, not counted
 * @param changed files added, changed or removed, relative to the site root; empty when the output is the same
 * @param full whether everything was read and rendered again (the first build, site.yaml, a template or the theme)
 */
public record Rebuild(SiteSnapshot snapshot, int pagesRendered, Set<String> changed, boolean full, Duration duration) {

  public Rebuild {
    changed = Set.copyOf(changed);
  }

  /** Whether only stylesheets changed, so an open page can swap them in place of a reload. */
  public boolean stylesOnly() {
    return !changed.isEmpty() && changed.stream().allMatch(f -> f.endsWith(".css"));
  }
}

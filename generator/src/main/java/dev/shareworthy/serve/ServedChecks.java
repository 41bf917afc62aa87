package dev.shareworthy.serve;

import dev.shareworthy.Problem;
import dev.shareworthy.ShareworthyException;
import dev.shareworthy.build.Rebuild;
import dev.shareworthy.build.SiteFile;
import dev.shareworthy.build.SiteSnapshot;
import dev.shareworthy.check.CheckEngine;
import dev.shareworthy.check.CheckReport;
import dev.shareworthy.check.Finding;
import dev.shareworthy.check.ShareReadiness;
import dev.shareworthy.content.Page;
import dev.shareworthy.content.Post;
import dev.shareworthy.content.SiteConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The quality checks of the site as served, kept current while it is edited. Never on a rebuild's path: after a
 * rebuild has been announced, one background thread checks the pages it changed, and only once someone looks at
 * findings does it also check every other page and run the site-wide rules (duplicates), debounced so a burst
 * of edits runs them once. Each page's result is cached for the version of the page, post and site settings it
 * was made from, so a request for findings is a lookup when the background thread got there first, and one
 * page's check otherwise.
 */
final class ServedChecks implements AutoCloseable {

  /** Quiet time after the last rebuild before the site-wide rules run again. */
  private static final long SITE_WIDE_DEBOUNCE_MS = 300;
  /** After an edit that changes more pages than this (a template), only pages someone has looked at are checked. */
  private static final int EAGER_PAGES = 16;

  /**
   * A page's findings as the panel shows them.
   *
   * @param findings its own and, once known, the site-wide rules', in {@link Finding#ORDER}
   * @param complete whether the site-wide rules have run over this version of the site
   * @param error why the page could not be checked (a bad {@code checks:} setting), or null
   */
  record PageFindings(String source, String page, int score, List<Finding> findings, boolean complete,
      String error) {}

  /** The engine for one version of the site's settings, or the problems with its {@code checks:} section. */
  private record Engine(SiteConfig site, CheckEngine engine, List<Problem> problems) {}

  /** A page's result and what it was made from. */
  private record Cached(SiteFile html, Object content, Engine engine, long generation,
      CheckEngine.PageResult result) {}

  /** The site-wide rules' findings over one version of the site, by source file. */
  private record SiteWide(long version, List<Finding> findings, Map<String, List<Finding>> bySource) {}

  /** The posts and pages of one snapshot by their HTML file. */
  private record Contents(SiteSnapshot site, Map<String, Object> byFile) {}

  private final Path siteDir;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();
  private final Set<String> changed = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private final Object siteWideLock = new Object();
  private volatile Engine engine;
  private volatile Contents contents;
  private volatile SiteSnapshot latest;
  private volatile SiteWide siteWide;
  /** Grows when files appear or go, since links to them change meaning: every cached result is then stale. */
  private volatile long generation;
  /** Whether someone looks at findings, so every page and the site-wide rules are kept current. */
  private volatile boolean everything;
  private volatile long lastRebuild;
  private volatile long lastCheckNanos = -1;
  private volatile long lastSiteWideNanos = -1;
  private ScheduledExecutorService worker;

  ServedChecks(Path siteDir) {
    this.siteDir = siteDir.toAbsolutePath().normalize();
  }

  /** Notes a rebuild and checks what it changed, in the background. Returns at once. */
  void rebuilt(Rebuild rebuild) {
    SiteSnapshot before = latest;
    SiteSnapshot now = rebuild.snapshot();
    latest = now;
    lastRebuild = System.nanoTime();
    for (String file : rebuild.changed()) {
      if (before != null && (!before.paths().contains(file) || !now.paths().contains(file))) {
        generation++;
        break;
      }
    }
    for (String file : rebuild.changed()) {
      if (file.endsWith(".html")) {
        changed.add(file);
      }
    }
    schedule(0);
  }

  /** The findings of the page in {@code file} (such as {@code posts/x/index.html}), or null when it is no post or page. */
  PageFindings findings(SiteSnapshot site, String file) {
    if (!contents(site).byFile().containsKey(file)) {
      return null;
    }
    lookedAt(site);
    Object content = contents(site).byFile().get(file);
    String source = content instanceof Post p ? p.source() : ((Page) content).source();
    String page = content instanceof Post p ? p.path() : ((Page) content).path();
    CheckEngine.PageResult result;
    try {
      result = result(site, file);
    } catch (ShareworthyException e) {
      return new PageFindings(source, page, 0, List.of(), true, e.problems().stream().map(Problem::toString)
          .collect(Collectors.joining("; ")));
    } catch (RuntimeException e) {
      return new PageFindings(source, page, 0, List.of(), true, "the checks failed: " + e.getMessage());
    }
    if (result == null) {
      return new PageFindings(source, page, 100, List.of(), true, null);
    }
    SiteWide wide = siteWide;
    List<Finding> all = new ArrayList<>(result.findings());
    if (wide != null) {
      all.addAll(wide.bySource().getOrDefault(source, List.of()));
    }
    all.sort(Finding.ORDER);
    return new PageFindings(source, page, ShareReadiness.score(all), all,
        wide != null && wide.version() == site.version(), null);
  }

  /**
   * The report of a version of the site as far as it is checked: the posts and pages checked already, and as
   * many more as {@code budget} allows (in parallel), so a big site's list shows its progress instead of
   * keeping the browser waiting. Once every page is checked, the site-wide rules' findings are in it too.
   *
   * @throws ShareworthyException when the site's {@code checks:} settings are wrong
   */
  Progress report(SiteSnapshot site, Duration budget) {
    lookedAt(site);
    Engine e = engine(site);
    if (e.engine() == null) {
      throw new ShareworthyException(e.problems());
    }
    long deadline = System.nanoTime() + budget.toNanos();
    List<String> files = new ArrayList<>(contents(site).byFile().keySet());
    AtomicInteger checked = new AtomicInteger();
    List<CheckEngine.PageResult> results = Collections.synchronizedList(new ArrayList<>());
    files.parallelStream().forEach(f -> {
      Cached c;
      try {
        c = System.nanoTime() < deadline ? check(site, f) : fresh(site, f);
      } catch (ShareworthyException ex) {
        c = null; // a post's bad checks: setting: its panel says so
      }
      if (c != null) {
        checked.incrementAndGet();
        if (c.result() != null) {
          results.add(c.result());
        }
      }
    });
    List<CheckEngine.PageResult> done = new ArrayList<>(results);
    boolean complete = checked.get() == files.size();
    List<Finding> wide = complete ? siteWide(site, done).findings() : List.of();
    return new Progress(e.engine().report(done, wide), checked.get(), files.size());
  }

  /**
   * A report and how far it got.
   *
   * @param checked how many of the {@code total} posts and pages are in it
   */
  record Progress(CheckReport report, int checked, int total) {

    boolean complete() {
      return checked == total;
    }
  }

  /** The URL path of the post or page in {@code file}, or null when the file is no post or page. */
  String pagePath(SiteSnapshot site, String file) {
    Object content = contents(site).byFile().get(file);
    return content instanceof Post p ? p.path() : content instanceof Page p ? p.path() : null;
  }

  /** How many posts and pages the version has, and how many of them are checked already. */
  int[] progress(SiteSnapshot site) {
    Map<String, Object> byFile = contents(site).byFile();
    int done = 0;
    for (Map.Entry<String, Cached> c : cache.entrySet()) {
      Object content = byFile.get(c.getKey());
      if (content != null && c.getValue().content().equals(content)) {
        done++;
      }
    }
    return new int[] {done, byFile.size()};
  }

  /** How long the background checks of the last rebuild's changed pages took, in nanoseconds; -1 before any. */
  long lastCheckNanos() {
    return lastCheckNanos;
  }

  /** How long the site-wide rules took when they last ran, in nanoseconds; -1 before they ran. */
  long lastSiteWideNanos() {
    return lastSiteWideNanos;
  }

  private void lookedAt(SiteSnapshot site) {
    if (latest == null) {
      latest = site;
    }
    if (!everything) {
      everything = true;
      schedule(0);
    }
  }

  private CheckEngine.PageResult result(SiteSnapshot site, String file) {
    return check(site, file).result();
  }

  /** The page's cached entry when it is still valid for this version of the page, post and settings; else null. */
  private Cached fresh(SiteSnapshot site, String file) {
    Object content = contents(site).byFile().get(file);
    Cached c = cache.get(file);
    Engine e = engine(site);
    SiteFile html = site.paths().contains(file) ? site.file(file) : null;
    // Equal, not only the same: a rebuild that lists the posts again makes new but equal records of them.
    if (c != null && c.html() == html && c.engine() == e && c.generation() == generation
        && c.content().equals(content)) {
      return c;
    }
    return null;
  }

  /** The page's valid cached entry, or a new check of it. */
  private Cached check(SiteSnapshot site, String file) {
    Cached c = fresh(site, file);
    if (c != null) {
      return c;
    }
    Object content = contents(site).byFile().get(file);
    Engine e = engine(site);
    if (e.engine() == null) {
      throw new ShareworthyException(e.problems());
    }
    long gen = generation;
    SiteFile html = site.paths().contains(file) ? site.file(file) : null;
    SnapshotFiles files = new SnapshotFiles(site);
    CheckEngine.PageResult r = content instanceof Post p ? e.engine().checkPage(siteDir, site.site(), p, files)
        : e.engine().checkPage(siteDir, site.site(), (Page) content, files);
    c = new Cached(html, content, e, gen, r);
    cache.put(file, c);
    return c;
  }

  private SiteWide siteWide(SiteSnapshot site, List<CheckEngine.PageResult> results) {
    synchronized (siteWideLock) {
      SiteWide wide = siteWide;
      if (wide != null && wide.version() == site.version()) {
        return wide;
      }
      long start = System.nanoTime();
      List<Finding> found = engine(site).engine().siteWide(results);
      lastSiteWideNanos = System.nanoTime() - start;
      Map<String, List<Finding>> bySource = new HashMap<>();
      for (Finding f : found) {
        bySource.computeIfAbsent(f.source(), k -> new ArrayList<>()).add(f);
      }
      wide = new SiteWide(site.version(), List.copyOf(found), bySource);
      if (siteWide == null || siteWide.version() <= site.version()) {
        siteWide = wide;
      }
      return wide;
    }
  }

  private Engine engine(SiteSnapshot site) {
    Engine e = engine;
    // Every rebuild makes its own settings record (the menu is derived from the content): equal ones share.
    if (e != null && e.site().equals(site.site())) {
      return e;
    }
    synchronized (this) {
      if (engine == null || !engine.site().equals(site.site())) {
        try {
          engine = new Engine(site.site(), CheckEngine.forSite(siteDir, site.site()), List.of());
        } catch (ShareworthyException ex) {
          engine = new Engine(site.site(), null, ex.problems());
        }
      }
      return engine;
    }
  }

  private Contents contents(SiteSnapshot site) {
    Contents c = contents;
    if (c != null && c.site() == site) {
      return c;
    }
    Map<String, Object> byFile = new LinkedHashMap<>();
    for (Post p : site.posts()) {
      byFile.put(htmlFile(p.path()), p);
    }
    for (Page p : site.pages()) {
      byFile.putIfAbsent(htmlFile(p.path()), p);
    }
    c = new Contents(site, byFile);
    contents = c;
    return c;
  }

  /** The HTML file of a URL path without the base path: {@code /posts/x/} is {@code posts/x/index.html}. */
  static String htmlFile(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    return p.isEmpty() || p.endsWith("/") ? p + "index.html" : p;
  }

  private synchronized void schedule(long delayMs) {
    if (scheduled.compareAndSet(false, true)) {
      if (worker == null) {
        worker = Executors.newSingleThreadScheduledExecutor(r -> {
          Thread t = new Thread(r, "shareworthy-checks");
          t.setDaemon(true);
          t.setPriority(Thread.MIN_PRIORITY); // rebuilds come first
          return t;
        });
      }
      worker.schedule(this::refresh, delayMs, TimeUnit.MILLISECONDS);
    }
  }

  /** The background work: the changed pages, then (when someone looks) every page and the site-wide rules. */
  private void refresh() {
    scheduled.set(false);
    SiteSnapshot site = latest;
    if (site == null) {
      return;
    }
    try {
      long start = System.nanoTime();
      List<String> todo = new ArrayList<>(changed);
      changed.removeAll(todo);
      Map<String, Object> byFile = contents(site).byFile();
      boolean eager = everything || todo.size() <= EAGER_PAGES;
      int checked = 0;
      for (String file : todo) {
        if (byFile.containsKey(file) && (eager || cache.containsKey(file))) {
          result(site, file);
          checked++;
        }
      }
      if (checked > 0) {
        lastCheckNanos = System.nanoTime() - start;
      }
      if (!everything) {
        return;
      }
      List<CheckEngine.PageResult> results = new ArrayList<>();
      for (String file : byFile.keySet()) {
        if (latest != site) {
          schedule(0); // a newer version came: start over on it
          return;
        }
        CheckEngine.PageResult r = result(site, file);
        if (r != null) {
          results.add(r);
        }
      }
      long quiet = (System.nanoTime() - lastRebuild) / 1_000_000;
      if (quiet < SITE_WIDE_DEBOUNCE_MS) {
        schedule(SITE_WIDE_DEBOUNCE_MS - quiet);
        return;
      }
      siteWide(site, results);
    } catch (RuntimeException e) {
      // A bad checks: setting or a page that does not render: a request for findings says so.
    }
  }

  @Override
  public synchronized void close() {
    if (worker != null) {
      worker.shutdownNow();
      worker = null;
    }
    scheduled.set(false);
    cache.clear();
  }
}

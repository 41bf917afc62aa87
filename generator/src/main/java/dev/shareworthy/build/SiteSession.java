package dev.shareworthy.build;

import dev.shareworthy.Problem;
import dev.shareworthy.ShareworthyException;
import dev.shareworthy.content.Page;
import dev.shareworthy.content.Post;
import dev.shareworthy.content.SiteConfig;
import dev.shareworthy.content.SiteConfigReader;
import dev.shareworthy.content.SourceDocument;
import dev.shareworthy.markdown.MarkdownRenderer;
import dev.shareworthy.share.CardCache;
import dev.shareworthy.share.Sharing;
import dev.shareworthy.share.SocialCard;
import dev.shareworthy.template.Theme;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;

/**
 * A long-lived build of one site in memory, for the dev server: the first {@link #build()} reads and renders
 * everything; each {@link #update} after it re-reads only the files that changed and re-renders only the pages
 * whose template values changed (the edited post, its neighbours, the listings, tag and archive pages that show
 * it), then the feeds and sitemap when what they list changed. Unchanged documents keep their instances from
 * one rebuild to the next, so comparing a page's values is mostly comparing references.
 *
 * <p>It uses the same loader, planner, page renderer, feed and sitemap writers as a full build and never
 * writes a file. Not for concurrent use: one thread calls {@link #build()} and {@link #update}; snapshots it
 * returns may be read from any thread.
 */
public final class SiteSession implements AutoCloseable {

  private final BuildOptions options;
  private final Path siteDir;
  private final ForkJoinPool pool;
  private final MarkdownRenderer markdown = new MarkdownRenderer();
  private final Instant started;

  private SiteConfig config;
  private Theme theme;
  /** Every Markdown file of content/posts and content/pages, sorted, with what reading it gave. */
  private final TreeMap<Path, Read> postDocs = new TreeMap<>();
  private final TreeMap<Path, Read> pageDocs = new TreeMap<>();
  private Map<SourceDocument, Object> rendered = new IdentityHashMap<>();
  private SiteContent lastContent;
  private SiteConfig menuSite;
  private PageRenderer renderer;
  /** The last plan's pages in the planner's order, and their entries in the same order. */
  private List<PageJob> jobs = List.of();
  private List<SiteEntry> entries = List.of();
  private List<AliasRedirects.Redirect> redirectPlan = List.of();
  private Map<String, SiteFile> redirects = Map.of();
  private List<Post> feedKey;
  private Map<String, SiteFile> feeds = Map.of();
  private Map<String, SiteFile> sitemap = Map.of();
  private Set<String> claimed = Set.of();
  private Map<String, SiteFile> statics = Map.of();
  /** Where each published post and page is in the last content's lists, by source file. */
  private Map<String, Integer> postIndex = Map.of();
  private Map<String, Integer> pageIndex = Map.of();
  /** Site files read from disk by their source, dropped when the watcher reports a change. */
  private final Map<Path, SiteFile> diskFiles = new ConcurrentHashMap<>();
  private final CardCache cardCache;
  /** The social cards of the current version and their entries, which stay while a card's inputs do. */
  private Map<String, SocialCard> cards = Map.of();
  private Map<String, SiteEntry> cardEntries = Map.of();
  private SiteFile mastodonPage;
  private Sharing lastSharing;
  private SiteSnapshot snapshot;

  // What the next rebuild must redo; cleared only by a successful one, so a failed rebuild is retried whole.
  private boolean configDirty = true;
  private boolean listDirty = true;
  private boolean templatesDirty = true;
  private boolean themeDirty;
  private boolean staticDirty = true;
  private final Set<Path> reread = new HashSet<>();

  /** One Markdown file as last read: its document, or the problems that stopped it being read. */
  private record Read(SourceDocument doc, List<Problem> problems) {}

  /**
   * @param options the site folder, drafts, future posts and base URL; the output folder is not used
   */
  public SiteSession(BuildOptions options) {
    this.options = options;
    this.siteDir = options.siteDir().toAbsolutePath().normalize();
    this.started = options.now() != null ? options.now() : Instant.now();
    this.cardCache = new CardCache(options.cardCache() != null ? options.cardCache() : CardCache.defaultDir());
    this.pool = new ForkJoinPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
  }

  /** The site folder, absolute. */
  public Path siteDir() {
    return siteDir;
  }

  /** The last successful build's site, or null before the first one. */
  public synchronized SiteSnapshot snapshot() {
    return snapshot;
  }

  /**
   * Reads and renders the whole site.
   *
   * @throws ShareworthyException listing the site's problems; the previous snapshot stays
   */
  public synchronized Rebuild build() {
    configDirty = true;
    return rebuild();
  }

  /**
   * Brings the site up to date after files changed.
   *
   * @param changed files or folders inside the site folder that were created, modified or deleted
   * @throws ShareworthyException listing the site's problems; the previous snapshot stays, and the next
   *     update tries again everything this one did not finish
   */
  public synchronized Rebuild update(Collection<Path> changed) {
    for (Path p : changed) {
      classify(p.toAbsolutePath().normalize());
    }
    return rebuild();
  }

  /** Whether a change to {@code file} can change the site: site.yaml, content, static, templates, themes. */
  public static boolean isSource(Path siteDir, Path file) {
    Path rel = siteDir.relativize(file.toAbsolutePath().normalize());
    if (rel.getNameCount() == 0 || rel.startsWith("..")) {
      return false;
    }
    String first = rel.getName(0).toString();
    return rel.getNameCount() == 1 ? first.equals("site.yaml") || isSourceFolder(first) : isSourceFolder(first);
  }

  /** The folders whose files make the site, besides site.yaml. */
  public static List<String> sourceFolders() {
    return List.of("content", "static", "templates", "themes");
  }

  private static boolean isSourceFolder(String name) {
    return sourceFolders().contains(name);
  }

  private void classify(Path file) {
    if (!isSource(siteDir, file)) {
      return;
    }
    Path rel = siteDir.relativize(file);
    String first = rel.getName(0).toString();
    String name = file.getFileName().toString();
    switch (first) {
      case "site.yaml" -> configDirty = true;
      case "templates" -> templatesDirty = true;
      case "static" -> dropDiskFiles(file);
      case "themes" -> {
        if (name.endsWith(".css") || rel.getNameCount() > 2 && rel.getName(2).toString().equals("static")) {
          dropDiskFiles(file);
        } else {
          themeDirty = true; // templates or theme.yaml: the theme is located and its templates loaded again
          templatesDirty = true;
        }
      }
      default -> classifyContent(file, rel, name);
    }
  }

  private void classifyContent(Path file, Path rel, String name) {
    boolean known = postDocs.containsKey(file) || pageDocs.containsKey(file);
    if (name.endsWith(".md")) {
      if (known && Files.isRegularFile(file)) {
        reread.add(file);
      } else {
        listDirty = true; // a post appeared or went, or a bundle's index.md: which files are posts may change
        reread.add(file);
        dropDiskFiles(file.getParent()); // bundle files beside it are published differently
      }
      return;
    }
    if (Files.isDirectory(file) || !Files.exists(file)) {
      listDirty = true; // a folder appeared or went: list again
    }
    // A bundle file: copied as is, and it may be the bundle's cover image.
    dropDiskFiles(file);
    for (Path dir = file.getParent(); dir != null && dir.startsWith(siteDir.resolve("content")); dir = dir.getParent()) {
      Path index = dir.resolve("index.md");
      if (postDocs.containsKey(index) || pageDocs.containsKey(index)) {
        reread.add(index);
      }
    }
    if (rel.getNameCount() == 1) {
      listDirty = true;
    }
  }

  private void dropDiskFiles(Path changed) {
    staticDirty = true;
    diskFiles.keySet().removeIf(p -> p.startsWith(changed));
  }

  private Rebuild rebuild() {
    long start = System.nanoTime();
    Instant now = options.now() != null ? options.now() : Instant.now();
    Instant stamp = now.truncatedTo(ChronoUnit.SECONDS);
    boolean full = configDirty || templatesDirty;
    boolean listed = configDirty || listDirty;
    if (configDirty) {
      loadConfig();
    } else if (themeDirty) {
      theme = Theme.locate(siteDir, config.theme());
      staticDirty = true;
    }
    themeDirty = false;
    ContentLoader loader = new ContentLoader(siteDir, config, markdown, options, now);
    if (listDirty) {
      relist(loader);
    }
    // Kept until a rebuild succeeds, so a failed one's edits are redone with the next.
    List<Path> edited = new ArrayList<>(reread);
    List<SourceDocument> replaced = new ArrayList<>();
    for (Path file : reread) {
      TreeMap<Path, Read> docs = postDocs.containsKey(file) ? postDocs : pageDocs.containsKey(file) ? pageDocs : null;
      if (docs != null) {
        Read before = docs.put(file, read(loader, file));
        if (before.doc() != null) {
          replaced.add(before.doc());
        }
      }
    }

    List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    problemsOf(postDocs, problems);
    problemsOf(pageDocs, problems);
    Map<SourceDocument, Object> republished = new IdentityHashMap<>();
    boolean[] aliasesKept = {true};
    SiteContent quick = listed || lastContent == null || !problems.isEmpty() ? null
        : republish(loader, edited, republished, aliasesKept);
    SiteContent content = quick != null ? quick
        : inPool(() -> loader.publish(documents(postDocs), documents(pageDocs), problems, rendered));
    SiteConfig site = SiteBuilder.withDefaultMenu(config, content);
    // A changed static file may be a post's image of another size: its share metadata is worked out again.
    Sharing sharing = Sharing.prepare(siteDir, site, content.posts(), staticDirty ? null : lastSharing);
    PageRenderer pageRenderer = renderer;
    boolean renderAll = templatesDirty || !site.equals(menuSite);
    if (renderAll) {
      pageRenderer = new PageRenderer(siteDir, site, theme, started, sharing.injector());
    }

    // Checking every page's URL against every other is not cheap. When an edit leaves every page where it was and
    // no alias changed, the last plan's checks still hold, and only the pages showing an edited post are planned
    // again (a changed static file may change every page's share image, so then all are).
    List<PageJob> planned = null;
    if (quick != null && !renderAll && aliasesKept[0]) {
      planned = staticDirty ? new PagePlanner(site, sharing).plan(content)
          : new EditPlanner(site, sharing).plan(content, lastContent, jobs);
      if (planned != null && !samePaths(planned, jobs)) {
        planned = null;
      }
    }
    boolean samePlan = planned != null;
    List<AliasRedirects.Redirect> newRedirectPlan = redirectPlan;
    Set<String> newClaimed = claimed;
    if (!samePlan) {
      SitePlan plan = SitePlan.of(site, content, sharing);
      planned = plan.jobs();
      newRedirectPlan = plan.redirects();
      newClaimed = Set.copyOf(plan.claimed());
    }

    // Which pages' template values changed: by position on the same plan, by output file otherwise.
    Map<String, Integer> oldIndex = samePlan ? null : indexOf(jobs);
    List<Integer> toRender = new ArrayList<>();
    boolean sitemapChanged = renderAll || !samePlan;
    for (int i = 0; i < planned.size(); i++) {
      PageJob job = planned.get(i);
      PageJob before;
      if (samePlan) {
        before = jobs.get(i);
        if (before == job && !renderAll) {
          continue; // kept from the last plan: the same values
        }
      } else {
        Integer at = oldIndex.get(job.outputFile());
        before = at == null ? null : jobs.get(at);
      }
      if (renderAll || before == null || !before.template().equals(job.template()) || !before.values().equals(job.values())) {
        toRender.add(i);
      }
      if (before != null && !sitemapChanged) {
        sitemapChanged = before.inSitemap() != job.inSitemap() || !Objects.equals(before.lastmod(), job.lastmod());
      }
    }
    Set<String> editedSources = new HashSet<>();
    edited.forEach(f -> editedSources.add(siteDir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/")));
    List<SiteEntry> newEntries = renderPages(pageRenderer, planned, oldIndex, toRender,
        job -> renderAll || job.source() != null && editedSources.contains(job.source()), stamp);

    Map<String, SiteFile> newRedirects = redirects;
    if (!samePlan) {
      newRedirects = new HashMap<>();
      for (AliasRedirects.Redirect r : newRedirectPlan) {
        newRedirects.put(r.file(), keep(redirects.get(r.file()), r.html().getBytes(StandardCharsets.UTF_8), stamp));
      }
    }
    Map<String, SiteFile> newFeeds = feeds;
    Map<String, SiteFile> newSitemap = sitemap;
    Map<String, SiteFile> newStatics = statics;
    FeedWriter feedWriter = new FeedWriter(site, pageRenderer.generator(), sharing::feedLink);
    List<Post> newFeedKey = List.copyOf(feedWriter.feedPosts(content.posts()));
    try {
      if (renderAll || !newFeedKey.equals(feedKey)) {
        newFeeds = keepAll(feeds, feedWriter.render(content.posts(), now.atOffset(ZoneOffset.UTC)), stamp);
      }
      if (sitemapChanged) {
        newSitemap = keepAll(sitemap, new SitemapWriter(site).render(planned), stamp);
      }
      if (staticDirty || !newClaimed.equals(claimed)) {
        newStatics = collectStatic(content, newClaimed, stamp);
      }
    } catch (IOException e) {
      throw new ShareworthyException(new Problem("", 0, "cannot read the site's files: " + e), e);
    }

    // What changed, and the new snapshot: on the same plan, the last one with the changed files laid over it.
    Map<String, SiteEntry> changedEntries = new HashMap<>();
    Set<String> changed = new HashSet<>();
    for (int i : toRender) {
      String file = planned.get(i).outputFile();
      Integer at = samePlan ? Integer.valueOf(i) : oldIndex.get(file);
      SiteEntry old = at == null ? null : entries.get(at);
      SiteEntry fresh = newEntries.get(i);
      if (old != fresh && (old == null || fresh.pending() || old.rendered() != fresh.rendered())) {
        changed.add(file);
        changedEntries.put(file, fresh);
      }
    }
    diff(feeds, newFeeds, changed, changedEntries);
    diff(sitemap, newSitemap, changed, changedEntries);
    diff(statics, newStatics, changed, changedEntries);
    diff(redirects, newRedirects, changed, changedEntries);
    // Social cards: an entry stays while its card's inputs do, and draws (or reads the cache) on first request.
    Map<String, SocialCard> newCards = sharing.cards(content.posts());
    Map<String, SiteEntry> newCardEntries = newCards == cards ? cardEntries : new HashMap<>();
    if (newCards != cards) { // the same map when no card changed
      newCards.forEach((name, card) -> {
        SiteEntry kept = card.equals(cards.get(name)) ? cardEntries.get(name) : null;
        SiteEntry entry = kept != null ? kept : SiteEntry.lazy(() -> cardCache.bytes(card), stamp);
        newCardEntries.put(name, entry);
        if (kept == null) {
          changed.add(name);
          changedEntries.put(name, entry);
        }
      });
      cards.keySet().stream().filter(name -> !newCards.containsKey(name)).forEach(changed::add);
    }
    String mastodon = sharing.mastodonPage(content.posts());
    SiteFile newMastodonPage = mastodon == null ? null
        : keep(mastodonPage, mastodon.getBytes(StandardCharsets.UTF_8), stamp);
    String mastodonFile = Sharing.MASTODON_PAGE.substring(1) + "index.html";
    if (newMastodonPage != mastodonPage) {
      changed.add(mastodonFile);
      if (newMastodonPage != null) {
        changedEntries.put(mastodonFile, SiteEntry.ready(newMastodonPage));
      }
    }
    boolean sameSharedFiles = (newCards == cards || newCards.keySet().equals(cards.keySet()))
        && (newMastodonPage == null) == (mastodonPage == null);
    long version = snapshot == null ? 1 : snapshot.version() + 1;
    SiteSnapshot next;
    if (samePlan && snapshot != null && newStatics.keySet().equals(statics.keySet()) && sameSharedFiles) {
      next = snapshot.with(version, site, content.posts(), content.pages(), changedEntries);
    } else {
      Map<String, SiteEntry> files = new HashMap<>(planned.size() * 2);
      for (Map<String, SiteFile> ready : List.of(newStatics, newRedirects, newFeeds, newSitemap)) {
        ready.forEach((name, file) -> files.put(name, SiteEntry.ready(file)));
      }
      for (int i = 0; i < planned.size(); i++) {
        files.put(planned.get(i).outputFile(), newEntries.get(i));
      }
      files.putAll(newCardEntries);
      if (newMastodonPage != null) {
        files.put(mastodonFile, SiteEntry.ready(newMastodonPage));
      }
      if (snapshot != null) {
        snapshot.paths().stream().filter(p -> !files.containsKey(p)).forEach(changed::add);
      } else {
        changed.addAll(files.keySet());
      }
      next = new SiteSnapshot(version, site, content.posts(), content.pages(), files);
    }

    // Everything succeeded: only now does the session move to the new state.
    if (quick != null) {
      replaced.forEach(rendered::remove);
      rendered.putAll(republished);
    } else {
      rendered = renderedBy(content);
      postIndex = sourceIndex(content.posts(), Post::source);
      pageIndex = sourceIndex(content.pages(), Page::source);
    }
    reread.clear();
    lastContent = content;
    menuSite = site;
    renderer = pageRenderer;
    jobs = planned;
    entries = newEntries;
    redirectPlan = newRedirectPlan;
    redirects = newRedirects;
    feedKey = newFeedKey;
    feeds = newFeeds;
    sitemap = newSitemap;
    claimed = newClaimed;
    statics = newStatics;
    cards = newCards;
    cardEntries = newCardEntries;
    mastodonPage = newMastodonPage;
    lastSharing = sharing;
    snapshot = next;
    templatesDirty = false;
    staticDirty = false;
    return new Rebuild(next, toRender.size(), changed, full, Duration.ofNanos(System.nanoTime() - start));
  }

  /** Adds the files that differ between two versions of a group (feeds, statics...) to the changes. */
  private static void diff(Map<String, SiteFile> before, Map<String, SiteFile> after, Set<String> changed,
      Map<String, SiteEntry> changedEntries) {
    if (before == after) {
      return;
    }
    after.forEach((name, file) -> {
      if (before.get(name) != file) {
        changed.add(name);
        changedEntries.put(name, SiteEntry.ready(file));
      }
    });
    before.keySet().stream().filter(name -> !after.containsKey(name)).forEach(changed::add);
  }

  /** Whether two plans have the same pages in the same order. */
  private static boolean samePaths(List<PageJob> a, List<PageJob> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i) && !a.get(i).path().equals(b.get(i).path())) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, Integer> indexOf(List<PageJob> plan) {
    Map<String, Integer> index = new HashMap<>(plan.size() * 2);
    for (int i = 0; i < plan.size(); i++) {
      index.put(plan.get(i).outputFile(), i);
    }
    return index;
  }

  private static <T> Map<String, Integer> sourceIndex(List<T> list, java.util.function.Function<T, String> source) {
    Map<String, Integer> index = new HashMap<>(list.size() * 2);
    for (int i = 0; i < list.size(); i++) {
      index.put(source.apply(list.get(i)), i);
    }
    return index;
  }

  private void loadConfig() {
    SiteConfig newConfig = SiteConfigReader.read(siteDir, options.baseUrl());
    Theme newTheme = Theme.locate(siteDir, newConfig.theme());
    // Every URL, date and rendering depends on the settings: start again from the files.
    config = newConfig;
    theme = newTheme;
    postDocs.clear();
    pageDocs.clear();
    rendered = new IdentityHashMap<>();
    diskFiles.clear();
    listDirty = true;
    templatesDirty = true;
    staticDirty = true;
    configDirty = false;
  }

  /** Lists the content folders again, reading new files and keeping what was read of known ones. */
  private void relist(ContentLoader loader) {
    relist(loader, loader.markdownFiles(ContentLoader.POSTS), postDocs);
    relist(loader, loader.markdownFiles(ContentLoader.PAGES), pageDocs);
    listDirty = false;
  }

  private void relist(ContentLoader loader, List<Path> files, TreeMap<Path, Read> docs) {
    Set<Path> now = new HashSet<>(files);
    docs.keySet().retainAll(now);
    List<Path> fresh = files.stream().filter(f -> !docs.containsKey(f)).toList();
    List<Read> reads = inPool(() -> fresh.parallelStream().map(f -> read(loader, f)).toList());
    for (int i = 0; i < fresh.size(); i++) {
      docs.put(fresh.get(i), reads.get(i));
    }
  }

  private static Read read(ContentLoader loader, Path file) {
    List<Problem> problems = new ArrayList<>();
    Optional<SourceDocument> doc = loader.readOne(file, problems);
    return new Read(doc.orElse(null), List.copyOf(problems));
  }

  private static void problemsOf(TreeMap<Path, Read> docs, List<Problem> problems) {
    for (Read r : docs.values()) {
      if (!r.problems().isEmpty()) { // the list is synchronized: no lock taken per file
        problems.addAll(r.problems());
      }
    }
  }

  private static List<SourceDocument> documents(TreeMap<Path, Read> docs) {
    List<SourceDocument> out = new ArrayList<>(docs.size());
    for (Read r : docs.values()) {
      if (r.doc() != null) {
        out.add(r.doc());
      }
    }
    return out;
  }

  /**
   * The common edit, without going over every document: files of published posts and pages changed but not
   * what decides whether, where and in which order they are listed (date, slug, draft; a post's title only
   * where it leaves the post between its neighbours, a page's title not at all, as it orders the menu). Each
   * gets its Markdown rendered again in its place. Returns null when the edit is not of that kind.
   */
  private SiteContent republish(ContentLoader loader, List<Path> edited, Map<SourceDocument, Object> republished,
      boolean[] aliasesKept) {
    List<Post> posts = new ArrayList<>(lastContent.posts());
    List<Page> pagesNow = new ArrayList<>(lastContent.pages());
    List<Integer> moved = new ArrayList<>();
    for (Path file : edited) {
      Read read = postDocs.containsKey(file) ? postDocs.get(file) : pageDocs.get(file);
      if (read == null || read.doc() == null) {
        return null;
      }
      dev.shareworthy.content.FrontMatter fm = read.doc().frontMatter();
      Integer i = postIndex.get(read.doc().source());
      if (i != null && postDocs.containsKey(file)) {
        Post before = posts.get(i);
        if (!fm.date().equals(before.date()) || fm.draft() != before.draft()
            || !loader.postPath(fm).equals(before.path())) {
          return null;
        }
        if (!fm.title().equals(before.title())) {
          moved.add(i);
        }
        posts.set(i, loader.post(read.doc(), before.path()));
        republished.put(read.doc(), posts.get(i));
        aliasesKept[0] &= posts.get(i).aliases().equals(before.aliases());
        continue;
      }
      Integer j = pageIndex.get(read.doc().source());
      if (j == null || !pageDocs.containsKey(file) || fm.draft() || !fm.title().equals(pagesNow.get(j).title())
          || !ContentLoader.pagePath(fm).equals(pagesNow.get(j).path())) {
        return null;
      }
      Page before = pagesNow.get(j);
      pagesNow.set(j, loader.page(read.doc(), before.path()));
      republished.put(read.doc(), pagesNow.get(j));
      aliasesKept[0] &= pagesNow.get(j).aliases().equals(before.aliases());
    }
    for (int i : moved) {
      // Posts of one date are ordered by title: a new title may sort the post past a neighbour.
      if (i > 0 && ContentLoader.POST_ORDER.compare(posts.get(i - 1), posts.get(i)) >= 0
          || i + 1 < posts.size() && ContentLoader.POST_ORDER.compare(posts.get(i), posts.get(i + 1)) >= 0) {
        return null;
      }
    }
    return new SiteContent(posts, pagesNow, lastContent.skippedDrafts(), lastContent.skippedFuture());
  }

  /** Posts and pages by the document instance they were rendered from, for the next rebuild to reuse. */
  private Map<SourceDocument, Object> renderedBy(SiteContent content) {
    Map<String, Object> bySource = new HashMap<>();
    content.posts().forEach(p -> bySource.put(p.source(), p));
    content.pages().forEach(p -> bySource.put(p.source(), p));
    Map<SourceDocument, Object> out = new IdentityHashMap<>();
    for (TreeMap<Path, Read> docs : List.of(postDocs, pageDocs)) {
      for (Read r : docs.values()) {
        if (r.doc() != null && bySource.containsKey(r.doc().source())) {
          out.put(r.doc(), bySource.get(r.doc().source()));
        }
      }
    }
    return out;
  }

  /**
   * The entries of every planned page, in the plan's order: unchanged ones as they were, changed ones that
   * {@code eager} picks rendered now (all of them after a template change, so template errors show at once),
   * the other changed ones pending.
   *
   * @param oldIndex where each output file was in the last plan, or null when the plan has the same pages
   */
  private List<SiteEntry> renderPages(PageRenderer pageRenderer, List<PageJob> planned, Map<String, Integer> oldIndex,
      List<Integer> toRender, java.util.function.Predicate<PageJob> eager, Instant stamp) {
    Set<String> templateProblems = ConcurrentHashMap.newKeySet();
    List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    SiteEntry[] out = new SiteEntry[planned.size()];
    if (oldIndex == null) {
      entries.toArray(out);
    } else {
      for (int i = 0; i < out.length; i++) {
        Integer at = oldIndex.get(planned.get(i).outputFile());
        out[i] = at == null ? null : entries.get(at);
      }
    }
    List<Integer> now = new ArrayList<>();
    for (int i : toRender) {
      if (eager.test(planned.get(i))) {
        now.add(i);
      } else {
        out[i] = SiteEntry.pending(planned.get(i), pageRenderer, out[i] == null ? null : out[i].rendered(), stamp);
      }
    }
    SiteEntry[] before = out.clone();
    inPool(() -> {
      now.parallelStream().forEach(i -> {
        try {
          SiteEntry old = before[i];
          SiteFile file = SiteEntry.keep(old == null ? null : old.rendered(),
              SiteEntry.render(pageRenderer, planned.get(i)), stamp);
          out[i] = old != null && old.rendered() == file ? old : SiteEntry.ready(file);
        } catch (ShareworthyException e) {
          for (Problem p : e.problems()) {
            if (templateProblems.add(p.toString())) {
              problems.add(p);
            }
          }
        }
      });
      return null;
    });
    ContentLoader.failOn(problems);
    return java.util.Arrays.asList(out);
  }

  private Map<String, SiteFile> collectStatic(SiteContent content, Set<String> claimed, Instant stamp)
      throws IOException {
    Map<String, SiteFile> out = new LinkedHashMap<>();
    Map<String, SiteFile> before = statics;
    StaticFiles.collect(siteDir, theme, content, new HashSet<>(claimed), (target, file) -> {
      boolean onDisk = file.getFileSystem() == FileSystems.getDefault();
      if (onDisk && file.toAbsolutePath().startsWith(siteDir) && !file.toRealPath().startsWith(siteDir.toRealPath())) {
        return; // a symbolic link out of the site: the server shows only what is in the site folder
      }
      SiteFile cached = onDisk ? diskFiles.get(file) : null;
      if (cached == null) {
        cached = keep(before.get(target), Files.readAllBytes(file), stamp);
        if (onDisk) {
          diskFiles.put(file, cached);
        }
      }
      out.put(target, cached);
    });
    return out;
  }

  private static SiteFile keep(SiteFile before, byte[] bytes, Instant stamp) {
    return SiteEntry.keep(before, bytes, stamp);
  }

  private static Map<String, SiteFile> keepAll(Map<String, SiteFile> before, Map<String, byte[]> files, Instant stamp) {
    Map<String, SiteFile> out = new LinkedHashMap<>();
    files.forEach((name, bytes) -> out.put(name, keep(before.get(name), bytes, stamp)));
    return out;
  }

  private <T> T inPool(Callable<T> work) {
    return SiteBuilder.inPool(pool, work);
  }

  /** Stops the session's threads. */
  @Override
  public void close() {
    pool.shutdown();
  }
}

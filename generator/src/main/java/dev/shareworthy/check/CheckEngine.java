package dev.shareworthy.check;

import dev.shareworthy.ShareworthyException;
import dev.shareworthy.Version;
import dev.shareworthy.build.BuildListener;
import dev.shareworthy.content.Page;
import dev.shareworthy.content.Post;
import dev.shareworthy.content.SiteConfig;
import dev.shareworthy.content.SiteConfigReader;
import dev.shareworthy.content.SourceText;
import dev.shareworthy.check.rules.BuiltInRules;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.parser.Parser;
import org.jsoup.nodes.Document;

/**
 * Runs every enabled rule over the pages of one built site: each page is read and parsed once, its rules run one
 * after the other while pages go in parallel, then site-wide rules compare the pages' summaries. The caller's
 * thread pool (the build's) does the parallel work.
 */
public final class CheckEngine {

  private final List<Rule> rules;
  private final CheckConfig config;
  /** Each rule's configuration, by its place in {@link #rules}: looked up for every rule of every page. */
  private final RuleConfig[] ruleConfigs;
  private final Set<String> ruleIds;

  private CheckEngine(List<Rule> rules, CheckConfig config) {
    this.rules = rules;
    this.config = config;
    this.ruleConfigs = rules.stream().map(r -> config.rule(r.info().id())).toArray(RuleConfig[]::new);
    Set<String> ids = new TreeSet<>();
    rules.forEach(r -> ids.add(r.info().id()));
    this.ruleIds = Set.copyOf(ids);
  }

  /**
   * An engine for a site, configured by its site.yaml {@code checks:} section; call it before writing anything,
   * so a bad section stops the build early.
   *
   * @throws ShareworthyException naming site.yaml and the key of every problem in the section
   */
  public static CheckEngine forSite(Path siteDir, SiteConfig site) {
    Object raw = site.params().get("checks");
    String yaml = null;
    if (raw != null) {
      yaml = SourceText.read(siteDir.resolve(SiteConfigReader.FILE), SiteConfigReader.FILE);
    }
    List<Rule> all = BuiltInRules.all();
    return new CheckEngine(all, CheckConfig.read(raw, yaml, all));
  }

  /** An engine for {@code check --html}: only rules that work on rendered pages, at their defaults. */
  static CheckEngine forHtml() {
    List<Rule> all = BuiltInRules.all().stream().filter(r -> r.info().html()).toList();
    return new CheckEngine(all, CheckConfig.read(null, null, all));
  }

  /** An engine over the given rules at their defaults: for tests of the engine itself. */
  static CheckEngine of(List<Rule> rules) {
    return new CheckEngine(rules, CheckConfig.read(null, null, rules));
  }

  /** The fail level site.yaml sets (error by default). */
  public FailOn failOn() {
    return config.failOn();
  }

  /** One page to check; {@code file} is its HTML file relative to the site root. */
  private record Input(PageContext.Kind kind, String source, String path, String file, Post post, Page entry,
      String language) {}

  /**
   * Checks the posts and pages of a site just built into {@code outputDir}.
   *
   * @throws ShareworthyException for a bad {@code checks:} suppression in a post's front matter
   */
  public CheckReport checkSite(Path siteDir, SiteConfig site, List<Post> posts, List<Page> pages, Path outputDir,
      BuildListener listener) {
    return checkSite(siteDir, site, posts, pages, outputDir, NO_SOURCES, listener);
  }

  /**
   * Checks the posts and pages of a site just built, with the text of their source files as the build read
   * them ({@code sources} gives null for a file to read again).
   *
   * @throws ShareworthyException for a bad {@code checks:} suppression in a post's front matter
   */
  public CheckReport checkSite(Path siteDir, SiteConfig site, List<Post> posts, List<Page> pages, Path outputDir,
      java.util.function.Function<String, String> sources, BuildListener listener) {
    return checkSite(siteDir, site, posts, pages, BuiltFiles.folder(outputDir), sources, listener);
  }

  /**
   * Checks the posts and pages of a site just built into {@code output}, a folder with what the build knows of
   * it ({@link BuiltFiles#written}), with the text of their source files as the build read them.
   *
   * @throws ShareworthyException for a bad {@code checks:} suppression in a post's front matter
   */
  public CheckReport checkSite(Path siteDir, SiteConfig site, List<Post> posts, List<Page> pages, BuiltFiles output,
      java.util.function.Function<String, String> sources, BuildListener listener) {
    List<Input> inputs = new ArrayList<>();
    for (Post p : posts) {
      inputs.add(input(p, site));
    }
    for (Page p : pages) {
      inputs.add(input(p, site));
    }
    return run(inputs, new SiteIndex(output, site.baseUrl()), siteDir, sources, listener).withRoot(siteDir);
  }

  /**
   * Checks one post of a site held in memory, such as the dev server's, by the same rules as a build; site-wide
   * rules only keep what they need of it, for {@link #siteWide}.
   *
   * @return the page's result, or null when the theme renders no page for it
   * @throws ShareworthyException for a bad {@code checks:} suppression in its front matter
   */
  public PageResult checkPage(Path siteDir, SiteConfig site, Post post, BuiltFiles files) {
    return checkOne(input(post, site), siteDir, site, files);
  }

  /** Checks one standalone page (About...) of a site held in memory; see {@link #checkPage(Path, SiteConfig, Post, BuiltFiles)}. */
  public PageResult checkPage(Path siteDir, SiteConfig site, Page page, BuiltFiles files) {
    return checkOne(input(page, site), siteDir, site, files);
  }

  private PageResult checkOne(Input in, Path siteDir, SiteConfig site, BuiltFiles files) {
    // The dev server's pages live in a snapshot of the site that is replaced on every edit: read again later,
    // a page would keep its old snapshot alive, so site-wide rules keep what they need at once.
    return checkPage(in, siteDir, new SiteIndex(files, site.baseUrl()), suppressions(in, siteDir, NO_SOURCES),
        NO_SOURCES, false);
  }

  private static Input input(Post p, SiteConfig site) {
    return new Input(PageContext.Kind.POST, p.source(), p.path(), htmlFile(p.path()), p, null,
        language(p.params(), site));
  }

  private static Input input(Page p, SiteConfig site) {
    return new Input(PageContext.Kind.PAGE, p.source(), p.path(), htmlFile(p.path()), null, p,
        language(p.params(), site));
  }

  /** Checks every HTML page of a built static site, whoever built it. */
  CheckReport checkHtml(Path htmlDir, String baseUrl, BuildListener listener) {
    List<Input> inputs = new ArrayList<>();
    try (var walk = Files.walk(htmlDir)) {
      walk.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".html")).sorted()
          .forEach(f -> {
            String rel = htmlDir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
            String path = "/" + (rel.equals("index.html") ? "" : rel.endsWith("/index.html")
                ? rel.substring(0, rel.length() - "index.html".length()) : rel);
            inputs.add(new Input(PageContext.Kind.HTML, rel, path, rel, null, null, null));
          });
    } catch (IOException e) {
      throw ShareworthyException.of(htmlDir.toString(), 0, "cannot list the folder: " + e.getMessage());
    }
    return run(inputs, new SiteIndex(BuiltFiles.folder(htmlDir), baseUrl), null, NO_SOURCES, listener)
        .withRoot(htmlDir);
  }

  /** The HTML file of a page's URL path, relative to the site root. */
  private static String htmlFile(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    return p.isEmpty() || p.endsWith("/") ? p + "index.html" : p;
  }

  private static String language(Map<String, Object> params, SiteConfig site) {
    Object l = params.get("language");
    return l instanceof String s && !s.isBlank() ? s : site.language();
  }

  /** Source files are read from the site folder. */
  private static final java.util.function.Function<String, String> NO_SOURCES = source -> null;

  private CheckReport run(List<Input> inputs, SiteIndex index, Path siteDir,
      java.util.function.Function<String, String> sources, BuildListener listener) {
    Map<String, Set<String>> ignored = siteDir == null ? Map.of() : readSuppressions(inputs, siteDir, sources);
    List<PageResult> results = Collections.synchronizedList(new ArrayList<>());
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    AtomicInteger done = new AtomicInteger();
    int total = inputs.size();
    listener.progress("Checking pages", 0, total);
    dev.shareworthy.build.Parallel.forEach(total, i -> {
      Input in = inputs.get(i);
      try {
        PageResult r = checkPage(in, siteDir, index, ignored.getOrDefault(in.source(), Set.of()), sources, true);
        if (r != null) {
          results.add(r);
        }
      } catch (RuntimeException e) {
        failure.compareAndSet(null, e);
      } finally {
        listener.progress("Checking pages", done.incrementAndGet(), total);
      }
    });
    if (failure.get() != null) {
      throw failure.get();
    }
    // In the order of their files: each page's findings are in order already, so the report's sort of all
    // findings then mostly merges, on one thread while the other waits.
    List<PageResult> sorted = new ArrayList<>(results);
    sorted.sort(Comparator.comparing(PageResult::source));
    return report(sorted, siteWide(sorted));
  }

  /**
   * Runs the site-wide rules (duplicates) over every page's result and returns their findings. Cheap next to
   * checking the pages: each rule compares small summaries.
   */
  public List<Finding> siteWide(Collection<PageResult> pages) {
    List<PageResult> sorted = new ArrayList<>(pages);
    sorted.sort(Comparator.comparing(PageResult::source));
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < ruleConfigs.length; i++) {
      Rule r = rules.get(i);
      RuleConfig rc = ruleConfigs[i];
      if (!(r instanceof SiteWideRule<?>) || rc.off()) {
        continue;
      }
      @SuppressWarnings("unchecked")
      SiteWideRule<Object> rule = (SiteWideRule<Object>) r;
      List<SiteWideRule.Collected<Object>> list = new ArrayList<>();
      for (PageResult p : sorted) {
        Object value = p.collected.get(rule);
        if (value != null) {
          boolean suppressed = p.suppressed.contains(rule.info().id());
          list.add(new SiteWideRule.Collected<>(value, new Reporter(rule.info(), rc, p.source(), p.page(),
              suppressed ? f -> { } : findings::add)));
        }
      }
      try {
        rule.checkSite(list);
      } catch (RuntimeException ex) {
        throw internal(rule, "the site", ex);
      }
    }
    return findings;
  }

  /** The report of pages checked one by one, with the site-wide rules' findings. */
  public CheckReport report(Collection<PageResult> pages, List<Finding> siteWide) {
    List<Finding> findings = new ArrayList<>(siteWide);
    Map<String, List<Finding>> byPage = new HashMap<>();
    for (Finding f : siteWide) {
      byPage.computeIfAbsent(f.source(), k -> new ArrayList<>()).add(f);
    }
    List<PageSummary> summaries = new ArrayList<>();
    for (PageResult p : pages) {
      findings.addAll(p.findings());
      List<Finding> all = new ArrayList<>(p.findings());
      all.addAll(byPage.getOrDefault(p.source(), List.of()));
      PageSummary s = p.summary();
      summaries.add(new PageSummary(s.source(), s.page(), s.title(), s.description(), s.image(), s.imageFile(),
          s.siteName(), s.url(), s.words(), ShareReadiness.score(all)));
    }
    summaries.sort(Comparator.comparing(PageSummary::page).thenComparing(PageSummary::source));
    List<RuleInfo> infos = rules.stream().map(Rule::info).sorted(Comparator.comparing(RuleInfo::id)).toList();
    return new CheckReport(Version.get(), summaries, findings, infos, config.failOn());
  }

  private Map<String, Set<String>> readSuppressions(List<Input> inputs, Path siteDir,
      java.util.function.Function<String, String> sources) {
    Map<String, Set<String>> ignored = new HashMap<>();
    List<dev.shareworthy.Problem> problems = new ArrayList<>();
    for (Input in : inputs) {
      try {
        Set<String> ids = suppressions(in, siteDir, sources);
        if (!ids.isEmpty()) {
          ignored.put(in.source(), ids);
        }
      } catch (ShareworthyException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new ShareworthyException(problems);
    }
    return ignored;
  }

  /** The rule ids a page's front matter {@code checks:} turns off for it. */
  private Set<String> suppressions(Input in, Path siteDir, java.util.function.Function<String, String> sources) {
    if (siteDir == null || in.post() == null && in.entry() == null) {
      return Set.of();
    }
    Map<String, Object> params = in.post() != null ? in.post().params() : in.entry().params();
    Object raw = params.get("checks");
    if (raw == null) {
      return Set.of();
    }
    int line = SourceLines.of(sourceText(in, siteDir, sources)).keyLine("checks");
    return Suppressions.read(raw, in.source(), line, ruleIds);
  }

  /** A page's source text as the build read it, else from its file. */
  private static String sourceText(Input in, Path siteDir, java.util.function.Function<String, String> sources) {
    String text = sources.apply(in.source());
    return text != null ? text : SourceText.read(siteDir.resolve(in.source()), in.source());
  }

  /**
   * Reads and parses one page; null when there is nothing to check. With {@code again}, site-wide rules may have
   * the page read again later instead of keeping much of it ({@link PageContext#later}).
   */
  private PageContext open(Input in, Path siteDir, SiteIndex index, java.util.function.Function<String, String> sources,
      boolean again) {
    BuiltFiles files = index.files();
    Document doc;
    ShareBlocks.Found shareBlocks;
    java.util.function.Supplier<SourceLines> lines = null;
    try {
      byte[] page = files.readIfFile(in.file());
      if (page == null) {
        return null; // a theme that renders no page for it: nothing to check
      }
      shareBlocks = ShareBlocks.find(page);
      doc = StrictHtml.parse(shareBlocks);
      if (doc == null) {
        java.nio.CharBuffer html = ShareBlocks.cut(shareBlocks);
        doc = Parser.htmlParser().parseInput(new CharArrayReader(html.array(), 0, html.limit()), "");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + files.root().resolve(in.file()) + ": " + e.getMessage(), e);
    }
    if (siteDir != null) {
      // Read only when a rule needs a line or a front matter key: most pages never ask.
      lines = () -> SourceLines.of(sourceText(in, siteDir, sources));
    }
    if (in.kind() == PageContext.Kind.HTML && (redirectOnly(doc) || noindex(doc) || in.source().equals("404.html"))) {
      return null; // redirects, the 404 page and pages kept out of search are nobody's post
    }
    String language = in.language() != null ? in.language() : doc.selectFirst("html") == null ? "en"
        : doc.selectFirst("html").attr("lang");
    java.util.function.Supplier<PageContext> reopen = again ? () -> open(in, siteDir, index, sources, false) : null;
    return new PageContext(in.kind(), in.source(), in.path(), files.root().resolve(in.file()), doc, in.post(),
        in.entry(), lines, language, index, shareBlocks, reopen);
  }

  /** Checks one page; null when there is nothing to check. Throws for unreadable files and rule bugs. */
  private PageResult checkPage(Input in, Path siteDir, SiteIndex index, Set<String> ignored,
      java.util.function.Function<String, String> sources, boolean again) {
    PageContext page = open(in, siteDir, index, sources, again);
    if (page == null) {
      return null;
    }
    // As a site check skips a site's generated lists, a folder check gives lists only the rules for any page.
    boolean listing = in.kind() == PageContext.Kind.HTML && listing(page.document());
    List<Finding> own = new ArrayList<>();
    Map<Rule, Object> collected = new HashMap<>();
    for (int r = 0; r < ruleConfigs.length; r++) {
      Rule rule = rules.get(r);
      RuleConfig rc = ruleConfigs[r];
      if (rc.off()) {
        continue;
      }
      if (listing && !PAGE_RULES.contains(rule.info().id()) && rule.info().category() != Category.LINKS) {
        continue;
      }
      boolean suppressed = ignored.contains(rule.info().id());
      Reporter out = new Reporter(rule.info(), rc, in.source(), in.path(), suppressed ? f -> { } : own::add);
      try {
        if (rule instanceof SiteWideRule<?> site) {
          Object value = site.collect(page, out);
          if (value != null) {
            collected.put(rule, value);
          }
        } else if (!suppressed) {
          rule.check(page, out);
        }
      } catch (RuntimeException e) {
        throw internal(rule, in.source(), e);
      }
    }
    own.sort(Finding.ORDER);
    return new PageResult(in.source(), in.path(), own, summary(page, siteDir), collected, ignored);
  }

  /**
   * What checking one page gave: its own findings, what its share card is made of, and what the site-wide rules
   * keep of it. Immutable.
   */
  public static final class PageResult {

    private final String source;
    private final String page;
    private final List<Finding> findings;
    private final PageSummary summary;
    private final Map<Rule, Object> collected;
    private final Set<String> suppressed;

    private PageResult(String source, String page, List<Finding> findings, PageSummary summary,
        Map<Rule, Object> collected, Set<String> suppressed) {
      this.source = source;
      this.page = page;
      this.findings = List.copyOf(findings);
      this.summary = summary;
      this.collected = Map.copyOf(collected);
      this.suppressed = Set.copyOf(suppressed);
    }

    /** The source file, as findings name it. */
    public String source() {
      return source;
    }

    /** The page's URL path without the base path. */
    public String page() {
      return page;
    }

    /** The page's own findings, site-wide rules' left out, in {@link Finding#ORDER}. */
    public List<Finding> findings() {
      return findings;
    }

    /** The page's summary, scored by its own findings alone. */
    public PageSummary summary() {
      return summary;
    }
  }

  private static IllegalStateException internal(Rule rule, String where, RuntimeException e) {
    return new IllegalStateException("internal error: rule '" + rule.info().id() + "' failed on " + where + ": " + e
        + " (please report this bug)", e);
  }

  /** A page that only forwards elsewhere (an alias, a Hugo alias) has nothing to check. */
  /** Rules that judge any page, not only a post's writing: links, scripts and hidden text. */
  private static final Set<String> PAGE_RULES = Set.of("insecure-link", "third-party-script", "hidden-text",
      "url-shortener", "heading-structure");

  private static boolean noindex(Document doc) {
    var robots = doc.selectFirst("meta[name=robots]");
    return robots != null && robots.attr("content").toLowerCase(java.util.Locale.ROOT).contains("noindex");
  }

  /**
   * Whether a built page is a generated list (home, tags, archive): it declares a type other than article
   * ({@code og:type website}, as Hugo's, Jekyll's and our themes write on lists) and holds several
   * {@code <article>} cards, one card with a linked heading, or none. A page that declares nothing is judged as a post.
   */
  private static boolean listing(Document doc) {
    var type = doc.selectFirst("meta[property=og:type]");
    if (type == null || type.attr("content").equalsIgnoreCase("article")) {
      return false;
    }
    var articles = doc.select("article");
    // One card on the last page of a list is still a card: its heading links to the post.
    return articles.size() != 1 || articles.first().selectFirst("h1 a[href], h2 a[href], h3 a[href]") != null;
  }

  private static boolean redirectOnly(Document doc) {
    return doc.selectFirst("meta[http-equiv~=(?i)refresh]") != null;
  }

  private static PageSummary summary(PageContext page, Path siteDir) {
    ShareMeta share = page.share();
    String image = share.image();
    if (image == null) {
      // A theme without share tags: the post's own image is still what a network would most likely show.
      image = page.post() != null ? page.post().image() : page.entry() != null ? page.entry().image() : null;
    }
    Path imageFile = null;
    if (image != null) {
      SiteIndex.Target t = page.site().resolve(page.path(), image);
      if (t != null && t.exists()) {
        imageFile = t.file();
        if (siteDir != null) {
          String relative = page.site().relative(t.file());
          // A card the build drew has no source file: no look-up for one in static/ (every post has a card).
          imageFile = page.site().files().image(relative) != null ? null : sourceOf(page, siteDir, relative);
        }
      }
    }
    String url = share.hasCanonical() ? share.canonical() : share.get("og:url");
    return new PageSummary(page.source(), page.path(), share.title() != null ? share.title() : page.title(),
        share.description(), image, imageFile, share.get("og:site_name"), url, page.words(), 100);
  }

  /**
   * The source of a built file (the site's static/ or a page bundle), since a check run's own build folder is
   * deleted when it ends; null when the file was generated.
   */
  private static Path sourceOf(PageContext page, Path siteDir, String rel) {
    Path fromStatic = siteDir.resolve("static").resolve(rel);
    if (Files.isRegularFile(fromStatic)) {
      return fromStatic;
    }
    Path bundle = page.post() != null ? page.post().bundle() : page.entry() != null ? page.entry().bundle() : null;
    String dir = page.path().startsWith("/") ? page.path().substring(1) : page.path();
    if (bundle != null && rel.startsWith(dir)) {
      Path f = bundle.resolve(rel.substring(dir.length()));
      if (Files.isRegularFile(f)) {
        return f;
      }
    }
    return null;
  }

}

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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Runs every enabled rule over the pages of one built site: each page is read and parsed once, its rules run one
 * after the other while pages go in parallel, then site-wide rules compare the pages' summaries. The caller's
 * thread pool (the build's) does the parallel work.
 */
public final class CheckEngine {

  private final List<Rule> rules;
  private final CheckConfig config;
  private final Set<String> ruleIds;

  private CheckEngine(List<Rule> rules, CheckConfig config) {
    this.rules = rules;
    this.config = config;
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

  /** One page to check. */
  private record Input(PageContext.Kind kind, String source, String path, Path file, Post post, Page entry,
      String language) {}

  /**
   * Checks the posts and pages of a site just built into {@code outputDir}.
   *
   * @throws ShareworthyException for a bad {@code checks:} suppression in a post's front matter
   */
  public CheckReport checkSite(Path siteDir, SiteConfig site, List<Post> posts, List<Page> pages, Path outputDir,
      BuildListener listener) {
    List<Input> inputs = new ArrayList<>();
    for (Post p : posts) {
      inputs.add(new Input(PageContext.Kind.POST, p.source(), p.path(), htmlFile(outputDir, p.path()), p, null,
          language(p.params(), site)));
    }
    for (Page p : pages) {
      inputs.add(new Input(PageContext.Kind.PAGE, p.source(), p.path(), htmlFile(outputDir, p.path()), null, p,
          language(p.params(), site)));
    }
    return run(inputs, new SiteIndex(outputDir, site.baseUrl()), siteDir, listener);
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
            inputs.add(new Input(PageContext.Kind.HTML, rel, path, f, null, null, null));
          });
    } catch (IOException e) {
      throw ShareworthyException.of(htmlDir.toString(), 0, "cannot list the folder: " + e.getMessage());
    }
    return run(inputs, new SiteIndex(htmlDir, baseUrl), null, listener);
  }

  private static Path htmlFile(Path outputDir, String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    return outputDir.resolve(p.isEmpty() || p.endsWith("/") ? p + "index.html" : p);
  }

  private static String language(Map<String, Object> params, SiteConfig site) {
    Object l = params.get("language");
    return l instanceof String s && !s.isBlank() ? s : site.language();
  }

  private CheckReport run(List<Input> inputs, SiteIndex index, Path siteDir, BuildListener listener) {
    Map<String, Set<String>> ignored = new HashMap<>();
    if (siteDir != null) {
      readSuppressions(inputs, siteDir, ignored);
    }
    List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
    Map<Rule, List<SiteWideRule.Collected<Object>>> collected = new LinkedHashMap<>();
    for (Rule r : rules) {
      if (r instanceof SiteWideRule<?> && !config.rule(r.info().id()).off()) {
        collected.put(r, Collections.synchronizedList(new ArrayList<>()));
      }
    }
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    Map<String, PageSummary> summaries = new ConcurrentHashMap<>();
    AtomicInteger done = new AtomicInteger();
    int total = inputs.size();
    listener.progress("Checking pages", 0, total);
    inputs.parallelStream().forEach(in -> {
      try {
        checkPage(in, siteDir, index, ignored.getOrDefault(in.source(), Set.of()), findings, collected, summaries,
            failure);
      } finally {
        listener.progress("Checking pages", done.incrementAndGet(), total);
      }
    });
    if (failure.get() != null) {
      throw failure.get();
    }
    for (Map.Entry<Rule, List<SiteWideRule.Collected<Object>>> e : collected.entrySet()) {
      @SuppressWarnings("unchecked")
      SiteWideRule<Object> rule = (SiteWideRule<Object>) e.getKey();
      List<SiteWideRule.Collected<Object>> list = new ArrayList<>(e.getValue());
      list.sort(Comparator.comparing(c -> c.out().source()));
      try {
        rule.checkSite(list);
      } catch (RuntimeException ex) {
        throw internal(rule, "the site", ex);
      }
    }
    Map<String, List<Finding>> byPage = new HashMap<>();
    for (Finding f : findings) {
      byPage.computeIfAbsent(f.source(), k -> new ArrayList<>()).add(f);
    }
    List<PageSummary> pages = new ArrayList<>();
    for (PageSummary s : summaries.values()) {
      pages.add(new PageSummary(s.source(), s.page(), s.title(), s.description(), s.image(), s.imageFile(),
          s.siteName(), s.url(), s.words(), ShareReadiness.score(byPage.getOrDefault(s.source(), List.of()))));
    }
    pages.sort(Comparator.comparing(PageSummary::page).thenComparing(PageSummary::source));
    List<RuleInfo> infos = rules.stream().map(Rule::info).sorted(Comparator.comparing(RuleInfo::id)).toList();
    return new CheckReport(Version.get(), pages, new ArrayList<>(findings), infos, config.failOn());
  }

  private void readSuppressions(List<Input> inputs, Path siteDir, Map<String, Set<String>> ignored) {
    List<dev.shareworthy.Problem> problems = new ArrayList<>();
    for (Input in : inputs) {
      Map<String, Object> params = in.post() != null ? in.post().params() : in.entry().params();
      Object raw = params.get("checks");
      if (raw == null) {
        continue;
      }
      int line = SourceLines.of(SourceText.read(siteDir.resolve(in.source()), in.source())).keyLine("checks");
      try {
        ignored.put(in.source(), Suppressions.read(raw, in.source(), line, ruleIds));
      } catch (ShareworthyException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new ShareworthyException(problems);
    }
  }

  private void checkPage(Input in, Path siteDir, SiteIndex index, Set<String> ignored, List<Finding> findings,
      Map<Rule, List<SiteWideRule.Collected<Object>>> collected, Map<String, PageSummary> summaries,
      AtomicReference<RuntimeException> failure) {
    Document doc;
    java.util.function.Supplier<SourceLines> lines = null;
    try {
      if (!Files.isRegularFile(in.file())) {
        return; // a theme that renders no page for it: nothing to check
      }
      doc = Jsoup.parse(Files.readString(in.file(), StandardCharsets.UTF_8));
      if (siteDir != null) {
        // Read only when a rule needs a line or a front matter key: most pages never ask.
        lines = () -> SourceLines.of(SourceText.read(siteDir.resolve(in.source()), in.source()));
      }
    } catch (IOException e) {
      failure.compareAndSet(null, new UncheckedIOException("cannot read " + in.file() + ": " + e.getMessage(), e));
      return;
    }
    if (in.kind() == PageContext.Kind.HTML && redirectOnly(doc)) {
      return;
    }
    String language = in.language() != null ? in.language() : doc.selectFirst("html") == null ? "en"
        : doc.selectFirst("html").attr("lang");
    PageContext page = new PageContext(in.kind(), in.source(), in.path(), in.file(), doc, in.post(), in.entry(),
        lines, language, index);
    List<Finding> own = new ArrayList<>();
    for (Rule rule : rules) {
      RuleConfig rc = config.rule(rule.info().id());
      if (rc.off()) {
        continue;
      }
      boolean suppressed = ignored.contains(rule.info().id());
      Reporter out = new Reporter(rule.info(), rc, in.source(), in.path(), suppressed ? f -> { } : own::add);
      try {
        if (rule instanceof SiteWideRule<?> site) {
          Object value = site.collect(page, out);
          if (value != null) {
            collected.get(rule).add(new SiteWideRule.Collected<>(value,
                new Reporter(rule.info(), rc, in.source(), in.path(), suppressed ? f -> { } : findings::add)));
          }
        } else if (!suppressed) {
          rule.check(page, out);
        }
      } catch (RuntimeException e) {
        failure.compareAndSet(null, internal(rule, in.source(), e));
      }
    }
    findings.addAll(own);
    summaries.put(in.source(), summary(page, siteDir));
  }

  private static IllegalStateException internal(Rule rule, String where, RuntimeException e) {
    return new IllegalStateException("internal error: rule '" + rule.info().id() + "' failed on " + where + ": " + e
        + " (please report this bug)", e);
  }

  /** A page that only forwards elsewhere (an alias, a Hugo alias) has nothing to check. */
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
          imageFile = sourceOf(page, siteDir, page.site().outputDir().relativize(t.file()));
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
  private static Path sourceOf(PageContext page, Path siteDir, Path relative) {
    String rel = relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
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

package dev.shareworthy.build;

import dev.shareworthy.Problem;
import dev.shareworthy.ShareworthyException;
import dev.shareworthy.check.BuiltFiles;
import dev.shareworthy.check.CheckEngine;
import dev.shareworthy.check.CheckReport;
import dev.shareworthy.check.ImageFile;
import dev.shareworthy.content.MenuItem;
import dev.shareworthy.content.Page;
import dev.shareworthy.content.SiteConfig;
import dev.shareworthy.content.SiteConfigReader;
import dev.shareworthy.markdown.MarkdownRenderer;
import dev.shareworthy.share.CardCache;
import dev.shareworthy.share.Sharing;
import dev.shareworthy.share.SocialCard;
import dev.shareworthy.template.Theme;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds one site: reads its content, renders every page through the theme, writes feeds, sitemap and static
 * files into a staging folder, and swaps that in for the output folder only when everything succeeded.
 * Each build has its own thread pool and its own template engine; nothing is shared between builds.
 */
public final class SiteBuilder {

  private final BuildOptions options;

  public SiteBuilder(BuildOptions options) {
    this.options = options;
  }

  /**
   * Runs the build.
   *
   * @throws ShareworthyException listing every content, configuration and template problem found; the
   *     previous output is then untouched
   */
  public BuildResult build() {
    long start = System.nanoTime();
    Path siteDir = options.siteDir().toAbsolutePath().normalize();
    if (!Files.isDirectory(siteDir)) {
      throw ShareworthyException.of(siteDir.toString(), 0, "the site folder does not exist");
    }
    SiteConfig site = SiteConfigReader.read(siteDir, options.baseUrl());
    Theme theme = Theme.locate(siteDir, site.theme());
    // Read before anything is written, so a bad checks: section in site.yaml stops the build at once.
    long setUp = System.nanoTime();
    CheckEngine checks = options.checks() ? CheckEngine.forSite(siteDir, site) : null;
    setUp = System.nanoTime() - setUp;
    Instant now = options.now() != null ? options.now() : Instant.now();
    ForkJoinPool pool = new ForkJoinPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
    try (OutputFolder output = OutputFolder.prepare(siteDir, options.resolvedOutputDir())) {
      ContentLoader loader = new ContentLoader(siteDir, site, new MarkdownRenderer(), options, now);
      SiteContent content = inPool(pool, loader::load);
      SiteConfig withMenu = withDefaultMenu(site, content);
      Written written = inPool(pool, () -> write(siteDir, withMenu, theme, content, output.staging(), now));
      // Checks read the staging folder; what they find are findings in the report, never a failed build.
      long checking = System.nanoTime();
      CheckReport report = checks == null ? null : inPool(pool, () -> checks.checkSite(siteDir, withMenu,
          content.posts(), content.pages(), written.output(), loader::sourceText, options.listener()));
      // Setting them up, running them, and what the loader did for them (the source texts it kept), in full.
      Duration checksTook = checks == null ? Duration.ZERO
          : Duration.ofNanos(setUp + System.nanoTime() - checking + loader.keepingTexts().toNanos());
      output.commit();
      return new BuildResult(output.target(), written.pages(), written.files(), content.posts().size(),
          content.skippedDrafts(), content.skippedFuture(), Duration.ofNanos(System.nanoTime() - start), report,
          checksTook);
    } catch (IOException e) {
      throw new ShareworthyException(new Problem("--output", 0, "cannot write the site: " + e), e);
    } catch (UncheckedIOException e) {
      throw new ShareworthyException(new Problem("--output", 0, "cannot write the site: " + e.getCause()), e);
    } finally {
      pool.shutdown();
    }
  }

  /**
   * What a build wrote: how many pages and files, and the folder with what the build knows of its files, so that
   * the checks ask the file system only about the rest.
   */
  private record Written(int pages, int files, BuiltFiles output) {}

  private Written write(Path siteDir, SiteConfig site, Theme theme, SiteContent content, Path out, Instant now) {
    Sharing sharing = Sharing.prepare(siteDir, site, content.posts());
    PageRenderer renderer = new PageRenderer(siteDir, site, theme, now, sharing.injector());
    SitePlan plan = SitePlan.of(site, content, sharing);
    List<PageJob> jobs = plan.jobs();
    Set<String> claimed = plan.claimed();
    List<AliasRedirects.Redirect> redirects = plan.redirects();

    Set<String> templateProblems = ConcurrentHashMap.newKeySet();
    List<Problem> renderProblems = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicInteger done = new AtomicInteger();
    int total = jobs.size();
    Parallel.forEach(total, i -> {
      PageJob job = jobs.get(i);
      try {
        renderToFile(renderer, job, out.resolve(job.outputFile()));
      } catch (ShareworthyException e) {
        for (Problem p : e.problems()) {
          if (templateProblems.add(p.toString())) {
            renderProblems.add(p);
          }
        }
      }
      options.listener().progress("Writing pages", done.incrementAndGet(), total);
    });
    ContentLoader.failOn(renderProblems);
    for (AliasRedirects.Redirect r : redirects) {
      writeFile(out, r.file(), r.html());
    }
    try {
      new FeedWriter(site, renderer.generator(), sharing::feedLink).write(out, content.posts(), now.atOffset(ZoneOffset.UTC));
      new SitemapWriter(site).write(out, jobs);
      CardCache cards = new CardCache(options.cardCache() != null ? options.cardCache() : CardCache.defaultDir());
      Sharing.Written shared = sharing.writeFiles(out, content.posts(), cards, now);
      int copied = StaticFiles.copy(siteDir, theme, content, out, claimed);
      // 4: two feeds, sitemap, robots.txt
      int files = jobs.size() + redirects.size() + 4 + shared.files() + copied;
      return new Written(jobs.size(), files, known(out, jobs, redirects, shared.cards()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The output folder with the pages, redirects and cards this build wrote into it: each page links to others
   * and to its card, and looking each up in the file system, and reading each card's header, cost about a
   * twentieth of checking a page.
   */
  private static BuiltFiles known(Path out, List<PageJob> jobs, List<AliasRedirects.Redirect> redirects,
      Map<String, Long> cards) {
    Set<String> files = new HashSet<>(2 * (jobs.size() + redirects.size() + cards.size()));
    for (PageJob job : jobs) {
      files.add(job.outputFile());
    }
    for (AliasRedirects.Redirect r : redirects) {
      files.add(r.file());
    }
    Map<String, ImageFile> images = new HashMap<>(2 * cards.size());
    cards.forEach((file, bytes) -> {
      files.add(file);
      images.put(file, new ImageFile(bytes, false, SocialCard.WIDTH, SocialCard.HEIGHT, null));
    });
    return BuiltFiles.written(out, files, images);
  }

  private static void renderToFile(PageRenderer renderer, PageJob job, Path file) {
    try {
      Files.createDirectories(file.getParent());
      try (Writer writer = new BufferedWriter(
          new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 15)) {
        renderer.render(job, writer);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeFile(Path out, String relative, String text) {
    Path file = out.resolve(relative);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Without a menu in site.yaml: the pages (by title), then Archive and Tags. */
  static SiteConfig withDefaultMenu(SiteConfig site, SiteContent content) {
    if (!site.menu().isEmpty()) {
      return site;
    }
    List<MenuItem> menu = new ArrayList<>();
    content.pages().stream().sorted(Comparator.comparing(Page::title))
        .forEach(p -> menu.add(new MenuItem(p.title(), p.path())));
    menu.add(new MenuItem("Archive", "/archive/"));
    if (content.posts().stream().anyMatch(p -> !p.tags().isEmpty())) {
      menu.add(new MenuItem("Tags", "/tags/"));
    }
    return site.withMenu(menu);
  }

  /** Runs {@code work} in a build's own pool, rethrowing what it throws as it was thrown. */
  static <T> T inPool(ForkJoinPool pool, java.util.concurrent.Callable<T> work) {
    try {
      return pool.submit(work).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("build interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}

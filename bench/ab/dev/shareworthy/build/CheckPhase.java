package dev.shareworthy.build;

import dev.shareworthy.check.CheckEngine;
import dev.shareworthy.content.SiteConfig;
import dev.shareworthy.content.SiteConfigReader;
import dev.shareworthy.markdown.MarkdownRenderer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.ForkJoinPool;

/**
 * One version's check phase for CheckAB, loaded from that version's jar in a class loader of its own: the site
 * is read once, then {@link #round} checks an already built output folder on a pool of two threads.
 */
public final class CheckPhase {
  private static final ForkJoinPool POOL = new ForkJoinPool(2);
  private static Path siteDir;
  private static Path out;
  private static SiteConfig site;
  private static SiteContent content;
  private static CheckEngine engine;

  private CheckPhase() {}

  public static void prepare(String siteFolder, String output) throws Exception {
    siteDir = Path.of(siteFolder).toAbsolutePath();
    out = Path.of(output).toAbsolutePath();
    site = SiteConfigReader.read(siteDir, null);
    BuildOptions options = BuildOptions.of(siteDir);
    content = POOL.submit(() -> new ContentLoader(siteDir, site, new MarkdownRenderer(), options, Instant.now())
        .load()).get();
    engine = CheckEngine.forSite(siteDir, site);
  }

  /** Checks every page once; returns the number of findings. */
  public static int round() throws Exception {
    return POOL.submit(() -> engine.checkSite(siteDir, site, content.posts(), content.pages(), out, (s, d, t) -> { }))
        .get().findings().size();
  }
}

package dev.shareworthy.build;

import dev.shareworthy.check.CheckEngine;
import dev.shareworthy.check.CheckReport;
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
    knownFiles();
  }

  /** Checks every page once; returns the number of findings. */
  public static int round() throws Exception {
    return POOL.submit(() -> {
      if (written != null) {
        return ((CheckReport) WITH_FILES.invoke(engine, siteDir, site, content.posts(), content.pages(), written,
            (java.util.function.Function<String, String>) f -> null, (BuildListener) (s, d, t) -> { }));
      }
      return engine.checkSite(siteDir, site, content.posts(), content.pages(), out, (s, d, t) -> { });
    }).get().findings().size();
  }

  /**
   * For a version whose build tells the checks what it wrote (BuiltFiles.written), the same: every file of the
   * built folder, and each card's size at 1200 by 630 pixels. Null for older versions, which look everything up.
   */
  private static Object written;
  private static java.lang.reflect.Method WITH_FILES;

  private static void knownFiles() throws Exception {
    Class<?> builtFiles;
    try {
      builtFiles = Class.forName("dev.shareworthy.check.BuiltFiles");
      WITH_FILES = CheckEngine.class.getMethod("checkSite", Path.class, SiteConfig.class, java.util.List.class,
          java.util.List.class, builtFiles, java.util.function.Function.class, BuildListener.class);
    } catch (NoSuchMethodException e) {
      return;
    }
    java.util.Set<String> files = new java.util.HashSet<>();
    java.util.Map<String, Object> images = new java.util.HashMap<>();
    Class<?> imageFile = Class.forName("dev.shareworthy.check.ImageFile");
    var image = imageFile.getConstructor(long.class, boolean.class, int.class, int.class, String.class);
    try (var all = java.nio.file.Files.walk(out)) {
      for (Path f : (Iterable<Path>) all.filter(java.nio.file.Files::isRegularFile)::iterator) {
        String name = out.relativize(f).toString().replace('\\', '/');
        files.add(name);
        if (name.startsWith("cards/")) {
          images.put(name, image.newInstance(java.nio.file.Files.size(f), false, 1200, 630, null));
        }
      }
    }
    written = builtFiles.getMethod("written", Path.class, java.util.Set.class, java.util.Map.class)
        .invoke(null, out, files, images);
  }
}

package dev.shareworthy.build;

import dev.shareworthy.Problem;
import dev.shareworthy.template.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** Copies files as they are: the theme's static files, the site's {@code static/} (which wins), and page bundles' files. */
final class StaticFiles {

  private StaticFiles() {}

  /** Receives one file to publish; theme files in a jar are readable only during the call. */
  @FunctionalInterface
  interface Sink {
    /**
     * @param target the path in the site, relative to its root, with forward slashes
     * @param file the source file
     */
    void accept(String target, Path file) throws IOException;
  }

  /** Theme static files, then the site's (which win), then page bundles' files beside their pages. */
  static int copy(Path siteDir, Theme theme, SiteContent content, Path out, Set<String> claimed)
      throws IOException {
    return collect(siteDir, theme, content, claimed, (target, file) -> copy(file, out.resolve(target)));
  }

  /**
   * Hands every file to publish to {@code sink}: theme static files, the site's {@code static/} (which win), page
   * bundles' files beside their pages. Returns how many.
   *
   * @param claimed files taken by pages; bundle files are added to it
   * @throws dev.shareworthy.ShareworthyException when a file would take a generated page's path
   */
  static int collect(Path siteDir, Theme theme, SiteContent content, Set<String> claimed, Sink sink)
      throws IOException {
    Map<String, Path> siteFiles = new LinkedHashMap<>();
    Path staticDir = siteDir.resolve("static");
    if (Files.isDirectory(staticDir)) {
      try (Stream<Path> walk = Files.walk(staticDir)) {
        walk.filter(Files::isRegularFile).forEach(f -> siteFiles.put(slashes(staticDir.relativize(f)), f));
      }
    }
    List<Problem> problems = new ArrayList<>();
    AtomicInteger count = new AtomicInteger();
    // Theme files are copied while the theme is open (it may be a jar); the site's own files win.
    theme.forEachStaticFile((file, relative) -> {
      if (!siteFiles.containsKey(relative) && !claimed.contains(relative)) {
        sink.accept(relative, file);
        count.incrementAndGet();
      }
    });
    for (Map.Entry<String, Path> e : siteFiles.entrySet()) {
      if (claimed.contains(e.getKey())) {
        problems.add(new Problem("static/" + e.getKey(), 0, "has the same path as a generated page; "
            + "rename or remove it"));
        continue;
      }
      sink.accept(e.getKey(), e.getValue());
      count.incrementAndGet();
    }
    List<Path> bundles = new ArrayList<>();
    content.posts().forEach(p -> addBundle(bundles, p.bundle()));
    content.pages().forEach(p -> addBundle(bundles, p.bundle()));
    Map<Path, String> paths = new LinkedHashMap<>();
    content.posts().forEach(p -> paths.put(p.bundle(), p.path()));
    content.pages().forEach(p -> paths.put(p.bundle(), p.path()));
    for (Path bundle : bundles) {
      String base = PageJob.outputFileOf(paths.get(bundle));
      String dir = base.contains("/") ? base.substring(0, base.lastIndexOf('/') + 1) : "";
      try (Stream<Path> walk = Files.walk(bundle)) {
        for (Path f : walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".md")).toList()) {
          String target = dir + slashes(bundle.relativize(f));
          if (!claimed.add(target)) {
            problems.add(new Problem(slashes(siteDir.relativize(f)), 0, "has the same path as a generated page"));
            continue;
          }
          sink.accept(target, f);
          count.incrementAndGet();
        }
      }
    }
    ContentLoader.failOn(problems);
    return count.get();
  }

  private static void addBundle(List<Path> bundles, Path bundle) {
    if (bundle != null) {
      bundles.add(bundle);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
  }

  private static String slashes(Path p) {
    return p.toString().replace(p.getFileSystem().getSeparator(), "/");
  }
}

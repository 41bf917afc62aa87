package dev.shareworthy.build;

import dev.shareworthy.Problem;
import dev.shareworthy.ShareworthyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;

/**
 * The output folder, written atomically: a build writes into a staging folder beside it and swaps it in only
 * after success, so a failed build leaves the previous site as it was. It refuses folders whose replacement
 * would lose someone's files: the site folder or a parent of it, the home folder, a filesystem root, a
 * folder of the site's sources, or a non-empty folder that an earlier build did not write.
 */
final class OutputFolder implements AutoCloseable {

  /** Marks a folder as written by Shareworthy, so the next build may replace it. */
  static final String MARKER = ".shareworthy-output";
  private static final List<String> SOURCE_FOLDERS = List.of("content", "static", "templates", "themes");

  private final Path target;
  private final Path staging;
  private boolean committed;

  private OutputFolder(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /** Checks that {@code target} may be replaced and creates the staging folder beside it. */
  static OutputFolder prepare(Path siteDir, Path target) {
    Path out = real(target);
    Path site = real(siteDir);
    String why = null;
    if (out.getParent() == null) {
      why = "it is a filesystem root";
    } else if (out.equals(real(Paths.get(System.getProperty("user.home"))))) {
      why = "it is your home folder";
    } else if (site.startsWith(out)) {
      why = out.equals(site) ? "it is the site folder" : "it holds the site folder";
    } else {
      for (String source : SOURCE_FOLDERS) {
        if (out.startsWith(site.resolve(source))) {
          why = "it is inside the site's " + source + "/ folder";
        }
      }
    }
    try {
      if (why == null && Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
          why = "it is a file, not a folder";
        } else if (!Files.exists(out.resolve(MARKER)) && !isEmpty(out)) {
          why = "it is not empty and was not written by Shareworthy (no " + MARKER + " file in it); "
              + "empty it or choose another folder";
        }
      }
      if (why != null) {
        throw ShareworthyException.of("--output", 0, "refusing to write the site into " + out + ": " + why);
      }
      Files.createDirectories(out.getParent());
      Path staging = out.resolveSibling("." + out.getFileName() + ".staging-" + UUID.randomUUID());
      Files.createDirectory(staging);
      Files.writeString(staging.resolve(MARKER), "This folder is written by Shareworthy; each build replaces it.\n");
      return new OutputFolder(out, staging);
    } catch (IOException e) {
      throw new ShareworthyException(new Problem("--output", 0, "cannot prepare " + out + ": " + e), e);
    }
  }

  /** Where this build writes its files until {@link #commit()}. */
  Path staging() {
    return staging;
  }

  Path target() {
    return target;
  }

  /** Swaps the staging folder in place of the target; the old output is removed only after the swap. */
  void commit() throws IOException {
    Path old = null;
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    }
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (old != null) {
        Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
      }
      throw e;
    }
    committed = true;
    if (old != null) {
      PathUtils.deleteDirectory(old);
    }
  }

  /** Removes the staging folder of a build that did not commit. */
  @Override
  public void close() throws IOException {
    if (!committed && Files.exists(staging)) {
      PathUtils.deleteDirectory(staging);
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  /** The absolute, normalised path with symbolic links resolved as far as the path exists. */
  private static Path real(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(abs));
    } catch (IOException e) {
      return abs;
    }
  }
}

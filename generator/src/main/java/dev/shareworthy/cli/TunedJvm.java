package dev.shareworthy.cli;

import dev.shareworthy.Version;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the command line in a second JVM tuned for a short batch job, because {@code java -jar} cannot name
 * JVM options. Measured on a 2-core machine with 1,000 posts:
 * <ul>
 *   <li>C1 only: the optimising compiler never pays back in a build of seconds; it spent 6.5 s of CPU
 *       compiling during a 4.5 s build (4.9 s with the defaults, 2.8 s with C1 only).
 *   <li>The serial collector: a 10,000-post build stays under 400 MiB where the default grew past 1 GiB. Objects
 *       are promoted after one collection: what a build keeps, it keeps to the end. The heap starts at 512 MB
 *       (with 4 GB of memory or more), so a large checked build needs no collection of the whole heap.
 *   <li>A class-data archive of Shareworthy's own classes, written on the first run into the user's cache
 *       folder and mapped on every later one, saves loading and verifying them (2.8 s to 2.5 s). The three
 *       most recently used archives are kept.
 * </ul>
 * Options given to the first JVM are passed on and win, so {@code -Xmx} or another collector still work.
 */
final class TunedJvm {

  static final String LAUNCHED = "shareworthy.launched";
  /** Commands that do enough work to pay for a second JVM's start (about 0.1 s): both build a site; --help stays here. */
  private static final Set<String> BATCH_COMMANDS = Set.of("build", "check");

  private TunedJvm() {}

  /**
   * Runs {@code args} in a tuned child JVM and returns its exit code, or empty where that cannot or should
   * not be done: a command that is not a batch job, already in the child, {@code SHAREWORTHY_NO_FORK} set,
   * a debugger or profiler attached, not started from the jar, or the child could not be started. Then the
   * caller runs the command itself.
   */
  static Optional<Integer> run(String[] args) {
    boolean batch = args.length > 0 && BATCH_COMMANDS.contains(args[0]);
    if (!batch || System.getProperty(LAUNCHED) != null || System.getenv("SHAREWORTHY_NO_FORK") != null) {
      return Optional.empty();
    }
    Optional<Path> jar = ownJar();
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    List<String> inherited = ManagementFactory.getRuntimeMXBean().getInputArguments();
    if (jar.isEmpty() || !Files.isExecutable(java)
        || inherited.stream().anyMatch(a -> a.startsWith("-agentlib") || a.startsWith("-javaagent"))) {
      return Optional.empty();
    }
    Optional<Path> archive = archiveFor(jar.get());
    boolean archiveReady = archive.isPresent() && Files.isRegularFile(archive.get());
    if (archiveReady) {
      markUsed(archive.get());
    }
    Path writing = archive.isPresent() && !archiveReady
        ? archive.get().resolveSibling(archive.get().getFileName() + ".tmp-" + ProcessHandle.current().pid())
        : null;

    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(options(inherited, archiveReady ? archive.get() : null, writing));
    command.add("-D" + LAUNCHED + "=true");
    command.add("-cp");
    command.add(jar.get().toString());
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Process child;
    try {
      child = new ProcessBuilder(command).inheritIO().start();
    } catch (IOException e) {
      return Optional.empty();
    }
    // If this JVM is stopped (Ctrl-C, a CI timeout), the child must not go on alone.
    Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
    try {
      int code = child.waitFor();
      if (writing != null) {
        keepArchive(writing, archive.get(), code == 0);
      }
      return Optional.of(code);
    } catch (InterruptedException e) {
      child.destroy();
      Thread.currentThread().interrupt();
      return Optional.of(130);
    }
  }

  /**
   * The child's JVM options: ours where the user gave none of the kind, then the user's.
   *
   * @param useArchive a class-data archive to map, or null
   * @param writeArchive where to write a class-data archive at exit, or null
   */
  static List<String> options(List<String> inherited, Path useArchive, Path writeArchive) {
    long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getTotalMemorySize(); // the container's limit inside one
    return options(inherited, useArchive, writeArchive, memory);
  }

  /** The options for a machine (or container) with {@code memory} bytes. */
  static List<String> options(List<String> inherited, Path useArchive, Path writeArchive, long memory) {
    List<String> options = new ArrayList<>();
    if (inherited.stream().noneMatch(a -> a.startsWith("-XX:TieredStopAtLevel") || a.contains("TieredCompilation"))) {
      options.add("-XX:TieredStopAtLevel=1");
      if (inherited.stream().noneMatch(a -> a.contains("CompileThresholdScaling"))) {
        // The checks run their code once per page, and start cold after a build that never ran it: compiled
        // after a fifth of the usual calls and loops, a 10,000-post check phase took 5% less time (CPU time
        // 0.966 of it, median of 8 pairs of builds; the first 1,000 pages 0.91). Quietly: not a word on stdout.
        options.add("-XX:CompileCommand=quiet");
        options.add("-XX:CompileCommand=CompileThresholdScaling," + CHECK_CODE + ",0.2");
      }
    }
    if (inherited.stream().noneMatch(a -> a.matches("-XX:\\+Use\\w*GC"))) {
      options.add("-XX:+UseSerialGC");
      if (inherited.stream().noneMatch(a -> a.contains("TenuringThreshold"))) {
        // A build keeps most of what survives one collection to its end (sources, rendered posts, what the
        // checks gather for site-wide rules); copying it between survivor spaces up to 15 times cost about
        // 0.18 s of pauses in a checked 10,000-post build.
        options.add("-XX:MaxTenuringThreshold=1");
      }
      if (memory >= MEMORY_FOR_HEAP_START && inherited.stream().noneMatch(TunedJvm::sizesTheHeap)) {
        // Room for what a large build keeps: at 10,000 posts a checked build's pages and results outgrew the
        // default start (a 64th of memory, 384 MB with 24 GB), and the collector then went over the whole heap
        // once (0.15-0.18 s with both threads stopped), which a plain build never needed. The young generation
        // stays at the size it had: a larger one paused longer for the same total.
        options.add("-Xms512m");
        options.add("-Xmn128m");
      }
    }
    if (inherited.stream().noneMatch(a -> a.startsWith("-Xshare") || a.contains("SharedArchiveFile")
        || a.contains("ArchiveClassesAtExit"))) {
      if (useArchive != null) {
        options.add("-XX:SharedArchiveFile=" + useArchive);
      } else if (writeArchive != null) {
        options.add("-XX:ArchiveClassesAtExit=" + writeArchive);
      }
      if (useArchive != null || writeArchive != null) {
        // An archive the JVM cannot use is skipped; that is no reason to print a warning to the user.
        options.add("-Xlog:cds=off");
        options.add("-Xlog:cds+dynamic=off");
      }
    }
    options.addAll(inherited);
    return options;
  }

  /** The check engine and its rules, as a compile command's method pattern. */
  static final String CHECK_CODE = "dev.shareworthy.check.*::*";

  /** Memory from which the default heap limit (a quarter) leaves room above a 512 MB start. */
  static final long MEMORY_FOR_HEAP_START = 4L << 30;

  /** Whether a JVM option sets the heap's size, which the user's choice then is. */
  private static boolean sizesTheHeap(String option) {
    return option.startsWith("-Xms") || option.startsWith("-Xmx") || option.startsWith("-Xmn")
        || option.matches("-XX:(Initial|Max|Min)?(HeapSize|NewSize|RAM|RAMPercentage|RAMFraction)=.*")
        || option.startsWith("-XX:NewRatio") || option.startsWith("-XX:OldSize");
  }

  /** The archive for this jar and Java: its name changes with either, so a stale one is never mapped. */
  private static Optional<Path> archiveFor(Path jar) {
    try {
      String xdg = System.getenv("XDG_CACHE_HOME");
      Path cache = xdg != null && !xdg.isBlank()
          ? Paths.get(xdg) : Paths.get(System.getProperty("user.home"), ".cache");
      Path dir = cache.resolve("shareworthy");
      Files.createDirectories(dir);
      String key = Integer.toHexString(Objects.hash(jar.toString(), Files.size(jar),
          Files.getLastModifiedTime(jar).toMillis(), System.getProperty("java.vm.version")));
      return Optional.of(dir.resolve("classes-" + Version.get() + "-" + key + ".jsa"));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // no cache folder: run without an archive
    }
  }

  /** Moves an archive written by a successful run into place; two first runs at once both end fine. */
  private static void keepArchive(Path written, Path archive, boolean success) {
    try {
      if (success && Files.isRegularFile(written) && Files.size(written) > 0) {
        Files.move(written, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        prune(archive.getParent(), KEPT_ARCHIVES, Instant.now());
      } else {
        Files.deleteIfExists(written);
      }
    } catch (IOException e) {
      // The archive only saves time; a run without it is as correct.
    }
  }

  /** Archives kept: every new jar or Java writes one of about 18 MB, and nothing else ever removed them. */
  static final int KEPT_ARCHIVES = 3;

  /** An archive's modification time is when a run last mapped it, so pruning keeps the ones in use. */
  private static void markUsed(Path archive) {
    try {
      Files.setLastModifiedTime(archive, FileTime.from(Instant.now()));
    } catch (IOException e) {
      // read-only cache: the archive may be pruned sooner, nothing worse
    }
  }

  /**
   * Removes all but the {@code keep} most recently used class-data archives in {@code dir}, and archives left
   * half-written (by a run that was killed) for more than a day. A JVM that has an archive mapped keeps
   * reading it after the file is removed.
   */
  static void prune(Path dir, int keep, Instant now) {
    record Archive(Path file, Instant used) {}
    List<Archive> archives = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String name = f.getFileName().toString();
        if (!name.startsWith("classes-") || !Files.isRegularFile(f)) {
          continue;
        }
        Instant modified = Files.getLastModifiedTime(f).toInstant();
        if (name.endsWith(".jsa")) {
          archives.add(new Archive(f, modified));
        } else if (name.contains(".jsa.tmp-") && modified.isBefore(now.minus(Duration.ofDays(1)))) {
          Files.deleteIfExists(f);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return; // pruning is housekeeping: what cannot be listed stays until a later run
    }
    archives.sort(Comparator.comparing(Archive::used).reversed());
    for (Archive old : archives.subList(Math.min(keep, archives.size()), archives.size())) {
      try {
        Files.deleteIfExists(old.file());
      } catch (IOException e) {
        // in use where that forbids removal (Windows), or not ours to remove: a later run tries again
      }
    }
  }

  private static Optional<Path> ownJar() {
    try {
      var source = TunedJvm.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return Optional.empty();
      }
      Path path = Paths.get(source.getLocation().toURI());
      return path.toString().endsWith(".jar") && Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}

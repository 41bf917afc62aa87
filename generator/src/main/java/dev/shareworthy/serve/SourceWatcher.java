package dev.shareworthy.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import dev.shareworthy.build.SiteSession;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches a site's sources (site.yaml, content, static, templates, themes) and hands over changed files in
 * batches. Editors save in several steps (a temporary file, a rename, a second write), so events are collected
 * until none came for {@link #QUIET_MILLIS}, at most {@link #MAX_WAIT_MILLIS} after the first, and then handed
 * over together, from the watcher's own thread, one batch at a time.
 *
 * <p>The JDK's WatchService rather than a library: on Linux it is inotify, which is what directory-watcher
 * uses there too, and the site folder itself must be watched without its subfolders (only site.yaml and new
 * source folders matter there; a {@code public/} output folder or {@code .git} must not cost watches).
 */
final class SourceWatcher implements AutoCloseable {

  static final long QUIET_MILLIS = 30;
  static final long MAX_WAIT_MILLIS = 300;

  private final Path siteDir;
  private final WatchService service;
  private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
  private final Consumer<Batch> onChange;
  private final Thread thread;
  private volatile boolean closed;

  /**
   * @param onChange receives each batch of changed paths; the site folder itself in a batch means events were
   *     lost and everything must be looked at again
   */
  SourceWatcher(Path siteDir, Consumer<Batch> onChange) throws IOException {
    this.siteDir = siteDir;
    this.onChange = onChange;
    this.service = FileSystems.getDefault().newWatchService();
    keys.put(siteDir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), siteDir);
    for (String folder : SiteSession.sourceFolders()) {
      registerTree(siteDir.resolve(folder));
    }
    this.thread = new Thread(this::run, "shareworthy-watch");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  /**
   * Paths changed together.
   *
   * @param firstEvent {@link System#nanoTime()} when the first of them was reported
   */
  record Batch(Set<Path> paths, long firstEvent) {}

  private void registerTree(Path root) throws IOException {
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> dirs = Files.walk(root)) {
      for (Path dir : dirs.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
        keys.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
      }
    }
  }

  private void run() {
    while (!closed) {
      try {
        WatchKey first = service.take();
        long firstEvent = System.nanoTime();
        Set<Path> batch = new LinkedHashSet<>();
        collect(first, batch);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
        while (System.nanoTime() < deadline) {
          WatchKey next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
          if (next == null) {
            break; // quiet: the editor is done
          }
          collect(next, batch);
        }
        if (!batch.isEmpty()) {
          onChange.accept(new Batch(batch, firstEvent));
        }
      } catch (InterruptedException | ClosedWatchServiceException e) {
        return;
      } catch (RuntimeException e) {
        // The server reports rebuild failures itself; whatever else escapes must not stop the watching.
      }
    }
  }

  private void collect(WatchKey key, Set<Path> batch) {
    Path dir = keys.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW || dir == null) {
        batch.add(siteDir);
        continue;
      }
      Path path = dir.resolve((Path) event.context());
      if (dir.equals(siteDir) && !SiteSession.isSource(siteDir, path) || isEditorScratch(path)) {
        continue;
      }
      batch.add(path);
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        // A new folder, maybe already holding files written before it was watched.
        try {
          registerTree(path);
          try (Stream<Path> files = Files.walk(path)) {
            files.forEach(batch::add);
          }
        } catch (IOException e) {
          batch.add(siteDir);
        }
      }
    }
    if (!key.reset()) {
      keys.remove(key); // the folder is gone
    }
  }

  /** Swap, backup and lock files editors write beside the real one. */
  private static boolean isEditorScratch(Path path) {
    String name = path.getFileName().toString();
    return name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx") || name.startsWith(".#")
        || name.equals("4913") || name.endsWith(".tmp");
  }

  @Override
  public void close() {
    closed = true;
    try {
      service.close();
    } catch (IOException e) {
      // closing: nothing left to do with it
    }
    thread.interrupt();
  }
}

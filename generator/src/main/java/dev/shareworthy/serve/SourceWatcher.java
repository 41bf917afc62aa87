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
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
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
 * until none came for a quiet time ({@link Waits}), at most a longer time after the first, and then handed
 * over together, from the watcher's own thread, one batch at a time.
 *
 * <p>The quiet time is short for the commonest save, one file written in place: once its events stop and its
 * size and modification time stay the same over the short wait, its content is complete. A batch with any
 * sign of a save in steps (a file created, deleted or renamed, an editor's scratch file, more than one file,
 * an empty file as a truncation leaves it) waits the full quiet time. Files written one by one more than the
 * short wait apart (a checkout, a replace across files) may then come in more than one batch; each rebuild
 * still sees whole files, and the last one all of them.
 *
 * <p>The JDK's WatchService rather than a library: on Linux it is inotify, which is what directory-watcher
 * uses there too, and the site folder itself must be watched without its subfolders (only site.yaml and new
 * source folders matter there; a {@code public/} output folder or {@code .git} must not cost watches).
 */
final class SourceWatcher implements AutoCloseable {

  /**
   * How long a batch stays open.
   *
   * @param settledMillis the quiet that ends a batch of one file written in place, unchanged over that time
   * @param quietMillis the quiet that ends any other batch
   * @param maxMillis the longest a batch stays open after its first event, however busy the folder
   */
  record Waits(long settledMillis, long quietMillis, long maxMillis) {
    /** A save in place is handed over 5 ms after its last write; one in steps after 30 ms of quiet. */
    static final Waits DEFAULT = new Waits(5, 30, 300);
  }

  private final Path siteDir;
  private final Waits waits;
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
    this(siteDir, onChange, Waits.DEFAULT);
  }

  SourceWatcher(Path siteDir, Consumer<Batch> onChange, Waits waits) throws IOException {
    this.siteDir = siteDir;
    this.waits = waits;
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
        Events events = new Events();
        collect(first, events);
        long deadline = firstEvent + TimeUnit.MILLISECONDS.toNanos(waits.maxMillis());
        while (System.nanoTime() < deadline) {
          FileStamp written = events.writtenInPlace();
          WatchKey next = service.poll(written != null ? waits.settledMillis() : waits.quietMillis(),
              TimeUnit.MILLISECONDS);
          if (next != null) {
            collect(next, events);
          } else if (written == null || written.equals(FileStamp.of(written.file()))) {
            break; // quiet, and a file written in place is as it was: the editor is done
          }
        }
        if (!events.paths.isEmpty()) {
          onChange.accept(new Batch(events.paths, firstEvent));
        }
      } catch (InterruptedException | ClosedWatchServiceException e) {
        return;
      } catch (RuntimeException e) {
        // The server reports rebuild failures itself; whatever else escapes must not stop the watching.
      }
    }
  }

  /** The events of a batch so far: the paths they name, and whether each was a change of a file's content. */
  private static final class Events {
    final Set<Path> paths = new LinkedHashSet<>();
    boolean inPlace = true;

    /** The size and time of the one file of the batch when it is a file written in place, with content; else null. */
    FileStamp writtenInPlace() {
      if (!inPlace || paths.size() != 1) {
        return null;
      }
      FileStamp stamp = FileStamp.of(paths.iterator().next());
      return stamp != null && stamp.size() > 0 ? stamp : null; // empty: maybe truncated, the content yet to come
    }
  }

  /** A regular file's size and modification time, to see that it stopped changing. */
  private record FileStamp(Path file, long size, FileTime modified) {
    /** Null when it is not a regular file (any more). */
    static FileStamp of(Path file) {
      try {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return a.isRegularFile() ? new FileStamp(file, a.size(), a.lastModifiedTime()) : null;
      } catch (IOException e) {
        return null;
      }
    }
  }

  private void collect(WatchKey key, Events events) {
    Set<Path> batch = events.paths;
    Path dir = keys.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW || dir == null) {
        batch.add(siteDir);
        events.inPlace = false;
        continue;
      }
      Path path = dir.resolve((Path) event.context());
      if (isEditorScratch(path)) {
        events.inPlace = false; // an editor saving in steps, wherever it puts its scratch files
        continue;
      }
      if (dir.equals(siteDir) && !SiteSession.isSource(siteDir, path)) {
        continue;
      }
      if (event.kind() != ENTRY_MODIFY) {
        events.inPlace = false; // a file came or went: maybe a step of a save by renaming
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

package dev.shareworthy.share;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Generated cards kept between builds, named by the hash of what they show: a card whose post did not change
 * is linked or copied into the output, never drawn again. Files are written under a temporary name and moved into place, so two builds
 * sharing the folder never see half a file. Cards unused for {@link #KEEP} are removed.
 */
public final class CardCache {

  static final Duration KEEP = Duration.ofDays(90);
  private final Path dir;
  private final AtomicInteger drawn = new AtomicInteger();
  private volatile CardFonts fonts;

  /** @param dir the cache folder; created when first needed */
  public CardCache(Path dir) {
    this.dir = dir;
  }

  /**
   * The folder a build uses when not told another: {@code $XDG_CACHE_HOME/shareworthy/cards}, else
   * {@code ~/.cache/shareworthy/cards}.
   */
  public static Path defaultDir() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("shareworthy").resolve("cards");
  }

  /**
   * Copies the card to {@code target}, drawing it first only when the cache does not hold it.
   *
   * @return the card's size in bytes
   */
  long write(SocialCard card, Path target) {
    try {
      Files.createDirectories(target.getParent());
      Path cached = dir.resolve(card.hash() + ".png");
      BasicFileAttributes cachedFile = attributes(cached);
      if (cachedFile != null && cachedFile.isRegularFile()) {
        place(cached, target);
        markUsed(cached, cachedFile);
        return cachedFile.size(); // linked or copied: the same bytes
      }
      byte[] png = card.png(fonts());
      drawn.incrementAndGet();
      Files.write(target, png);
      store(cached, png);
      return png.length;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A hard link where the cache and the output share a file system (thousands of cards then cost no copying
   * and no space), else a copy.
   */
  private void place(Path cached, Path target) throws IOException {
    Files.deleteIfExists(target);
    if (linking) {
      try {
        Files.createLink(target, cached);
        return;
      } catch (IOException | UnsupportedOperationException e) {
        // Across file systems every card fails alike, each with an exception: copy the rest straight away.
        linking = false;
      }
    }
    Files.copy(cached, target, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Cleared once a hard link fails: the output is on another file system than the cache. */
  private volatile boolean linking = true;

  private static BasicFileAttributes attributes(Path file) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      return null; // not cached (yet), or unreadable: draw it
    }
  }

  /**
   * Marks a cached card used, for {@link #prune}: at most once a day, since pruning counts in months and a
   * build of 10,000 posts otherwise rewrote 10,000 inodes in the cache every time.
   */
  private static void markUsed(Path cached, BasicFileAttributes attributes) {
    if (attributes.lastModifiedTime().toInstant().isBefore(Instant.now().minus(TOUCH_AFTER))) {
      touch(cached);
    }
  }

  static final Duration TOUCH_AFTER = Duration.ofDays(1);

  /** The card's PNG: from the cache, or drawn and then cached. */
  public byte[] bytes(SocialCard card) {
    Path cached = dir.resolve(card.hash() + ".png");
    try {
      BasicFileAttributes cachedFile = attributes(cached);
      if (cachedFile != null && cachedFile.isRegularFile()) {
        markUsed(cached, cachedFile);
        return Files.readAllBytes(cached);
      }
    } catch (IOException e) {
      // removed meanwhile, or unreadable: draw it again
    }
    byte[] png = card.png(fonts());
    drawn.incrementAndGet();
    store(cached, png);
    return png;
  }

  /** Fonts are looked up once per cache, and only when a card has to be drawn. */
  private CardFonts fonts() {
    CardFonts f = fonts;
    if (f == null) {
      synchronized (this) {
        if (fonts == null) {
          fonts = new CardFonts();
        }
        f = fonts;
      }
    }
    return f;
  }

  /** How many cards this cache drew (rather than copied) so far. */
  public int drawn() {
    return drawn.get();
  }

  /** Removes cards nobody used for {@link #KEEP}; a failure to remove one is harmless. */
  void prune(Instant now) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    Instant before = now.minus(KEEP);
    try (Stream<Path> files = Files.list(dir)) {
      files.filter(f -> f.getFileName().toString().endsWith(".png")).forEach(f -> {
        try {
          if (Files.getLastModifiedTime(f).toInstant().isBefore(before)) {
            Files.deleteIfExists(f);
          }
        } catch (IOException e) {
          // another build may have removed or replaced it meanwhile
        }
      });
    } catch (IOException e) {
      // an unreadable cache only costs drawing again
    }
  }

  private void store(Path cached, byte[] png) {
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, ".card-", ".tmp");
      Files.write(temp, png);
      try {
        Files.move(temp, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, cached, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      // a read-only or full cache folder must not fail the build: the card is in the output already
    }
  }

  private static void touch(Path file) {
    try {
      Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
    } catch (IOException e) {
      // only affects when the card is pruned
    }
  }
}

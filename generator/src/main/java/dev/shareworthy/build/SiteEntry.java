package dev.shareworthy.build;

import dev.shareworthy.ShareworthyException;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A file of a {@link SiteSnapshot}: either ready, or made on first use (a page from the job and renderer of
 * its version, a social card from its cache). Making happens once; concurrent readers wait for the one make.
 */
final class SiteEntry {

  private final Supplier<byte[]> producer;
  private final SiteFile before;
  private final Instant stamp;
  private volatile SiteFile file;
  private ShareworthyException failure;

  private SiteEntry(SiteFile file, Supplier<byte[]> producer, SiteFile before, Instant stamp) {
    this.file = file;
    this.producer = producer;
    this.before = before;
    this.stamp = stamp;
  }

  static SiteEntry ready(SiteFile file) {
    return new SiteEntry(file, null, null, null);
  }

  /**
   * A page rendered on first use.
   *
   * @param before the page's previous version, whose tag and date it keeps when the bytes come out the same
   */
  static SiteEntry pending(PageJob job, PageRenderer renderer, SiteFile before, Instant stamp) {
    return new SiteEntry(null, () -> render(renderer, job), before, stamp);
  }

  /**
   * A file made on first use, such as a social card: thousands of them are never all held in memory unless
   * someone asks for each.
   */
  static SiteEntry lazy(Supplier<byte[]> producer, Instant stamp) {
    return new SiteEntry(null, producer, null, stamp);
  }

  boolean pending() {
    return file == null;
  }

  /** The page's bytes as last rendered, or null while it is pending. */
  SiteFile rendered() {
    return file;
  }

  SiteFile file() {
    SiteFile f = file;
    if (f != null) {
      return f;
    }
    synchronized (this) {
      if (file == null) {
        if (failure != null) {
          throw failure;
        }
        try {
          file = keep(before, producer.get(), stamp);
        } catch (ShareworthyException e) {
          failure = e;
          throw e;
        }
      }
      return file;
    }
  }

  static byte[] render(PageRenderer renderer, PageJob job) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 14);
    try (Writer writer = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 13)) {
      renderer.render(job, writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte buffer does not fail
    }
    return bytes.toByteArray();
  }

  /** The previous file when the content is the same, so its entity tag and date stay; else a new one. */
  static SiteFile keep(SiteFile before, byte[] bytes, Instant stamp) {
    if (before != null && java.util.Arrays.equals(before.bytes(), bytes)) {
      return before;
    }
    return SiteFile.of(bytes, stamp);
  }
}

package dev.shareworthy.build;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Texts kept by name until the end of a build, as UTF-8 in direct buffers outside the collected heap. A checked
 * build keeps every source file's text for the checks; on the heap the collector copied all of it once, when it
 * promoted it, while both build threads waited: 70 MB at 10,000 posts, 0.2–0.3 s of pauses. Safe for parallel use.
 *
 * <p>Keeping is best effort: when the JVM's direct memory ({@code -XX:MaxDirectMemorySize}) runs out, a text is not
 * kept and {@link #get} gives null for it. The memory is freed with the last text of a buffer.
 */
final class OffHeapTexts {

  /** The first buffer is small, for the dev server's rebuild of one edited post; each next one is twice larger. */
  private static final int FIRST_BUFFER = 64 << 10;
  private static final int LARGEST_BUFFER = 4 << 20;

  /** Where one text is kept, and whether it is all ASCII (one byte per character). */
  private record Span(ByteBuffer buffer, int offset, int length, boolean ascii) {}

  private final Map<String, Span> spans = new ConcurrentHashMap<>();
  /** Bytes of buffers it may still take, beyond the JVM's own limit. */
  private long budget;
  private ByteBuffer current;
  private int used;
  private boolean full;

  OffHeapTexts() {
    this(Long.MAX_VALUE);
  }

  /** A store that takes at most {@code budget} bytes of buffers: for tests of a store that runs out. */
  OffHeapTexts(long budget) {
    this.budget = budget;
  }

  /**
   * Keeps, under {@code name} and instead of what was kept under it, the text whose UTF-8 form is {@code utf8}
   * from {@code from} on and which has {@code chars} characters, as a file's bytes give it
   * ({@link dev.shareworthy.content.SourceText#readWithBytes}): encoding every post's text again took half of the
   * 0.2 s that keeping them cost a 10,000-post build (scanning each for bytes above 127, which the quick compiler
   * does byte by byte).
   */
  void put(String name, byte[] utf8, int from, int chars) {
    int length = utf8.length - from;
    ByteBuffer buffer;
    int offset;
    synchronized (this) {
      buffer = room(length);
      if (buffer == null) {
        spans.remove(name);
        return;
      }
      offset = used;
      used += length;
    }
    // Each writer fills its own range, by absolute index: the buffer's position is nobody's. The map publishes
    // the span after its bytes are written.
    buffer.put(offset, utf8, from, length);
    spans.put(name, new Span(buffer, offset, length, length == chars));
  }

  /** The text kept under {@code name}, or null when none was. */
  String get(String name) {
    Span span = spans.get(name);
    if (span == null) {
      return null;
    }
    byte[] bytes = new byte[span.length()];
    span.buffer().get(span.offset(), bytes);
    // ASCII bytes are their own Latin-1 characters: decoded as such, they are copied without the scan that UTF-8
    // decoding makes for bytes above 127 (1% of the check phase, which reads every post's text again).
    return new String(bytes, span.ascii() ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
  }

  /** A buffer with room for {@code length} more bytes from {@link #used}, or null when direct memory ran out. */
  private ByteBuffer room(int length) {
    if (current != null && current.capacity() - used >= length) {
      return current;
    }
    if (full) {
      return null;
    }
    int size = Math.max(length, current == null ? FIRST_BUFFER : Math.min(LARGEST_BUFFER, 2 * current.capacity()));
    if (size > budget) {
      full = true;
      return null;
    }
    try {
      current = ByteBuffer.allocateDirect(size);
      budget -= size;
    } catch (OutOfMemoryError e) {
      full = true; // the direct memory limit, not the heap's: the caller reads those files again
      return null;
    }
    used = 0;
    return current;
  }
}

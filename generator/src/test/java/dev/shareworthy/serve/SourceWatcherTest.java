package dev.shareworthy.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saves as editors make them, each step well inside a long quiet time: a save in steps must come as one batch,
 * whatever the steps; a save in place must come long before the quiet time is up.
 */
class SourceWatcherTest {

  /** Far longer than any pause between the steps below, so only a wrong early hand-over splits a save. */
  private static final SourceWatcher.Waits WAITS = new SourceWatcher.Waits(5, 1000, 10_000);
  private static final long PAUSE_MILLIS = 150;

  @TempDir
  Path site;

  private Path post;
  /** Each batch handed over, with the post's text as it was then. */
  private final BlockingQueue<Map.Entry<SourceWatcher.Batch, String>> batches = new LinkedBlockingQueue<>();
  private SourceWatcher watcher;

  @BeforeEach
  void watch() throws IOException {
    Files.writeString(site.resolve("site.yaml"), "title: T\n");
    post = site.resolve("content/posts/hello.md");
    Files.createDirectories(post.getParent());
    Files.writeString(post, "---\ntitle: Hello\n---\nFirst.\n");
    watcher = new SourceWatcher(site, batch -> batches.add(Map.entry(batch, text(post))), WAITS);
    watcher.start();
  }

  @AfterEach
  void stop() {
    watcher.close();
  }

  @Test
  void aSaveInPlaceIsHandedOverOnceTheFileStopsChanging() throws Exception {
    long start = System.nanoTime();
    Files.writeString(post, "---\ntitle: Hello\n---\nSecond.\n");

    Map.Entry<SourceWatcher.Batch, String> batch = batches.poll(10, TimeUnit.SECONDS);

    assertThat(batch).isNotNull();
    assertThat(batch.getKey().paths()).containsExactly(post);
    assertThat(batch.getValue()).contains("Second.");
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("well before the quiet time")
        .isLessThan(WAITS.quietMillis());
  }

  @Test
  void aTruncatedFileWaitsForItsContent() throws Exception {
    Files.writeString(post, "");
    Thread.sleep(PAUSE_MILLIS);
    Files.writeString(post, "---\ntitle: Hello\n---\nAfter a pause.\n");

    assertOneBatchWith("After a pause.");
  }

  @Test
  void aSaveByRenamingIsOneBatch() throws Exception {
    // As vim saves: a test file, the old file renamed to a backup, the new one written, the backup deleted.
    Path probe = post.resolveSibling("4913");
    Files.writeString(probe, "");
    Files.delete(probe);
    Path backup = post.resolveSibling("hello.md~");
    Files.move(post, backup);
    Thread.sleep(PAUSE_MILLIS);
    Files.writeString(post, "---\ntitle: Hello\n---\nSaved by vim.\n");
    Thread.sleep(PAUSE_MILLIS);
    Files.delete(backup);

    assertOneBatchWith("Saved by vim.");
  }

  @Test
  void aSaveThroughATemporaryFileIsOneBatch() throws Exception {
    Path temporary = post.resolveSibling("hello.md.tmp");
    Files.writeString(temporary, "---\ntitle: Hello\n---\nMoved into place.\n");
    Thread.sleep(PAUSE_MILLIS);
    Files.move(temporary, post, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

    assertOneBatchWith("Moved into place.");
  }

  @Test
  void aSaveThroughFilesOfOtherNamesIsOneBatch() throws Exception {
    // As IntelliJ's safe write saves: a new file beside it, the old one renamed away, the new one renamed in.
    Path fresh = post.resolveSibling("hello.md___jb_tmp___");
    Path old = post.resolveSibling("hello.md___jb_old___");
    Files.writeString(fresh, "---\ntitle: Hello\n---\nSafely written.\n");
    Thread.sleep(PAUSE_MILLIS);
    Files.move(post, old);
    Files.move(fresh, post);
    Thread.sleep(PAUSE_MILLIS);
    Files.delete(old);

    assertOneBatchWith("Safely written.");
  }

  private void assertOneBatchWith(String text) throws InterruptedException {
    Map.Entry<SourceWatcher.Batch, String> batch = batches.poll(10, TimeUnit.SECONDS);
    assertThat(batch).isNotNull();
    assertThat(batch.getKey().paths()).contains(post);
    assertThat(batch.getValue()).contains(text);
    assertThat(batches.poll(WAITS.quietMillis() + 500, TimeUnit.MILLISECONDS)).as("a second batch").isNull();
  }

  private static String text(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

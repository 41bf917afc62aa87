package dev.shareworthy.cli;

import dev.shareworthy.build.BuildListener;
import java.io.PrintWriter;

/**
 * A one-line progress display on an interactive terminal, redrawn at most ten times a second; silent in CI
 * and when output goes to a file or pipe.
 */
final class ConsoleProgress implements BuildListener {

  private static final long REDRAW_NANOS = 100_000_000L;
  private final PrintWriter err;
  private final boolean enabled;
  private long lastDraw;
  private int lastWidth;

  private ConsoleProgress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  static ConsoleProgress forTerminal(PrintWriter err) {
    boolean ci = System.getenv("CI") != null && !System.getenv("CI").isEmpty();
    return new ConsoleProgress(err, System.console() != null && !ci);
  }

  @Override
  public synchronized void progress(String stage, int done, int total) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (done < total && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    int width = 24;
    int filled = total == 0 ? width : (int) ((long) done * width / total);
    String text = String.format("%-20s [%s%s] %d/%d", stage, "#".repeat(filled), " ".repeat(width - filled), done, total);
    err.print("\r" + text + " ".repeat(Math.max(0, lastWidth - text.length())));
    err.flush();
    lastWidth = text.length();
  }

  /** Clears the progress line so the summary starts on a clean line. */
  synchronized void finish() {
    if (enabled && lastWidth > 0) {
      err.print("\r" + " ".repeat(lastWidth) + "\r");
      err.flush();
    }
  }
}

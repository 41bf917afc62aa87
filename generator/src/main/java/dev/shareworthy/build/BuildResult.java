package dev.shareworthy.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * What a successful build wrote.
 *
 * @param pages HTML pages written
 * @param files every file written, pages, feeds and static files included
 * @param posts posts published
 * @param skippedDrafts drafts left out
 * @param skippedFuture future-dated posts left out
 * @param checks the quality checks' report when {@link BuildOptions#checks()} asked for them, else null
 */
public record BuildResult(Path outputDir, int pages, int files, int posts, int skippedDrafts, int skippedFuture,
    Duration duration, dev.shareworthy.check.CheckReport checks) {

  /**
   * The one line the command line and the Maven plugin print after a build.
   *
   * @param howToInclude how this front end includes drafts and future posts, such as "see --drafts, --future"
   */
  public String summary(String howToInclude) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "Built %d pages (%d post%s, %d files) in %.2f s -> %s",
        pages, posts, posts == 1 ? "" : "s", files, duration.toMillis() / 1000.0, outputDir));
    if (skippedDrafts + skippedFuture > 0) {
      line.append(String.format(Locale.ROOT, " (left out: %d draft%s, %d future post%s; %s)",
          skippedDrafts, skippedDrafts == 1 ? "" : "s", skippedFuture, skippedFuture == 1 ? "" : "s", howToInclude));
    }
    return line.toString();
  }
}

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
 * @param duration the whole build's wall time, the checks' included
 * @param checks the quality checks' report when {@link BuildOptions#checks()} asked for them, else null
 * @param checksDuration the part of {@code duration} the checks took (zero without them), the source texts kept
 *     for them while reading counted in full though two threads share that work: what they cost, for
 *     a writer deciding whether to run them on every build, and for the benchmark that holds them to their budget
 */
public record BuildResult(Path outputDir, int pages, int files, int posts, int skippedDrafts, int skippedFuture,
    Duration duration, dev.shareworthy.check.CheckReport checks, Duration checksDuration) {

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

  /** How long the checks took, as the summary lines print it: "in 3.21 s". */
  public String checksTook() {
    return String.format(Locale.ROOT, "in %.2f s", checksDuration.toMillis() / 1000.0);
  }
}

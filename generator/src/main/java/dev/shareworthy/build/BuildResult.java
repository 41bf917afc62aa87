package dev.shareworthy.build;

import java.nio.file.Path;
import java.time.Duration;

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
    Duration duration, dev.shareworthy.check.CheckReport checks) {}

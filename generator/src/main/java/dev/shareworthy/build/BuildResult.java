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
 */
public record BuildResult(Path outputDir, int pages, int files, int posts, int skippedDrafts, int skippedFuture,
    Duration duration) {}

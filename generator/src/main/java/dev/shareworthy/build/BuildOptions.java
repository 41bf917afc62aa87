package dev.shareworthy.build;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * What to build and how.
 *
 * @param siteDir the site folder, holding site.yaml
 * @param outputDir where the site is written, or null for {@code public/} in the site folder
 * @param drafts whether posts with {@code draft: true} are built
 * @param future whether posts dated after {@code now} are built
 * @param baseUrl a base URL that replaces site.yaml's, or null
 * @param now the build's clock, deciding which posts are in the future; null means the current time
 * @param listener hears progress
 * @param checks whether the quality checks run over the built site; their report is in {@link BuildResult#checks()}
 */
public record BuildOptions(Path siteDir, Path outputDir, boolean drafts, boolean future, String baseUrl,
    Instant now, BuildListener listener, boolean checks) {

  public BuildOptions {
    Objects.requireNonNull(siteDir, "siteDir");
    listener = listener == null ? BuildListener.SILENT : listener;
  }

  /** Options that build {@code siteDir} into its {@code public/} folder, without drafts, future posts or checks. */
  public static BuildOptions of(Path siteDir) {
    return new BuildOptions(siteDir, null, false, false, null, null, BuildListener.SILENT, false);
  }

  public BuildOptions withOutput(Path dir) {
    return new BuildOptions(siteDir, dir, drafts, future, baseUrl, now, listener, checks);
  }

  public BuildOptions withDrafts(boolean include) {
    return new BuildOptions(siteDir, outputDir, include, future, baseUrl, now, listener, checks);
  }

  public BuildOptions withFuture(boolean include) {
    return new BuildOptions(siteDir, outputDir, drafts, include, baseUrl, now, listener, checks);
  }

  public BuildOptions withBaseUrl(String url) {
    return new BuildOptions(siteDir, outputDir, drafts, future, url, now, listener, checks);
  }

  public BuildOptions withNow(Instant instant) {
    return new BuildOptions(siteDir, outputDir, drafts, future, baseUrl, instant, listener, checks);
  }

  public BuildOptions withListener(BuildListener l) {
    return new BuildOptions(siteDir, outputDir, drafts, future, baseUrl, now, l, checks);
  }

  public BuildOptions withChecks(boolean run) {
    return new BuildOptions(siteDir, outputDir, drafts, future, baseUrl, now, listener, run);
  }

  /** The output folder this build writes: {@link #outputDir} or the site's {@code public/}. */
  public Path resolvedOutputDir() {
    return (outputDir != null ? outputDir : siteDir.resolve("public")).toAbsolutePath().normalize();
  }
}

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
 * @param cardCache where generated social cards are kept between builds, or null for the user's cache folder
 *     ({@code ~/.cache/shareworthy/cards})
 */
public record BuildOptions(Path siteDir, Path outputDir, boolean drafts, boolean future, String baseUrl,
    Instant now, BuildListener listener, boolean checks, Path cardCache) {

  public BuildOptions {
    Objects.requireNonNull(siteDir, "siteDir");
    listener = listener == null ? BuildListener.SILENT : listener;
  }

  /** Options with the user's card cache, as before cards existed; keeps callers of the eight-value form working. */
  public BuildOptions(Path siteDir, Path outputDir, boolean drafts, boolean future, String baseUrl, Instant now,
      BuildListener listener, boolean checks) {
    this(siteDir, outputDir, drafts, future, baseUrl, now, listener, checks, null);
  }

  /** Options that build {@code siteDir} into its {@code public/} folder, without drafts, future posts or checks. */
  public static BuildOptions of(Path siteDir) {
    return new BuildOptions(siteDir, null, false, false, null, null, BuildListener.SILENT, false, null);
  }

  public BuildOptions withOutput(Path dir) {
    return new BuildOptions(siteDir, dir, drafts, future, baseUrl, now, listener, checks, cardCache);
  }

  public BuildOptions withDrafts(boolean include) {
    return new BuildOptions(siteDir, outputDir, include, future, baseUrl, now, listener, checks, cardCache);
  }

  public BuildOptions withFuture(boolean include) {
    return new BuildOptions(siteDir, outputDir, drafts, include, baseUrl, now, listener, checks, cardCache);
  }

  public BuildOptions withBaseUrl(String url) {
    return new BuildOptions(siteDir, outputDir, drafts, future, url, now, listener, checks, cardCache);
  }

  public BuildOptions withNow(Instant instant) {
    return new BuildOptions(siteDir, outputDir, drafts, future, baseUrl, instant, listener, checks, cardCache);
  }

  public BuildOptions withListener(BuildListener l) {
    return new BuildOptions(siteDir, outputDir, drafts, future, baseUrl, now, l, checks, cardCache);
  }

  public BuildOptions withChecks(boolean run) {
    return new BuildOptions(siteDir, outputDir, drafts, future, baseUrl, now, listener, run, cardCache);
  }

  public BuildOptions withCardCache(Path dir) {
    return new BuildOptions(siteDir, outputDir, drafts, future, baseUrl, now, listener, checks, dir);
  }

  /** The output folder this build writes: {@link #outputDir} or the site's {@code public/}. */
  public Path resolvedOutputDir() {
    return (outputDir != null ? outputDir : siteDir.resolve("public")).toAbsolutePath().normalize();
  }
}

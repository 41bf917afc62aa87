package dev.shareworthy.check;

import dev.shareworthy.build.BuildListener;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What to check.
 *
 * @param siteDir the site folder (site.yaml, content); the site is built into a private temporary folder and
 *     every rule runs on its posts and pages. Null when {@link #htmlDir} is given.
 * @param htmlDir a built static site (ours, Hugo's, Jekyll's...) whose HTML pages get the rules that work on
 *     rendered pages alone; null to check {@link #siteDir}
 * @param baseUrl the base URL: replaces site.yaml's, and is required with {@link #htmlDir}
 * @param failOn the fail level, or null for site.yaml's (default error)
 */
public record CheckOptions(Path siteDir, Path htmlDir, String baseUrl, boolean drafts, boolean future,
    FailOn failOn, BuildListener listener) {

  public CheckOptions {
    if ((siteDir == null) == (htmlDir == null)) {
      throw new IllegalArgumentException("give exactly one of siteDir and htmlDir");
    }
    listener = listener == null ? BuildListener.SILENT : listener;
  }

  public static CheckOptions site(Path siteDir) {
    return new CheckOptions(Objects.requireNonNull(siteDir), null, null, false, false, null, null);
  }

  public static CheckOptions html(Path htmlDir, String baseUrl) {
    return new CheckOptions(null, Objects.requireNonNull(htmlDir), baseUrl, false, false, null, null);
  }

  public CheckOptions withBaseUrl(String url) {
    return new CheckOptions(siteDir, htmlDir, url, drafts, future, failOn, listener);
  }

  public CheckOptions withDrafts(boolean include) {
    return new CheckOptions(siteDir, htmlDir, baseUrl, include, future, failOn, listener);
  }

  public CheckOptions withFuture(boolean include) {
    return new CheckOptions(siteDir, htmlDir, baseUrl, drafts, include, failOn, listener);
  }

  public CheckOptions withFailOn(FailOn level) {
    return new CheckOptions(siteDir, htmlDir, baseUrl, drafts, future, level, listener);
  }

  public CheckOptions withListener(BuildListener l) {
    return new CheckOptions(siteDir, htmlDir, baseUrl, drafts, future, failOn, l);
  }
}

package dev.shareworthy.build;

/** Hears how a build advances, for a progress bar. Called from several threads; implementations must cope. */
@FunctionalInterface
public interface BuildListener {

  BuildListener SILENT = (stage, done, total) -> { };

  /**
   * @param stage what the build is doing, such as "Reading content" or "Writing pages"
   * @param done how many of the stage's items are done
   * @param total how many items the stage has
   */
  void progress(String stage, int done, int total);
}

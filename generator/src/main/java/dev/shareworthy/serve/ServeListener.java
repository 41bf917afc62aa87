package dev.shareworthy.serve;

import dev.shareworthy.Problem;
import dev.shareworthy.build.Rebuild;
import java.util.List;

/** Hears what the dev server does, for the command line's log. Called from the server's rebuild thread. */
public interface ServeListener {

  ServeListener SILENT = new ServeListener() { };

  /**
   * A build or rebuild succeeded and open pages were told.
   *
   * @param sources the changed files that caused it, relative to the site folder; empty for the first build
   */
  default void rebuilt(Rebuild rebuild, List<String> sources) {}

  /** A build or rebuild failed; the last good site is still served and open pages show the problems. */
  default void failed(List<Problem> problems) {}
}

package dev.shareworthy;

import dev.shareworthy.build.BuildOptions;
import dev.shareworthy.build.BuildResult;
import dev.shareworthy.build.SiteBuilder;

/**
 * The public API: everything the command line and the Maven plugin do goes through here.
 *
 * <pre>{@code
 * BuildResult result = Shareworthy.build(BuildOptions.of(Path.of("my-blog")).withOutput(Path.of("out")));
 * }</pre>
 */
public final class Shareworthy {

  private Shareworthy() {}

  /**
   * Builds a site. Holds no state between calls: two builds, even at once in one JVM, never see each other.
   *
   * @throws ShareworthyException listing every problem with the site's content, configuration or templates,
   *     each with its file and line; the previous output is then left as it was
   */
  public static BuildResult build(BuildOptions options) {
    return new SiteBuilder(options).build();
  }
}

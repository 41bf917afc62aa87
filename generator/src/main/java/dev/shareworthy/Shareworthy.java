package dev.shareworthy;

import dev.shareworthy.build.BuildOptions;
import dev.shareworthy.build.BuildResult;
import dev.shareworthy.build.SiteBuilder;
import dev.shareworthy.check.CheckOptions;
import dev.shareworthy.check.CheckReport;
import dev.shareworthy.check.Checks;
import dev.shareworthy.serve.DevServer;
import dev.shareworthy.serve.ServeOptions;

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

  /**
   * Runs the quality checks over a site, or over any built HTML folder. Content weaknesses are findings in the
   * report, never exceptions.
   *
   * @throws ShareworthyException when the site cannot be read or built, or its check configuration is wrong
   */
  public static CheckReport check(CheckOptions options) {
    return Checks.run(options);
  }

  /**
   * Starts the dev server: builds the site into memory, serves it, and rebuilds and reloads open pages on every
   * edit until {@link DevServer#close()}. Never writes into the site folder.
   *
   * @throws ShareworthyException when the site folder does not exist or the address or port cannot be used;
   *     content problems do not stop it: served pages show them until they are fixed
   */
  public static DevServer serve(ServeOptions options) {
    return DevServer.start(options);
  }
}

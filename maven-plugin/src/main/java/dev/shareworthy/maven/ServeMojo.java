package dev.shareworthy.maven;

import dev.shareworthy.Problem;
import dev.shareworthy.Shareworthy;
import dev.shareworthy.ShareworthyException;
import dev.shareworthy.serve.DevServer;
import dev.shareworthy.build.Rebuild;
import dev.shareworthy.serve.ServeListener;
import dev.shareworthy.serve.ServeOptions;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Serves the blog with live reload, drafts on request, findings in the page and share previews under
 * {@code /_shareworthy/}. Blocks until Ctrl-C.
 */
@Mojo(name = "serve", requiresProject = false, threadSafe = true)
public class ServeMojo extends SiteMojo {

  /** The port; when it is taken, the next free one is used and said. */
  @Parameter(property = "shareworthy.port", defaultValue = "1313")
  int port;

  /** The address to listen on. Loopback by default, so nobody else on the network sees drafts. */
  @Parameter(property = "shareworthy.bind", defaultValue = ServeOptions.LOOPBACK)
  String bind;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping the dev server (shareworthy.skip)");
      return;
    }
    ServeOptions options = ServeOptions.of(siteDir()).withBind(bind).withDrafts(drafts).withFuture(future)
        .withListener(new MavenLog(getLog()));
    if (port != ServeOptions.DEFAULT_PORT) {
      options = options.withPort(port);
    }
    DevServer server;
    try {
      server = Shareworthy.serve(options);
    } catch (ShareworthyException e) {
      throw failure("The dev server could not start", e);
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new MojoExecutionException("The dev server could not start: " + e.getMessage(), e);
    }
    if (server.notice() != null) {
      getLog().warn(server.notice());
    }
    getLog().info("Serving " + siteDir() + " at " + server.url() + " (Ctrl-C to stop)");
    server.awaitStop();
  }

  /** Rebuilds and their problems in Maven's log. */
  private static final class MavenLog implements ServeListener {
    private final Log log;

    MavenLog(Log log) {
      this.log = log;
    }

    @Override
    public void rebuilt(Rebuild rebuild, List<String> sources) {
      log.info((sources.isEmpty() ? "Built" : "Rebuilt after " + String.join(", ", sources) + ":") + " "
          + rebuild.pagesRendered() + " pages rendered in " + rebuild.duration().toMillis() + " ms");
    }

    @Override
    public void failed(List<Problem> problems) {
      for (Problem p : problems) {
        log.error(p.toString());
      }
      log.error("Still serving the last good version; the pages show the problem until it is fixed.");
    }
  }
}

package dev.shareworthy.cli;

import dev.shareworthy.Problem;
import dev.shareworthy.Shareworthy;
import dev.shareworthy.build.Rebuild;
import dev.shareworthy.serve.DevServer;
import dev.shareworthy.serve.ServeListener;
import dev.shareworthy.serve.ServeOptions;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code shareworthy serve [SITE_DIR]}: the dev server, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the site from memory with live reload while you write; Ctrl-C stops it.")
final class ServeCommand implements Callable<Integer> {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "SITE_DIR",
      description = "The site folder, holding site.yaml (default: the current folder).")
  Path siteDir;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServeOptions.DEFAULT_PORT,
      description = "The port (default: ${DEFAULT-VALUE}, or the next free one when it is taken; "
          + "a port given here is used or the command fails).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServeOptions.LOOPBACK,
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String bind;

  @Option(names = "--drafts", description = "Include posts marked 'draft: true'.")
  boolean drafts;

  @Option(names = "--future", description = "Include posts dated in the future.")
  boolean future;

  @Mixin
  VerboseOption verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean portGiven = spec.commandLine().getParseResult().hasMatchedOption("--port");
    ServeOptions options = new ServeOptions(siteDir, bind, port, !portGiven, drafts, future, new Log(out, err),
        ServeOptions.defaultExtensions(siteDir));
    DevServer server = Shareworthy.serve(options);
    if (server.notice() != null) {
      out.println(server.notice());
    }
    if (!isLoopback(bind)) {
      err.println("Warning: listening on " + bind + ": anyone who can reach this machine can read the site, "
          + "drafts included.");
    }
    out.println("Serving " + siteDir.toAbsolutePath().normalize() + " at " + server.url() + " (Ctrl-C to stop)");
    out.flush();
    server.awaitStop();
    out.println("Stopped.");
    out.flush();
    return 0;
  }

  private static boolean isLoopback(String address) {
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** One line per rebuild, and the problems of a failed one. */
  private static final class Log implements ServeListener {
    private final PrintWriter out;
    private final PrintWriter err;

    Log(PrintWriter out, PrintWriter err) {
      this.out = out;
      this.err = err;
    }

    @Override
    public void rebuilt(Rebuild rebuild, List<String> sources) {
      String what = sources.isEmpty() ? "Built" : "Rebuilt after " + (sources.size() == 1 ? sources.get(0)
          : sources.size() + " changes") + ":";
      out.printf(Locale.ROOT, "%s %s %d page%s rendered, %d file%s changed, in %d ms%n", LocalTime.now().format(CLOCK),
          what, rebuild.pagesRendered(), rebuild.pagesRendered() == 1 ? "" : "s", rebuild.changed().size(),
          rebuild.changed().size() == 1 ? "" : "s", rebuild.duration().toMillis());
      out.flush();
    }

    @Override
    public void failed(List<Problem> problems) {
      err.println(LocalTime.now().format(CLOCK) + " " + (problems.size() == 1 ? "Error" : problems.size() + " problems")
          + " (still serving the last good version; the pages show it too):");
      for (Problem p : problems) {
        err.println("  " + p);
      }
      err.flush();
    }
  }
}

package dev.shareworthy.cli;

import dev.shareworthy.Problem;
import dev.shareworthy.ShareworthyException;
import dev.shareworthy.Version;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code shareworthy}: the command line. Exit codes: 0 success, 1 a check found something at its fail level,
 * 2 bad input or usage, 3 internal error.
 */
@Command(name = "shareworthy", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
    description = "Builds a blog from Markdown and makes every post worth sharing.",
    subcommands = {BuildCommand.class, CheckCommand.class, RulesCommand.class, ServeCommand.class, NewCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  public static final int INPUT_ERROR = 2;
  public static final int INTERNAL_ERROR = 3;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    Optional<Integer> tuned = TunedJvm.run(args);
    if (tuned.isPresent()) {
      System.exit(tuned.get());
    }
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs a command line and returns its exit code; the tests call this instead of {@link #main}. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, line, parse) -> {
      boolean verbose = java.util.Arrays.asList(args).contains(VerboseOption.NAME);
      if (e instanceof ShareworthyException problems) {
        err.println(problems.problems().size() == 1 ? "Error:" : problems.problems().size() + " problems:");
        for (Problem p : problems.problems()) {
          err.println("  " + p);
        }
        if (verbose) {
          e.printStackTrace(err);
        }
        return INPUT_ERROR;
      }
      err.println("Internal error: " + e + (verbose ? "" : " (run with --verbose for details)"));
      if (verbose) {
        e.printStackTrace(err);
      }
      return INTERNAL_ERROR;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"Shareworthy " + Version.get() + " (Java " + System.getProperty("java.version") + ")"};
    }
  }
}

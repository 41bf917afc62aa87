import dev.shareworthy.Shareworthy;
import dev.shareworthy.build.BuildOptions;
import dev.shareworthy.build.BuildResult;
import java.nio.file.Path;

/**
 * Builds a site with or without the quality checks, for bench/checks.sh: {@code BuildTimer SITE OUT checks|plain}.
 * Prints the build's own duration and the number of findings; the script measures the whole process.
 */
public final class BuildTimer {
  public static void main(String[] args) {
    boolean checks = args[2].equals("checks");
    BuildResult r = Shareworthy.build(BuildOptions.of(Path.of(args[0])).withOutput(Path.of(args[1])).withChecks(checks));
    System.out.printf("%d pages in %.2f s%s%n", r.pages(), r.duration().toMillis() / 1000.0,
        checks ? ", " + r.checks().findings().size() + " findings on " + r.checks().pages().size() + " pages; checks "
            + r.checksTook() : "");
  }
}

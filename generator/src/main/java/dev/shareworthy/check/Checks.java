package dev.shareworthy.check;

import dev.shareworthy.Problem;
import dev.shareworthy.Shareworthy;
import dev.shareworthy.ShareworthyException;
import dev.shareworthy.build.BuildOptions;
import dev.shareworthy.build.BuildResult;
import dev.shareworthy.check.rules.BuiltInRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

/** Runs the quality checks: over a site (built into a private temporary folder), or over a built HTML folder. */
public final class Checks {

  private Checks() {}

  /** Every rule's metadata, in id order. */
  public static List<RuleInfo> rules() {
    return BuiltInRules.all().stream().map(Rule::info).sorted(Comparator.comparing(RuleInfo::id)).toList();
  }

  /**
   * Checks a site (built into a private temporary folder) or a built HTML folder.
   *
   * @throws dev.shareworthy.ShareworthyException for problems with the site itself (broken front matter, a bad
   *     {@code checks:} section in site.yaml, a suppression that would silence every rule); content weaknesses
   *     are findings, never exceptions
   */
  public static CheckReport run(CheckOptions options) {
    CheckReport report = options.siteDir() != null ? runSite(options) : runHtml(options);
    return options.failOn() != null ? report.withFailOn(options.failOn()) : report;
  }

  private static CheckReport runSite(CheckOptions options) {
    Path temp;
    try {
      temp = Files.createTempDirectory("shareworthy-check-");
    } catch (IOException e) {
      throw new ShareworthyException(new Problem("", 0, "cannot create a temporary folder: " + e.getMessage()), e);
    }
    try {
      BuildResult built = Shareworthy.build(BuildOptions.of(options.siteDir()).withOutput(temp.resolve("site"))
          .withDrafts(options.drafts()).withFuture(options.future()).withBaseUrl(options.baseUrl())
          .withListener(options.listener()).withChecks(true));
      return built.checks();
    } finally {
      deleteQuietly(temp);
    }
  }

  private static CheckReport runHtml(CheckOptions options) {
    Path dir = options.htmlDir().toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw ShareworthyException.of(options.htmlDir().toString(), 0, "is not a folder; give the output folder of a "
          + "built site");
    }
    String baseUrl = options.baseUrl();
    if (baseUrl == null || baseUrl.isBlank() || !baseUrl.matches("(?i)^https?://[^/\\s]+(/.*)?$")) {
      throw ShareworthyException.of("--base-url", 0, (baseUrl == null || baseUrl.isBlank() ? "is required"
          : "'" + baseUrl + "' is not an absolute URL") + " with --html: give the URL the site is published at, "
          + "such as https://example.com/");
    }
    ForkJoinPool pool = new ForkJoinPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
    try {
      return pool.submit(() -> CheckEngine.forHtml().checkHtml(dir, baseUrl.strip(), options.listener())).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("check interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary folder the system cleans up anyway; failing the check for it would help no one.
    }
  }
}

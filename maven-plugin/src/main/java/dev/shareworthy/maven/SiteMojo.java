package dev.shareworthy.maven;

import dev.shareworthy.Problem;
import dev.shareworthy.ShareworthyException;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters every goal shares, and how a site's problems reach Maven's log. */
abstract class SiteMojo extends AbstractMojo {

  /** The blog's folder, holding site.yaml, content/ and static/. */
  @Parameter(property = "shareworthy.sourceDirectory", defaultValue = "${project.basedir}", required = true)
  File sourceDirectory;

  /** Replaces site.yaml's baseUrl, e.g. for a preview deploy. */
  @Parameter(property = "shareworthy.baseUrl")
  String baseUrl;

  /** Include posts marked {@code draft: true}. */
  @Parameter(property = "shareworthy.drafts", defaultValue = "false")
  boolean drafts;

  /** Include posts dated in the future. */
  @Parameter(property = "shareworthy.future", defaultValue = "false")
  boolean future;

  /** Skip every Shareworthy goal. */
  @Parameter(property = "shareworthy.skip", defaultValue = "false")
  boolean skip;

  /**
   * Where the build goal leaves its checks' report for the check goal of the same project and run, so that
   * {@code mvn verify} builds the blog once. Keyed by what decides which pages there are.
   */
  String checkedBuildKey() {
    return "shareworthy.checkedBuild:" + siteDir() + ":" + drafts + ":" + future + ":" + baseUrl;
  }

  Path siteDir() {
    return sourceDirectory.toPath().toAbsolutePath().normalize();
  }

  /**
   * Logs each problem as {@code /absolute/file:line: message} so IDEs and CI link it, and returns the one-line
   * failure Maven prints at the end. No stack trace: the problems say everything.
   */
  MojoFailureException failure(String what, ShareworthyException e) {
    for (Problem p : e.problems()) {
      getLog().error(located(p.file(), p.line()) + ": " + p.message());
    }
    int n = e.problems().size();
    return new MojoFailureException(what + ": " + n + " problem" + (n == 1 ? "" : "s") + " in the site "
        + (n == 1 ? e.problems().get(0).toString() : "(listed above)"));
  }

  /** A site-relative file as an absolute path, with its line when known. */
  String located(String file, int line) {
    String path = file;
    if (file != null && !file.isEmpty() && !file.startsWith("-") && !Path.of(file).isAbsolute()) {
      path = siteDir().resolve(file).toString();
    }
    return line > 0 ? path + ":" + line : path;
  }
}

package dev.shareworthy.maven;

import dev.shareworthy.Shareworthy;
import dev.shareworthy.ShareworthyException;
import dev.shareworthy.build.BuildOptions;
import dev.shareworthy.build.BuildResult;
import dev.shareworthy.report.Reports;
import java.io.File;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Builds the blog: posts, pages, lists, feeds, sitemap and static files, swapped into place atomically. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends SiteMojo {

  /** Where the blog is written. The previous contents stay until a build succeeds. */
  @Parameter(property = "shareworthy.outputDirectory", defaultValue = "${project.build.directory}/blog",
      required = true)
  File outputDirectory;

  /** Build without the quality checks (the check goal then does nothing either). */
  @Parameter(property = "shareworthy.check.skip", defaultValue = "false")
  boolean skipCheck;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping the blog build (shareworthy.skip)");
      return;
    }
    // With the checks, as the command line's build runs them: the check goal then reports them without building
    // the blog a second time.
    BuildOptions options = BuildOptions.of(siteDir()).withOutput(outputDirectory.toPath())
        .withDrafts(drafts).withFuture(future).withBaseUrl(baseUrl).withChecks(!skipCheck);
    try {
      BuildResult result = Shareworthy.build(options);
      getLog().info(result.summary("include them with -Dshareworthy.drafts, -Dshareworthy.future"));
      if (result.checks() != null) {
        getLog().info("Checks: " + Reports.counts(result.checks()) + " " + result.checksTook()
            + (result.checks().findings().isEmpty() ? "" : "; the check goal lists them"));
        if (getPluginContext() != null) {
          getPluginContext().put(checkedBuildKey(), result.checks());
        }
      }
    } catch (ShareworthyException e) {
      throw failure("The blog could not be built", e);
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException("The blog could not be written: " + e.getCause().getMessage(), e);
    }
  }
}

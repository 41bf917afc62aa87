package dev.shareworthy.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shareworthy.Shareworthy;
import dev.shareworthy.build.BuildOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample site is written the way the checks ask: it must come out clean. */
class SampleSiteChecksTest {

  static final Path SAMPLE = Path.of(System.getProperty("shareworthy.sampleSite", "../sample-site"));
  private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

  @TempDir static Path tmp;
  static CheckReport report;

  @BeforeAll
  static void check() {
    report = Shareworthy.build(BuildOptions.of(SAMPLE).withOutput(tmp.resolve("site")).withNow(NOW)
        .withChecks(true)).checks();
  }

  /** Every rule, share metadata included. */
  @Test
  void sampleSiteProducesNoWarningsOrErrors() {
    assertThat(report.findings()).filteredOn(f -> f.severity().compareTo(Severity.WARNING) >= 0)
        .extracting(Finding::location, Finding::rule, Finding::message).isEmpty();
  }

  @Test
  void everyRuleButShareMetadataIsCleanOnTheSampleSite() {
    assertThat(report.findings()).filteredOn(f -> f.category() != Category.SHARE_METADATA)
        .extracting(Finding::location, Finding::rule, Finding::message).isEmpty();
  }

  @Test
  void everyPostAndPageIsCheckedWithItsShareCard() {
    assertThat(report.pages()).hasSizeGreaterThan(10);
    List<PageSummary> posts = report.pages().stream().filter(p -> p.source().startsWith("content/posts/")).toList();
    assertThat(posts).allSatisfy(p -> {
      assertThat(p.title()).isNotBlank();
      assertThat(p.words()).isGreaterThan(300);
      assertThat(p.url()).startsWith("https://");
    });
  }

  /**
   * Checking the built folder as any static site's output: the posts are judged as posts, the generated lists
   * (home, tags, categories, archive, their later pages) only by the rules for any page, the 404 page not at all.
   */
  @Test
  void aBuiltFolderIsCheckedLikeTheSite() {
    CheckReport html = Shareworthy.check(CheckOptions.html(tmp.resolve("site"), "https://sample.shareworthy.dev/"));
    assertThat(html.findings()).filteredOn(f -> f.severity() == Severity.ERROR)
        .extracting(Finding::location, Finding::rule, Finding::message).isEmpty();
    assertThat(html.findings()).filteredOn(f -> !f.source().startsWith("about/") && !f.source().startsWith("colophon/"))
        .extracting(Finding::location, Finding::rule, Finding::message).isEmpty();
    assertThat(html.pages()).extracting(PageSummary::source)
        .contains("posts/the-second-customer/index.html", "tags/design/index.html", "page/2/index.html")
        .doesNotContain("404.html", "share/mastodon/index.html");
    PageSummary post = html.pages().stream().filter(p -> p.source().equals("posts/the-second-customer/index.html"))
        .findFirst().orElseThrow();
    assertThat(post.words()).isGreaterThan(300);
  }
}

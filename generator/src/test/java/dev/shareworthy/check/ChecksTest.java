package dev.shareworthy.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shareworthy.Problem;
import dev.shareworthy.Shareworthy;
import dev.shareworthy.ShareworthyException;
import dev.shareworthy.build.BuildOptions;
import dev.shareworthy.build.BuildResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine as users meet it: rule list, configuration, suppressions, build integration, check --html. */
class ChecksTest {

  @TempDir Path tmp;

  static final List<String> ISSUE_RULE_IDS = List.of("thin-content", "readability", "long-sentences",
      "wall-of-text", "missing-subheadings", "duplicate-content", "duplicate-metadata", "missing-title",
      "title-length", "missing-description", "description-length", "missing-share-image", "share-image-size",
      "canonical-url", "missing-open-graph", "missing-twitter-card", "structured-data", "spam-phrases",
      "excessive-caps", "excessive-exclamation", "link-density", "keyword-stuffing", "url-shortener",
      "generic-link-text", "insecure-link", "hidden-text", "third-party-script", "heading-structure",
      "broken-link", "image-alt");

  @Test
  void everyRuleOfTheIssueExistsWithItsMetadataInIdOrder() {
    List<RuleInfo> rules = Checks.rules();
    assertThat(rules).extracting(RuleInfo::id).containsExactlyInAnyOrderElementsOf(ISSUE_RULE_IDS);
    assertThat(rules).extracting(RuleInfo::id).isSorted();
    assertThat(rules).allSatisfy(r -> {
      assertThat(r.description()).isNotBlank();
      assertThat(r.why()).isNotBlank();
      assertThat(r.hint()).isNotBlank();
      assertThat(r.defaultSeverity()).isNotEqualTo(Severity.OFF);
    });
    RuleInfo thin = rules.stream().filter(r -> r.id().equals("thin-content")).findFirst().orElseThrow();
    assertThat(thin.thresholds()).containsEntry("minWords", 300).containsEntry("errorBelowWords", 150);
    assertThat(thin.category()).isEqualTo(Category.CONTENT);
    assertThat(rules.stream().filter(r -> !r.html()).map(RuleInfo::id)).containsExactly("missing-description");
  }

  @Test
  void thinPostsGetAWarningOrAnErrorWithTheMeasuredValueTheLimitAndTheLine() {
    CheckSite site = new CheckSite(tmp.resolve("site"), "");
    site.post("short", "title: Short Post About Bikes\ndate: 2025-01-01\n", CheckSite.prose("bikes"));
    site.post("medium", "title: Medium Post About Boats\ndate: 2025-01-02\n",
        CheckSite.prose("boats") + "\n\n" + CheckSite.prose("sailing"));
    CheckReport report = site.check();
    List<Finding> thin = CheckSite.of(report, "thin-content");
    assertThat(thin).extracting(Finding::source, Finding::severity, Finding::line, Finding::page).containsExactly(
        org.assertj.core.groups.Tuple.tuple("content/posts/medium.md", Severity.WARNING, 5, "/posts/medium/"),
        org.assertj.core.groups.Tuple.tuple("content/posts/short.md", Severity.ERROR, 5, "/posts/short/"));
    assertThat(thin.get(0).message()).isEqualTo("Post has 188 words (minimum is 300)");
    assertThat(thin.get(0).category()).isEqualTo(Category.CONTENT);
    assertThat(thin.get(0).hint()).isNotBlank();
    assertThat(report.findings()).isSortedAccordingTo(Finding.ORDER);
  }

  @Test
  void findingsPointAtTheFrontMatterKeyOrTheParagraph() {
    CheckSite site = new CheckSite(tmp.resolve("site"), "");
    String longParagraph = (CheckSite.prose("gardens") + " ").repeat(2);
    site.post("lines", "title: \"Tips\"\ndate: 2025-01-01\ndescription: Short.\n",
        CheckSite.prose("walking") + "\n\n" + longParagraph + "\n\nSee [my notes](/posts/missing/).");
    CheckReport report = site.check();
    assertThat(CheckSite.of(report, "title-length")).extracting(Finding::line, Finding::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Title has 4 characters (minimum is 10)"));
    assertThat(CheckSite.of(report, "description-length")).extracting(Finding::line).containsExactly(4);
    assertThat(CheckSite.of(report, "wall-of-text")).extracting(Finding::line).containsExactly(8);
    assertThat(CheckSite.of(report, "broken-link")).extracting(Finding::line, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(10, Severity.ERROR));
  }

  @Test
  void aNearCopyIsReportedOnBothPostsWithItsSimilarityMeasuredOnTheirWholeText() {
    // The hashes of compared pages are worked out again from the built pages: the similarity must be the same
    // as on the texts themselves.
    CheckSite site = new CheckSite(tmp.resolve("site"), "");
    String text = CheckSite.prose("kayaks") + "\n\n" + CheckSite.prose("rivers") + "\n\n" + CheckSite.prose("camping");
    site.post("original", "title: Kayaking Down The River\ndate: 2025-01-01\n", text);
    site.post("copy", "title: Down The River By Kayak\ndate: 2025-01-02\n", text.replaceFirst("kayaks", "canoes"));
    site.post("other", "title: Baking Bread At Home\ndate: 2025-01-03\n",
        CheckSite.prose("bread") + "\n\n" + CheckSite.prose("ovens") + "\n\n" + CheckSite.prose("flour"));
    CheckReport report = site.check();
    String percent = String.valueOf((int) Math.floor(100 * jaccardOfShingles(text, text.replaceFirst("kayaks", "canoes"))));
    assertThat(Integer.parseInt(percent)).isBetween(80, 99);
    assertThat(CheckSite.of(report, "duplicate-content")).extracting(Finding::source, Finding::line, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("content/posts/copy.md", 5, "Body text is " + percent
                + "% the same as content/posts/original.md (/posts/original/) (limit is 80%)"),
            org.assertj.core.groups.Tuple.tuple("content/posts/original.md", 5, "Body text is " + percent
                + "% the same as content/posts/copy.md (/posts/copy/) (limit is 80%)"));
  }

  /** The Jaccard similarity of two texts' sets of 5-word sequences, worked out the plain way. */
  private static double jaccardOfShingles(String a, String b) {
    java.util.Set<String> x = shingleSet(a);
    java.util.Set<String> y = shingleSet(b);
    java.util.Set<String> common = new java.util.HashSet<>(x);
    common.retainAll(y);
    return (double) common.size() / (x.size() + y.size() - common.size());
  }

  private static java.util.Set<String> shingleSet(String text) {
    List<String> words = java.util.Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}']+"))
        .filter(w -> !w.isEmpty()).toList();
    java.util.Set<String> set = new java.util.HashSet<>();
    for (int i = 0; i + 5 <= words.size(); i++) {
      set.add(String.join(" ", words.subList(i, i + 5)));
    }
    return set;
  }

  @Test
  void siteYamlSetsSeverityThresholdsAndTheFailLevel() {
    CheckSite site = new CheckSite(tmp.resolve("site"), """
        checks:
          failOn: warning
          thin-content: { severity: info, minWords: 500 }
          title-length: off
          readability:
            severity: error
            minScore: 100
        """);
    site.post("a", "title: A Post\ndate: 2025-01-01\n", CheckSite.prose("tea") + "\n\n" + CheckSite.prose("coffee")
        + "\n\n" + CheckSite.prose("cocoa") + "\n\n" + CheckSite.prose("water"));
    CheckReport report = site.check();
    assertThat(report.failOn()).isEqualTo(FailOn.WARNING);
    assertThat(CheckSite.of(report, "thin-content")).extracting(Finding::severity, Finding::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.INFO, "Post has 376 words (minimum is 500)"));
    assertThat(CheckSite.of(report, "title-length")).isEmpty();
    assertThat(CheckSite.of(report, "readability")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).contains("(minimum is 100;");
    });
  }

  @Test
  void aBadChecksSectionIsRefusedNamingSiteYamlTheKeyAndItsLine() {
    CheckSite site = new CheckSite(tmp.resolve("site"), """
        checks:
          failOn: sometimes
          thin-contnet: warning
          readability: { minScore: lots }
          long-sentences: { maxWordz: 30 }
          wall-of-text: loud
        """);
    site.post("a", "title: A Post\ndate: 2025-01-01\n", CheckSite.prose("tea"));
    assertThatThrownBy(site::check).isInstanceOfSatisfying(ShareworthyException.class, e -> {
      assertThat(e.problems()).extracting(Problem::file).containsOnly("site.yaml");
      assertThat(e.problems()).extracting(Problem::line, Problem::message).containsExactly(
          org.assertj.core.groups.Tuple.tuple(5, "checks.failOn is 'sometimes'; use error, warning or never"),
          org.assertj.core.groups.Tuple.tuple(6, "checks.thin-contnet: unknown rule id; the rules are "
              + String.join(", ", ISSUE_RULE_IDS.stream().sorted().toList()) + " (and failOn)"),
          org.assertj.core.groups.Tuple.tuple(7, "checks.readability.minScore is 'lots'; use a whole number of 0 or more"),
          org.assertj.core.groups.Tuple.tuple(8, "checks.long-sentences.maxWordz: unknown setting; the settings are "
              + "severity, maxWords, maxShare"),
          org.assertj.core.groups.Tuple.tuple(9, "checks.wall-of-text is 'loud'; use off, info, warning or error, or a "
              + "map such as { severity: warning }"));
    });
    assertThat(site.dir.resolve("out")).doesNotExist();
  }

  @Test
  void aPostIgnoresRulesWithAReason() {
    CheckSite site = new CheckSite(tmp.resolve("site"), "");
    site.post("link", "title: A Link Worth Your Time\ndate: 2025-01-01\n"
        + "checks: { ignore: [thin-content, missing-description], reason: \"a link post\" }\n", CheckSite.prose("maps"));
    site.post("other", "title: Another Short One Here\ndate: 2025-01-02\n", CheckSite.prose("roads"));
    CheckReport report = site.check();
    assertThat(CheckSite.of(report, "thin-content")).extracting(Finding::source)
        .containsExactly("content/posts/other.md");
    assertThat(CheckSite.of(report, "missing-description")).extracting(Finding::source)
        .containsExactly("content/posts/other.md");
  }

  @Test
  void suppressionsWithoutReasonOrSilencingEverythingAreRefused() {
    CheckSite site = new CheckSite(tmp.resolve("site"), "");
    site.post("no-reason", "title: No Reason Given\ndate: 2025-01-01\nchecks: { ignore: [thin-content] }\n", "Hi.");
    site.post("all", "title: Everything Ignored\ndate: 2025-01-01\nchecks:\n  ignore: [all]\n  reason: lazy\n", "Hi.");
    site.post("every", "title: Every Rule Listed\ndate: 2025-01-01\nchecks:\n  ignore: ["
        + String.join(", ", ISSUE_RULE_IDS) + "]\n  reason: lazy\n", "Hi.");
    site.post("no-ignore", "title: Only A Reason\ndate: 2025-01-01\nchecks: { reason: short }\n", "Hi.");
    site.post("typo", "title: A Typo In The Id\ndate: 2025-01-01\n"
        + "checks: { ignore: [thin-contnet], reason: short }\n", "Hi.");
    assertThatThrownBy(site::check).isInstanceOfSatisfying(ShareworthyException.class, e ->
        assertThat(e.problems()).extracting(Problem::file, Problem::line, Problem::message).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("content/posts/no-reason.md", 4,
                "checks.ignore needs a reason: add reason: \"why this post may break these rules\""),
            org.assertj.core.groups.Tuple.tuple("content/posts/all.md", 4,
                "checks.ignore: 'all' would silence every rule; list the rules this post may break"),
            org.assertj.core.groups.Tuple.tuple("content/posts/every.md", 4,
                "checks.ignore lists every rule, which would silence all checks; list only the rules this post may "
                    + "break"),
            org.assertj.core.groups.Tuple.tuple("content/posts/no-ignore.md", 4,
                "checks needs 'ignore', the list of rule ids this post may break"),
            org.assertj.core.groups.Tuple.tuple("content/posts/typo.md", 4,
                "checks.ignore: unknown rule id 'thin-contnet'; run 'shareworthy rules' for the list")));
  }

  @Test
  void aBuildWithoutChecksHasNoReportAndFindingsNeverFailABuild() {
    CheckSite site = new CheckSite(tmp.resolve("site"), "");
    site.post("a", "title: BUY NOW!!!\ndate: 2025-01-01\n", "Act now. [Click here](https://bit.ly/x).");
    BuildResult plain = Shareworthy.build(BuildOptions.of(site.dir).withOutput(tmp.resolve("plain")));
    assertThat(plain.checks()).isNull();
    BuildResult checked = Shareworthy.build(BuildOptions.of(site.dir).withOutput(tmp.resolve("checked"))
        .withChecks(true));
    assertThat(checked.checks().failed()).isTrue();
    assertThat(checked.checks().findings()).extracting(Finding::rule).contains("excessive-caps",
        "excessive-exclamation", "spam-phrases", "generic-link-text", "url-shortener", "thin-content");
    assertThat(tmp.resolve("checked/posts/a/index.html")).exists();
  }

  @Test
  void checkRunOnASiteBuildsPrivatelyAndSummarisesEveryPage() throws Exception {
    CheckSite site = new CheckSite(tmp.resolve("site"), "");
    site.post("a", "title: A Post With an Image\ndate: 2025-01-01\nimage: /images/cover.png\n"
        + "description: A description that is long enough to stand on its own in a preview card.\n",
        CheckSite.prose("photos"));
    Files.createDirectories(site.dir.resolve("static/images"));
    javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(1200, 630, 1), "png",
        site.dir.resolve("static/images/cover.png").toFile());
    List<String> progress = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    CheckReport report = Checks.run(CheckOptions.site(site.dir).withFailOn(FailOn.NEVER)
        .withListener((stage, done, total) -> progress.add(stage + " " + done + "/" + total)));
    assertThat(site.dir.resolve("public")).doesNotExist();
    assertThat(report.failOn()).isEqualTo(FailOn.NEVER);
    assertThat(report.failed()).isFalse();
    assertThat(report.version()).isNotBlank();
    assertThat(java.nio.file.Path.of(java.net.URI.create(report.root())))
        .as("findings' files are relative to the site folder").isEqualTo(site.dir.toAbsolutePath().normalize());
    assertThat(report.rules()).hasSize(30);
    assertThat(progress).contains("Checking pages 1/1");
    PageSummary page = report.pages().stream().filter(p -> p.page().equals("/posts/a/")).findFirst().orElseThrow();
    assertThat(page.source()).isEqualTo("content/posts/a.md");
    assertThat(page.words()).isEqualTo(94);
    assertThat(page.imageFile()).isEqualTo(site.dir.resolve("static/images/cover.png").toAbsolutePath().normalize());
    assertThat(page.score()).isEqualTo(ShareReadiness.score(report.findings().stream()
        .filter(f -> f.source().equals("content/posts/a.md")).toList()));
  }

  @Test
  void htmlModeNeedsABaseUrlAndRunsOnlyTheRulesThatWorkOnRenderedPages() throws Exception {
    Path html = tmp.resolve("hugo");
    Files.createDirectories(html.resolve("posts/x"));
    Files.writeString(html.resolve("posts/x/index.html"), "<html lang=en><head><title>Hi</title></head><body>"
        + "<main><p>Short. <a href=\"/posts/y/\">gone</a></p></main></body></html>");
    Files.writeString(html.resolve("404.html"), "<html><head><title>Not found here</title></head></html>");
    assertThatThrownBy(() -> Checks.run(CheckOptions.html(html, null)))
        .isInstanceOfSatisfying(ShareworthyException.class, e ->
            assertThat(e.problems().get(0).file()).isEqualTo("--base-url"));
    assertThatThrownBy(() -> Checks.run(CheckOptions.html(tmp.resolve("nope"), "https://x.example/")))
        .isInstanceOf(ShareworthyException.class).hasMessageContaining("is not a folder");
    CheckReport report = Checks.run(CheckOptions.html(html, "https://x.example/"));
    assertThat(report.rules()).extracting(RuleInfo::id).doesNotContain("missing-description").hasSize(29);
    assertThat(CheckSite.of(report, "broken-link")).extracting(Finding::source, Finding::page, Finding::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("posts/x/index.html", "/posts/x/", 0));
    // The 404 page is nobody's post: a folder check leaves it out, as a site check does.
    assertThat(report.pages()).extracting(PageSummary::page).containsExactly("/posts/x/");
    assertThat(report.root()).isEqualTo(html.toAbsolutePath().normalize().toUri().toString()).endsWith("/hugo/");
  }

  @Test
  void aRuleThatCrashesIsAnInternalErrorNamingTheRuleNotASilentPass() throws Exception {
    Path html = tmp.resolve("site");
    Files.createDirectories(html);
    Files.writeString(html.resolve("index.html"), "<html><body><p>Hello</p></body></html>");
    Rule broken = new Rule() {
      @Override
      public RuleInfo info() {
        return new RuleInfo("broken-rule", Category.CONTENT, Severity.WARNING, "d", "w", "h", Map.of());
      }

      @Override
      public void check(PageContext page, Reporter out) {
        throw new NullPointerException("oops");
      }
    };
    assertThatThrownBy(() -> CheckEngine.of(List.of(broken)).checkHtml(html, "https://x.example/",
        dev.shareworthy.build.BuildListener.SILENT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("internal error: rule 'broken-rule' failed on index.html")
        .hasMessageContaining("oops");
  }

  @Test
  void twoRunsGiveTheSameReport() {
    CheckSite site = new CheckSite(tmp.resolve("site"), "");
    for (int i = 0; i < 12; i++) {
      site.post("p" + i, "title: Post Number " + i + " Of Twelve\ndate: 2025-01-0" + (1 + i % 9) + "\n",
          CheckSite.prose("topic " + i) + "\n\n[Click here](http://old.example.net/" + i + ")");
    }
    CheckReport first = Checks.run(CheckOptions.site(site.dir));
    CheckReport second = Checks.run(CheckOptions.site(site.dir));
    assertThat(second.findings()).isEqualTo(first.findings());
    assertThat(second.pages()).extracting(PageSummary::page, PageSummary::score)
        .isEqualTo(first.pages().stream().map(p -> org.assertj.core.groups.Tuple.tuple(p.page(), p.score())).toList());
  }

  /** Runs of exclamation marks, in every shape the rule knows, are found and quoted; a lone mark is not a run. */
  @Test
  void exclamationRunsAreFoundInEveryShapeAndQuoted() {
    CheckSite site = new CheckSite(tmp.resolve("site"), "");
    String prose = CheckSite.prose("gardens") + "\n\n";
    site.post("double", "title: Double Mark\ndate: 2025-01-01\n", prose + "It finally works ‼ Really.");
    site.post("ones", "title: Ones\ndate: 2025-01-02\n", prose + "That was fun!11 Now the rest.");
    site.post("pair", "title: Pair\ndate: 2025-01-03\n", prose + "Use `x!!` in code, then *wow*!! Done.");
    site.post("number", "title: Number\ndate: 2025-01-04\n", prose + "Pick option 1!12 later.");
    site.post("lone", "title: Lone\ndate: 2025-01-05\n", prose + "One mark! That is fine.");
    List<Finding> runs = CheckSite.of(site.check(), "excessive-exclamation").stream()
        .filter(f -> f.message().startsWith("A run")).toList();
    assertThat(runs).extracting(Finding::page, Finding::message).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("/posts/double/", "A run of exclamation marks: \"It finally works ‼ Re\""),
        org.assertj.core.groups.Tuple.tuple("/posts/ones/", "A run of exclamation marks: \"That was fun!11\""),
        org.assertj.core.groups.Tuple.tuple("/posts/pair/", "A run of exclamation marks: \"Use in code, then wow!! D\""));
  }
}

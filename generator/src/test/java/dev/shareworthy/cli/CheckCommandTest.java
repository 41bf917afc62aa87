package dev.shareworthy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code shareworthy check} through {@link Main#run}, with the real engine over small sites on disk. */
class CheckCommandTest extends CommandLineTest {

  /** Under 150 words: thin-content is an error. */
  private static final String THIN = "---\ntitle: A short note on sharing\ndate: 2024-05-01\n"
      + "description: \"A short note on why some posts get shared and others do not, and what to do about it.\"\n---\n"
      + "People share posts that make them look smart. This one is too short to do that.\n";

  @BeforeEach
  void site() throws Exception {
    write("site.yaml", "title: Field Notes\nbaseUrl: https://example.com/\n");
    write("content/posts/2024-05-01-thin.md", THIN);
  }

  @Test
  void textReportByDefaultAndExitOneWhenSomethingReachesTheFailLevel() {
    int code = run("check", site.toString());

    assertThat(err.toString()).isEmpty();
    assertThat(code).isEqualTo(1);
    assertThat(out.toString())
        .containsPattern("(?m)^content/posts/2024-05-01-thin\\.md:\\d+ error thin-content Post has \\d+ words")
        .contains("\n    fix: ")
        .containsPattern("(?m)^Checked \\d+ pages?: [1-9]\\d* errors?, .* Failed: ");
  }

  @Test
  void failOnNeverPasses() {
    assertThat(run("check", site.toString(), "--fail-on", "never")).isZero();
    assertThat(out.toString()).contains("Passed: the fail level is 'never'.");
  }

  @Test
  void failOnOverridesSiteYaml() throws Exception {
    write("site.yaml", "title: Field Notes\nbaseUrl: https://example.com/\nchecks:\n  failOn: never\n");
    assertThat(run("check", site.toString())).isZero();

    assertThat(run("check", site.toString(), "--fail-on", "error")).isEqualTo(1);
    assertThat(out.toString()).contains("Failed: ").contains("at the fail level (error).");
  }

  @Test
  void severityFromSiteYamlDecidesTheExitCode() throws Exception {
    write("site.yaml", "title: Field Notes\nbaseUrl: https://example.com/\nchecks:\n  thin-content: info\n");
    String report = runJson();
    assertThat(new ObjectMapper().readTree(report).get("summary").get("errors").asInt())
        .as("errors left once thin-content is an info: %s", report).isZero();
    JsonNode thin = new ObjectMapper().readTree(report).get("findings").findParents("rule").stream()
        .filter(f -> f.get("rule").asText().equals("thin-content")).findFirst().orElseThrow();
    assertThat(thin.get("severity").asText()).isEqualTo("info");
    assertThat(run("check", site.toString())).isZero();
  }

  private String runJson() {
    out.getBuffer().setLength(0);
    run("check", site.toString(), "--format", "json");
    String json = out.toString();
    out.getBuffer().setLength(0);
    return json;
  }

  @Test
  void jsonToStandardOutputIsJsonAloneAndTheVerdictGoesToStandardError() throws Exception {
    assertThat(run("check", site.toString(), "--format", "json")).isEqualTo(1);

    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertThat(root.get("tool").get("name").asText()).isEqualTo("shareworthy");
    assertThat(root.get("summary").get("errors").asInt()).isPositive();
    assertThat(root.get("findings").findValuesAsText("rule")).contains("thin-content");
    assertThat(root.get("findings").findValuesAsText("source")).contains("content/posts/2024-05-01-thin.md");
    assertThat(err.toString()).startsWith("Checked ").contains("Failed: ");
  }

  @Test
  void severalFormatsAndOutputsAtOnce() throws Exception {
    Path reports = site.resolve("target/reports");
    int code = run("check", site.toString(), "--format", "json", "--output", reports.resolve("r.json").toString(),
        "--format", "sarif", "--output", reports.resolve("r.sarif").toString(),
        "--format", "junit", "--output", reports.resolve("TEST-shareworthy.xml").toString(),
        "--format", "html", "--output", reports.resolve("r.html").toString(),
        "--format", "text");

    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).contains("error thin-content").containsPattern("(?m)^Checked \\d+ pages?");
    assertThat(err.toString()).contains("Wrote the json report to " + reports.resolve("r.json"))
        .contains("Wrote the sarif report to ").contains("Wrote the junit report to ").contains("Wrote the html report to ");
    JsonNode json = new ObjectMapper().readTree(reports.resolve("r.json").toFile());
    JsonNode sarif = new ObjectMapper().readTree(reports.resolve("r.sarif").toFile());
    assertThat(sarif.get("runs").get(0).get("results").size()).isEqualTo(json.get("findings").size());
    assertThat(Files.readString(reports.resolve("TEST-shareworthy.xml"))).contains("<testsuite name=\"thin-content\"");
    assertThat(Jsoup.parse(reports.resolve("r.html").toFile()).select("svg.chart")).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void onlyFilesLeaveStandardOutputForNotes() throws Exception {
    Path file = site.resolve("report.sarif");
    assertThat(run("check", site.toString(), "--format", "sarif", "--output", file.toString())).isEqualTo(1);
    assertThat(out.toString()).startsWith("Wrote the sarif report to " + file + "\nChecked ");
    assertThat(file).exists();
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("check", site.toString(), "--format", "xml")).isEqualTo(2);
    assertThat(err.toString()).contains("--format 'xml' is not a report format; use text, json, sarif, junit or html");

    assertThat(run("check", site.toString(), "--output", "x.json")).isEqualTo(2);
    assertThat(err.toString()).contains("--output x.json has no --format to pair with");

    assertThat(run("check", site.toString(), "--format", "json", "--format", "sarif")).isEqualTo(2);
    assertThat(err.toString()).contains("only one report can go to standard output");

    assertThat(run("check", site.toString(), "--fail-on", "sometimes")).isEqualTo(2);
    assertThat(err.toString()).contains("--fail-on 'sometimes' is not a fail level; use error, warning or never");

    assertThat(run("check", "--html", site.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--html needs --base-url URL");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void anOutputThatCannotBeWrittenIsAnInputError() throws Exception {
    Path folder = Files.createDirectories(site.resolve("a-folder"));
    assertThat(run("check", site.toString(), "--format", "json", "--output", folder.toString())).isEqualTo(2);
    assertThat(err.toString()).startsWith("Error:\n  " + folder + ": cannot be written: ").doesNotContain("at dev.");
  }

  @Test
  void brokenFrontMatterIsAnInputErrorWithFileAndLineAndNoStackTrace() throws Exception {
    write("content/posts/x.md", "---\ntitle: X\ntags: [a, b\ndate: 2024-05-01\n---\nBody\n");

    assertThat(run("check", site.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("content/posts/x.md:4: broken YAML front matter").doesNotContain("at dev.");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aBadChecksSectionIsAnInputError() throws Exception {
    write("site.yaml", "title: Field Notes\nbaseUrl: https://example.com/\nchecks:\n  thin-contnet: off\n");
    assertThat(run("check", site.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("site.yaml:4").contains("thin-contnet");
  }

  @Test
  void checksAnyBuiltHtmlFolder() throws Exception {
    write("public-hugo/index.html", "<!DOCTYPE html><html lang=\"en\"><head><title>Home of a Hugo site</title></head>"
        + "<body><main><h1>Home</h1><p>Read <a href=\"/posts/missing/\">the missing post</a>.</p></main></body></html>");

    int code = run("check", "--html", site.resolve("public-hugo").toString(), "--base-url", "https://example.org/",
        "--format", "json");

    assertThat(code).as("stderr: %s", err).isEqualTo(1);
    JsonNode findings = new ObjectMapper().readTree(out.toString()).get("findings");
    assertThat(findings.findValuesAsText("rule")).contains("broken-link");
    assertThat(findings.findValuesAsText("source")).contains("index.html");
  }

  @Test
  void htmlFolderThatIsNotThereIsAnInputError() {
    assertThat(run("check", "--html", site.resolve("nope").toString(), "--base-url", "https://example.org/"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("nope: is not a folder");
  }
}

package dev.shareworthy.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.shareworthy.check.CheckReport;
import dev.shareworthy.check.FailOn;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifReportTest {

  private static JsonNode sarif(CheckReport report) throws Exception {
    StringWriter out = new StringWriter();
    Reports.write(report, ReportFormat.SARIF, out, false);
    return new ObjectMapper().readTree(out.toString());
  }

  /** The official SARIF 2.1.0 schema (draft-04), a copy of ../shared/schemas/sarif-schema-2.1.0.json. */
  static Set<ValidationMessage> validate(JsonNode sarif) throws Exception {
    try (InputStream schema = SarifReportTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
      JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema);
      return validator.validate(sarif);
    }
  }

  @Test
  void validatesAgainstTheOfficialSchema() throws Exception {
    assertThat(validate(sarif(Fixtures.report(FailOn.ERROR)))).isEmpty();
    assertThat(validate(sarif(Fixtures.empty()))).isEmpty();
  }

  @Test
  void theSchemaCatchesABrokenReport() throws Exception {
    JsonNode broken = sarif(Fixtures.report(FailOn.ERROR));
    ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("runs").get(0).get("results").get(0))
        .put("level", "fatal");
    assertThat(validate(broken)).isNotEmpty();
  }

  @Test
  void rulesComeFromTheRuleMetadata() throws Exception {
    JsonNode driver = sarif(Fixtures.report(FailOn.ERROR)).get("runs").get(0).get("tool").get("driver");
    assertThat(driver.get("name").asText()).isEqualTo("shareworthy");
    assertThat(driver.get("version").asText()).isEqualTo("1.2.3");
    assertThat(driver.get("informationUri").asText()).isEqualTo(Reports.INFORMATION_URI);
    JsonNode thin = driver.get("rules").get(2);
    assertThat(thin.get("id").asText()).isEqualTo("thin-content");
    assertThat(thin.get("name").asText()).isEqualTo("ThinContent");
    assertThat(thin.get("shortDescription").get("text").asText()).isEqualTo("Finds posts with little body text.");
    assertThat(thin.get("fullDescription").get("text").asText())
        .isEqualTo("Finds posts with little body text. Thin posts teach little, so nobody looks smart sharing them.");
    assertThat(thin.get("help").get("text").asText()).isEqualTo("Add substance: examples, data, a story.");
    assertThat(thin.get("defaultConfiguration").get("level").asText()).isEqualTo("warning");
    assertThat(thin.get("properties").get("category").asText()).isEqualTo("content");
    assertThat(thin.get("properties").get("thresholds").toString()).isEqualTo("{\"minWords\":300,\"errorBelow\":150}");
    assertThat(driver.get("rules").get(1).get("properties").get("thresholds").toString())
        .isEqualTo("{\"phrases\":[\"act now\",\"buy now\"]}");
    assertThat(driver.get("rules").get(0).get("defaultConfiguration").get("level").asText()).isEqualTo("error");
  }

  @Test
  void resultsPointAtTheSourceAndLine() throws Exception {
    JsonNode results = sarif(Fixtures.report(FailOn.ERROR)).get("runs").get(0).get("results");
    assertThat(results).hasSize(4);

    JsonNode info = results.get(0);
    assertThat(info.get("ruleId").asText()).isEqualTo("spam-phrases");
    assertThat(info.get("ruleIndex").asInt()).isEqualTo(1);
    assertThat(info.get("level").asText()).isEqualTo("note");
    assertThat(info.get("message").get("text").asText()).isEqualTo("Contains \"act now\" & <b>bold</b>. Fix: Say it plainly.");
    JsonNode location = info.get("locations").get(0).get("physicalLocation");
    assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo("content/pages/about.md");
    assertThat(location.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("SITEROOT");
    assertThat(location.get("region").get("startLine").asInt()).isEqualTo(3);

    JsonNode noLine = results.get(1);
    assertThat(noLine.get("ruleId").asText()).isEqualTo("title-length");
    assertThat(noLine.get("locations").get(0).get("physicalLocation").has("region")).isFalse();

    assertThat(results.get(3).get("level").asText()).isEqualTo("error");
    assertThat(results.get(3).get("ruleIndex").asInt()).isZero();
  }

  @Test
  void theBaseIdSaysWhereTheSiteFolderIs() throws Exception {
    java.nio.file.Path site = java.nio.file.Path.of("/work/repo/my blog").toAbsolutePath();
    JsonNode sarif = sarif(Fixtures.report(FailOn.ERROR).withRoot(site));
    assertThat(validate(sarif)).isEmpty();
    JsonNode base = sarif.get("runs").get(0).get("originalUriBaseIds").get("SITEROOT");
    assertThat(base.get("uri").asText()).isEqualTo(site.toUri().toString() + (site.toUri().toString().endsWith("/")
        ? "" : "/")).endsWith("/my%20blog/").startsWith("file:///");
    // A result's file is then the base and its relative path, as a code-scanning service resolves it.
    String file = sarif.get("runs").get(0).get("results").get(0).get("locations").get(0).get("physicalLocation")
        .get("artifactLocation").get("uri").asText();
    assertThat(java.net.URI.create(base.get("uri").asText()).resolve(file))
        .isEqualTo(site.resolve("content/pages/about.md").toUri());
    assertThat(sarif(Fixtures.report(FailOn.ERROR)).get("runs").get(0).get("originalUriBaseIds").get("SITEROOT")
        .has("uri")).as("unknown root: no uri").isFalse();
  }

  @Test
  void pathsAreEncodedAsUris() {
    assertThat(SarifReport.uri("content/posts/my post.md")).isEqualTo("content/posts/my%20post.md");
    assertThat(SarifReport.uri("content/posts/café.md")).isEqualTo("content/posts/caf%C3%A9.md");
  }
}

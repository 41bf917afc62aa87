package dev.shareworthy.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shareworthy.check.FailOn;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {

  private static String json(dev.shareworthy.check.CheckReport report) throws Exception {
    StringWriter out = new StringWriter();
    Reports.write(report, ReportFormat.JSON, out, false);
    return out.toString();
  }

  @Test
  void keepsThePublicShape() throws Exception {
    JsonNode root = new ObjectMapper().readTree(json(Fixtures.report(FailOn.ERROR)));

    assertThat(root.get("tool").toString()).isEqualTo("{\"name\":\"shareworthy\",\"version\":\"1.2.3\"}");
    JsonNode summary = root.get("summary");
    assertThat(summary.get("pages").asInt()).isEqualTo(3);
    assertThat(summary.get("errors").asInt()).isEqualTo(1);
    assertThat(summary.get("warnings").asInt()).isEqualTo(2);
    assertThat(summary.get("infos").asInt()).isEqualTo(1);
    assertThat(summary.get("failOn").asText()).isEqualTo("error");
    assertThat(summary.get("failed").asBoolean()).isTrue();

    JsonNode findings = root.get("findings");
    assertThat(findings).hasSize(4);
    assertThat(findings.get(2).toString()).isEqualTo("{\"rule\":\"thin-content\",\"category\":\"content\","
        + "\"severity\":\"warning\",\"source\":\"content/posts/thin.md\",\"line\":1,\"page\":\"/posts/thin/\","
        + "\"message\":\"Post has 120 words (minimum is 300)\",\"hint\":\"Add substance: examples, data, a story.\"}");
    List<String> fields = List.of("rule", "category", "severity", "source", "line", "page", "message", "hint");
    findings.forEach(f -> assertThat(f.fieldNames()).toIterable().containsExactlyElementsOf(fields));
    assertThat(findings.get(0).get("message").asText()).isEqualTo("Contains \"act now\" & <b>bold</b>");
  }

  @Test
  void listsEveryPageWithItsScore() throws Exception {
    JsonNode pages = new ObjectMapper().readTree(json(Fixtures.report(FailOn.ERROR))).get("pages");
    assertThat(pages).hasSize(3);
    assertThat(pages.get(2).get("title").asText()).isEqualTo(Fixtures.NASTY_TITLE);
    assertThat(pages.get(2).get("score").asInt()).isEqualTo(55);
    assertThat(pages.get(2).get("words").asInt()).isEqualTo(120);
  }

  @Test
  void isIndentedAndStable() throws Exception {
    String text = json(Fixtures.report(FailOn.ERROR));
    assertThat(text).startsWith("{\n  \"tool\": {\n    \"name\": \"shareworthy\",\n").endsWith("}\n");
    assertThat(json(Fixtures.report(FailOn.ERROR))).isEqualTo(text);
  }
}

package dev.shareworthy.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shareworthy.check.CheckOptions;
import dev.shareworthy.check.CheckReport;
import dev.shareworthy.check.Checks;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** Every report of a real check run over the sample site: valid, and telling the same story. */
class SampleSiteReportsTest {

  static CheckReport report;

  @BeforeAll
  static void check() {
    String sample = System.getProperty("shareworthy.sampleSite", "../sample-site");
    report = Checks.run(CheckOptions.site(Path.of(sample)));
  }

  private static String write(ReportFormat format) throws Exception {
    StringWriter out = new StringWriter();
    Reports.write(report, format, out, false);
    return out.toString();
  }

  @Test
  void sarifOfARealRunIsValid() throws Exception {
    JsonNode sarif = new ObjectMapper().readTree(write(ReportFormat.SARIF));
    assertThat(SarifReportTest.validate(sarif)).isEmpty();
    assertThat(sarif.get("runs").get(0).get("tool").get("driver").get("rules")).hasSize(Checks.rules().size());
    assertThat(sarif.get("runs").get(0).get("results")).hasSize(report.findings().size());
  }

  @Test
  void jsonAndJunitCountTheSame() throws Exception {
    JsonNode json = new ObjectMapper().readTree(write(ReportFormat.JSON));
    assertThat(json.get("summary").get("pages").asInt()).isEqualTo(report.pages().size()).isGreaterThan(10);
    assertThat(json.get("findings")).hasSize(report.findings().size());
    var junit = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(write(ReportFormat.JUNIT))));
    assertThat(junit.getElementsByTagName("testsuite").getLength()).isEqualTo(Checks.rules().size());
    assertThat(junit.getElementsByTagName("failure").getLength()).isEqualTo(report.findings().size());
    assertThat(junit.getDocumentElement().getAttribute("tests"))
        .isEqualTo(String.valueOf(Checks.rules().size() * report.pages().size()));
  }

  @Test
  void htmlShowsEveryPageWithItsThreePreviews() throws Exception {
    Document doc = Jsoup.parse(write(ReportFormat.HTML));
    assertThat(doc.select("#scores tbody tr")).hasSize(report.pages().size());
    assertThat(doc.select("details.post")).hasSize(report.pages().size());
    assertThat(doc.select(".previews")).hasSize(report.pages().size());
    assertThat(doc.select(".card")).hasSize(3 * report.pages().size());
    assertThat(doc.select("svg.chart")).hasSizeGreaterThanOrEqualTo(2);
  }
}

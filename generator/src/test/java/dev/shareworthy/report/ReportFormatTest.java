package dev.shareworthy.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shareworthy.check.FailOn;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFormatTest {

  @Test
  void idsAndDefaultFileNames() {
    assertThat(ReportFormat.values()).extracting(ReportFormat::id)
        .containsExactly("text", "json", "sarif", "junit", "html");
    assertThat(ReportFormat.values()).extracting(ReportFormat::defaultFileName).containsExactly(
        "shareworthy.txt", "shareworthy.json", "shareworthy.sarif", "TEST-shareworthy.xml", "shareworthy.html");
  }

  @Test
  void parsesIdsAndRejectsOthers() {
    assertThat(ReportFormat.parse("sarif")).isEqualTo(ReportFormat.SARIF);
    assertThat(ReportFormat.parse(" JUnit ")).isEqualTo(ReportFormat.JUNIT);
    assertThat(ReportFormat.parse("xml")).isNull();
    assertThat(ReportFormat.parse(null)).isNull();
  }

  @Test
  void writesAFileCreatingItsFolders(@TempDir Path temp) throws Exception {
    Path file = temp.resolve("a/b/report.json");
    assertThat(Reports.write(Fixtures.report(FailOn.ERROR), ReportFormat.JSON, file)).isEqualTo(file);
    assertThat(Files.readString(file)).startsWith("{\n  \"tool\"").contains("🚀");
  }
}

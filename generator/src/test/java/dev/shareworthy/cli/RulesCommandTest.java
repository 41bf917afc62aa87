package dev.shareworthy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shareworthy.check.Checks;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.report.RulesReport;
import org.junit.jupiter.api.Test;

class RulesCommandTest extends CommandLineTest {

  @Test
  void listsEveryRuleWithCategorySeverityAndWhy() {
    assertThat(run("rules")).isZero();
    String text = out.toString();
    for (RuleInfo rule : Checks.rules()) {
      assertThat(text).contains(rule.id() + " (" + rule.category().id() + ", " + rule.defaultSeverity().id())
          .contains("  Why: " + rule.why() + "\n");
    }
    assertThat(text).contains("thin-content (content, warning").contains("Thresholds: ");
  }

  @Test
  void markdownIsTheRulesDocument() {
    assertThat(run("rules", "--format", "markdown")).isZero();
    assertThat(out.toString()).isEqualTo(RulesReport.markdown(Checks.rules()));
  }

  @Test
  void unknownFormatIsAUsageError() {
    assertThat(run("rules", "--format", "yaml")).isEqualTo(2);
    assertThat(err.toString()).contains("--format 'yaml' is not a rules format; use text or markdown");
  }
}

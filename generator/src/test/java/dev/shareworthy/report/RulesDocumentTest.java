package dev.shareworthy.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shareworthy.check.Checks;
import dev.shareworthy.check.RuleInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** generator/RULES.md is generated from the rules' metadata; this fails, naming the fix, when it falls behind. */
class RulesDocumentTest {

  /** Surefire runs in the module folder, generator/. */
  private static final Path RULES_MD = Path.of("RULES.md");
  static final String REGENERATE = "mvn -q -pl generator -am test -Dtest=RulesDocumentTest "
      + "-Dsurefire.failIfNoSpecifiedTests=false -Dshareworthy.writeRulesMd=true "
      + "(or: java -jar generator/target/shareworthy.jar rules --format markdown > generator/RULES.md)";

  @Test
  void rulesMdIsUpToDate() throws Exception {
    String expected = RulesReport.markdown(Checks.rules());
    if (Boolean.getBoolean("shareworthy.writeRulesMd")) {
      Files.writeString(RULES_MD, expected, StandardCharsets.UTF_8);
    }
    assertThat(RULES_MD).as("generator/RULES.md").exists();
    String actual = Files.readString(RULES_MD, StandardCharsets.UTF_8);
    assertThat(actual)
        .as("generator/RULES.md is out of date with the rules' metadata; regenerate it with:%n  %s%n", REGENERATE)
        .isEqualTo(expected);
  }

  @Test
  void documentsEveryRuleWithItsWhyAndThresholds() {
    String md = RulesReport.markdown(Checks.rules());
    for (RuleInfo rule : Checks.rules()) {
      assertThat(md).contains("\n### " + rule.id() + "\n").contains("**Why it matters:** "
          + rule.why().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "\n");
      rule.thresholds().keySet().forEach(name -> assertThat(md).contains("  - `" + name + "`: "));
    }
  }

  @Test
  void tagsInTheMetadataStayText() {
    assertThat(RulesReport.markdown(Checks.rules())).doesNotContain("<title>").doesNotContain("<script");
  }

  @Test
  void smallListRendersExactly() {
    String md = RulesReport.markdown(Fixtures.rules().subList(2, 3));
    assertThat(md).endsWith("""
        | [`thin-content`](#thin-content) | content | warning | yes | Finds posts with little body text. |

        ## Content

        ### thin-content

        Finds posts with little body text.

        - **Category:** content; **default severity:** warning; **with --html:** yes
        - **Why it matters:** Thin posts teach little, so nobody looks smart sharing them.
        - **How to fix:** Add substance: examples, data, a story.
        - **Thresholds:**
          - `minWords`: `300`
          - `errorBelow`: `150`
        """);
    assertThat(RulesReport.text(Fixtures.rules().subList(1, 3))).isEqualTo("""
        spam-phrases (spam, warning)
          Finds sales-pitch phrases.
          Why: Readers do not share ads.
          Fix: Say it plainly.
          Thresholds: phrases ["act now", "buy now"]

        thin-content (content, warning)
          Finds posts with little body text.
          Why: Thin posts teach little, so nobody looks smart sharing them.
          Fix: Add substance: examples, data, a story.
          Thresholds: minWords 300, errorBelow 150
        """);
  }
}

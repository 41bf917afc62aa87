package dev.shareworthy.check;

import java.util.Map;

/**
 * What a rule is, as listed by {@code shareworthy rules}, RULES.md and SARIF's {@code tool.driver.rules}.
 *
 * @param id the public, stable id, such as {@code thin-content}
 * @param description what the rule looks for, one sentence
 * @param why why it matters for sharing, one or two sentences
 * @param hint the general fix
 * @param thresholds default thresholds by their site.yaml names, in a stable order (numbers, or lists of words)
 * @param html whether the rule works on rendered pages alone, so {@code check --html} runs it over any static
 *     site's output; false for rules that need a post's front matter
 */
public record RuleInfo(String id, Category category, Severity defaultSeverity, String description, String why,
    String hint, Map<String, Object> thresholds, boolean html) {

  /** A rule that works on rendered pages alone. */
  public RuleInfo(String id, Category category, Severity defaultSeverity, String description, String why,
      String hint, Map<String, Object> thresholds) {
    this(id, category, defaultSeverity, description, why, hint, thresholds, true);
  }
}

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
 */
public record RuleInfo(String id, Category category, Severity defaultSeverity, String description, String why,
    String hint, Map<String, Object> thresholds) {}

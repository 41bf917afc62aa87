package dev.shareworthy.check;

import java.util.Map;

/**
 * A rule's settings in force: site.yaml's severity (or null for the rule's own) and its thresholds, defaults
 * filled in.
 */
record RuleConfig(Severity severity, Map<String, Object> thresholds) {

  RuleConfig {
    thresholds = Map.copyOf(thresholds);
  }

  boolean off() {
    return severity == Severity.OFF;
  }
}

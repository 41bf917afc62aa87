package dev.shareworthy.check.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds a rule's default thresholds in a stable order, as {@code rules} and RULES.md list them. */
final class Thresholds {

  private Thresholds() {}

  static Map<String, Object> of(Object... namesAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      m.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }

  static Map<String, Object> none() {
    return Map.of();
  }
}

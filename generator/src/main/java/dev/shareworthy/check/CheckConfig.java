package dev.shareworthy.check;

import dev.shareworthy.Problem;
import dev.shareworthy.ShareworthyException;
import dev.shareworthy.content.SiteConfigReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code checks:} section of site.yaml, checked strictly: every rule id, threshold name and value must be
 * known and of the right kind, so a typo never silently leaves a rule at its default.
 *
 * <pre>
 * checks:
 *   failOn: warning            # error (default) | warning | never
 *   thin-content: { severity: error, minWords: 500 }
 *   readability: off           # shorthand for { severity: off }
 * </pre>
 */
final class CheckConfig {

  private final Map<String, RuleConfig> rules;
  private final FailOn failOn;

  private CheckConfig(Map<String, RuleConfig> rules, FailOn failOn) {
    this.rules = rules;
    this.failOn = failOn;
  }

  RuleConfig rule(String id) {
    return rules.get(id);
  }

  FailOn failOn() {
    return failOn;
  }

  /**
   * Reads the raw {@code checks:} value.
   *
   * @param raw site.yaml's {@code checks} value, or null
   * @param siteYaml site.yaml's text, to name the line of a bad key; may be null
   * @throws ShareworthyException naming site.yaml and the key of every problem
   */
  static CheckConfig read(Object raw, String siteYaml, List<Rule> all) {
    Map<String, RuleInfo> infos = new TreeMap<>();
    all.forEach(r -> infos.put(r.info().id(), r.info()));
    List<Problem> problems = new ArrayList<>();
    KeyLines lines = new KeyLines(siteYaml);
    Map<String, Object> section = new LinkedHashMap<>();
    if (raw instanceof Map<?, ?> m) {
      m.forEach((k, v) -> section.put(String.valueOf(k), v));
    } else if (raw != null) {
      problems.add(new Problem(SiteConfigReader.FILE, lines.line("checks", null),
          "'checks' must be a map of rule ids to settings, such as 'checks: { thin-content: warning }'"));
    }
    FailOn failOn = FailOn.ERROR;
    Map<String, RuleConfig> configs = new TreeMap<>();
    for (Map.Entry<String, Object> e : section.entrySet()) {
      String key = e.getKey();
      Object value = e.getValue();
      int line = lines.line(key, "checks");
      if (key.equals("failOn")) {
        FailOn f = value instanceof String s ? FailOn.parse(s) : null;
        if (f == null) {
          problems.add(new Problem(SiteConfigReader.FILE, line, "checks.failOn is '" + value
              + "'; use error, warning or never"));
        } else {
          failOn = f;
        }
        continue;
      }
      RuleInfo info = infos.get(key);
      if (info == null) {
        problems.add(new Problem(SiteConfigReader.FILE, line, "checks." + key + ": unknown rule id; the rules are "
            + String.join(", ", infos.keySet()) + " (and failOn)"));
        continue;
      }
      RuleConfig c = ruleConfig(info, value, line, lines, problems);
      if (c != null) {
        configs.put(key, c);
      }
    }
    for (RuleInfo info : infos.values()) {
      configs.putIfAbsent(info.id(), new RuleConfig(null, info.thresholds()));
    }
    if (!problems.isEmpty()) {
      throw new ShareworthyException(problems);
    }
    return new CheckConfig(configs, failOn);
  }

  private static RuleConfig ruleConfig(RuleInfo info, Object value, int line, KeyLines lines,
      List<Problem> problems) {
    String where = "checks." + info.id();
    if (value instanceof String || value instanceof Boolean) {
      // YAML reads a bare 'off' as the string "off" in YAML 1.2; 'false' means off as well.
      Severity s = value instanceof Boolean b ? (b ? null : Severity.OFF) : Severity.parse((String) value);
      if (s == null) {
        problems.add(new Problem(SiteConfigReader.FILE, line, where + " is '" + value
            + "'; use off, info, warning or error, or a map such as { severity: warning }"));
        return null;
      }
      return new RuleConfig(s, info.thresholds());
    }
    if (!(value instanceof Map<?, ?> map)) {
      problems.add(new Problem(SiteConfigReader.FILE, line, where
          + " must be a severity (off, info, warning, error) or a map of settings"));
      return null;
    }
    Severity severity = null;
    Map<String, Object> thresholds = new LinkedHashMap<>(info.thresholds());
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String name = String.valueOf(e.getKey());
      Object v = e.getValue();
      int keyLine = lines.line(name, info.id());
      if (name.equals("severity")) {
        severity = v instanceof String s ? Severity.parse(s) : v instanceof Boolean b && !b ? Severity.OFF : null;
        if (severity == null) {
          problems.add(new Problem(SiteConfigReader.FILE, keyLine, where + ".severity is '" + v
              + "'; use off, info, warning or error"));
        }
        continue;
      }
      Object def = info.thresholds().get(name);
      if (def == null) {
        problems.add(new Problem(SiteConfigReader.FILE, keyLine, where + "." + name + ": unknown setting; "
            + (info.thresholds().isEmpty() ? "this rule has only 'severity'"
                : "the settings are severity, " + String.join(", ", info.thresholds().keySet()))));
        continue;
      }
      Object parsed = threshold(def, v);
      if (parsed == null) {
        problems.add(new Problem(SiteConfigReader.FILE, keyLine, where + "." + name + " is '" + v + "'; "
            + (def instanceof List ? "use a list of words, such as [a, b]"
                : def instanceof Integer ? "use a whole number of 0 or more" : "use a number of 0 or more")));
        continue;
      }
      thresholds.put(name, parsed);
    }
    return new RuleConfig(severity, thresholds);
  }

  /** The value in the default's type, or null when it does not fit. */
  private static Object threshold(Object def, Object v) {
    if (def instanceof List<?>) {
      if (!(v instanceof List<?> list)) {
        return null;
      }
      List<String> words = new ArrayList<>();
      for (Object o : list) {
        if (!(o instanceof String s) || s.isBlank()) {
          return null;
        }
        words.add(s.strip());
      }
      return List.copyOf(words);
    }
    if (!(v instanceof Number n) || n.doubleValue() < 0 || Double.isNaN(n.doubleValue())) {
      return null;
    }
    if (def instanceof Integer) {
      if (n.doubleValue() != Math.rint(n.doubleValue()) || n.doubleValue() > Integer.MAX_VALUE) {
        return null;
      }
      return n.intValue();
    }
    return n.doubleValue();
  }

  /** Finds the line of a key in site.yaml, under a parent key when given; good enough for block and flow YAML. */
  private static final class KeyLines {
    private final List<String> lines;

    KeyLines(String text) {
      this.lines = text == null ? List.of() : text.lines().toList();
    }

    int line(String key, String parent) {
      int from = 0;
      if (parent != null) {
        int p = find(parent, 0);
        if (p < 0) {
          return 0;
        }
        from = p;
      }
      int at = find(key, from);
      return at < 0 ? (from > 0 ? from + 1 : 0) : at + 1;
    }

    private int find(String key, int from) {
      java.util.regex.Pattern p = java.util.regex.Pattern.compile("(^|[\\s{,])[\"']?" + java.util.regex.Pattern.quote(key)
          + "[\"']?\\s*:");
      for (int i = from; i < lines.size(); i++) {
        if (p.matcher(lines.get(i)).find()) {
          return i;
        }
      }
      return -1;
    }
  }
}

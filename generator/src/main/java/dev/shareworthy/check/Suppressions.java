package dev.shareworthy.check;

import dev.shareworthy.Problem;
import dev.shareworthy.ShareworthyException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A post's own exceptions: {@code checks: { ignore: [thin-content], reason: "link post" }} in its front matter.
 * A reason is required, the ids must exist, and ignoring every rule is refused: that would be no check at all.
 */
final class Suppressions {

  private Suppressions() {}

  /**
   * The rule ids a post ignores.
   *
   * @param raw the front matter's {@code checks} value, or null
   * @param line the line of the {@code checks} key, for errors
   * @throws ShareworthyException naming the file and line of a bad suppression
   */
  static Set<String> read(Object raw, String source, int line, Set<String> ruleIds) {
    if (raw == null) {
      return Set.of();
    }
    if (!(raw instanceof Map<?, ?> map)) {
      throw ShareworthyException.of(source, line, "'checks' must be a map such as "
          + "checks: { ignore: [thin-content], reason: \"link post\" }");
    }
    List<Problem> problems = new ArrayList<>();
    Set<String> ignored = new LinkedHashSet<>();
    String reason = null;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = String.valueOf(e.getKey());
      Object v = e.getValue();
      switch (key) {
        case "ignore" -> {
          List<?> ids = v instanceof List<?> l ? l : v instanceof String s ? List.of(s) : null;
          if (ids == null || ids.isEmpty()) {
            problems.add(new Problem(source, line, "checks.ignore must list rule ids, such as [thin-content]"));
            break;
          }
          for (Object id : ids) {
            String s = String.valueOf(id).strip();
            if (s.equals("all") || s.equals("*")) {
              problems.add(new Problem(source, line, "checks.ignore: '" + s + "' would silence every rule; "
                  + "list the rules this post may break"));
            } else if (!ruleIds.contains(s)) {
              problems.add(new Problem(source, line, "checks.ignore: unknown rule id '" + s + "'; run "
                  + "'shareworthy rules' for the list"));
            } else {
              ignored.add(s);
            }
          }
        }
        case "reason" -> reason = v instanceof String s && !s.isBlank() ? s : null;
        default -> problems.add(new Problem(source, line, "checks." + key + ": unknown key; use ignore and reason"));
      }
    }
    if (!map.containsKey("ignore") && problems.isEmpty()) {
      problems.add(new Problem(source, line, "checks needs 'ignore', the list of rule ids this post may break"));
    }
    if (reason == null && problems.isEmpty()) {
      problems.add(new Problem(source, line, "checks.ignore needs a reason: add reason: \"why this post may "
          + "break these rules\""));
    }
    if (problems.isEmpty() && ignored.containsAll(ruleIds)) {
      problems.add(new Problem(source, line, "checks.ignore lists every rule, which would silence all checks; "
          + "list only the rules this post may break"));
    }
    if (!problems.isEmpty()) {
      throw new ShareworthyException(problems);
    }
    return Set.copyOf(ignored);
  }
}

package dev.shareworthy.check;

import java.util.List;
import java.util.function.Consumer;

/**
 * Where a rule reports its findings on one page, and where it reads its thresholds. The severity is the
 * rule's own for the finding unless site.yaml sets one for the rule, which then applies to all its findings.
 */
public final class Reporter {

  private final RuleInfo rule;
  private final RuleConfig config;
  private final String source;
  private final String page;
  private final Consumer<Finding> sink;

  Reporter(RuleInfo rule, RuleConfig config, String source, String page, Consumer<Finding> sink) {
    this.rule = rule;
    this.config = config;
    this.source = source;
    this.page = page;
    this.sink = sink;
  }

  /** Reports at the rule's default severity with its general hint. */
  public void report(int line, String message) {
    report(rule.defaultSeverity(), line, message, rule.hint());
  }

  /** Reports at a severity of the rule's own choosing, such as an error for a very thin post. */
  public void report(Severity severity, int line, String message) {
    report(severity, line, message, rule.hint());
  }

  public void report(Severity severity, int line, String message, String hint) {
    Severity s = config.severity() != null ? config.severity() : severity;
    sink.accept(new Finding(rule.id(), rule.category(), s, source, Math.max(0, line), page, message, hint));
  }

  /** The page this reporter reports on, as its URL path. */
  public String page() {
    return page;
  }

  /** The page's source file. */
  public String source() {
    return source;
  }

  /** A numeric threshold by its site.yaml name. */
  public double number(String name) {
    Object v = config.thresholds().get(name);
    if (!(v instanceof Number n)) {
      throw new IllegalStateException("rule " + rule.id() + " has no numeric threshold '" + name + "'");
    }
    return n.doubleValue();
  }

  /** A whole-number threshold by its site.yaml name. */
  public int integer(String name) {
    return (int) Math.round(number(name));
  }

  /** A list threshold (phrases, domains) by its site.yaml name. */
  @SuppressWarnings("unchecked")
  public List<String> list(String name) {
    Object v = config.thresholds().get(name);
    if (!(v instanceof List<?>)) {
      throw new IllegalStateException("rule " + rule.id() + " has no list threshold '" + name + "'");
    }
    return (List<String>) v;
  }
}

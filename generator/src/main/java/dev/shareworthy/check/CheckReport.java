package dev.shareworthy.check;

import java.util.List;

/**
 * Everything one check run found, immutable; every reporter is a plain function of it.
 *
 * @param version the Shareworthy version that ran the checks
 * @param pages every checked page, in URL order
 * @param findings every finding, in {@link Finding#ORDER}
 * @param rules the metadata of every rule that could run, in id order
 * @param failOn the fail level in force (site.yaml's, or the command line's)
 * @param root the checked folder as an absolute {@code file:} URI ending in a slash, which findings' source
 *     files are relative to (the site folder; for {@code check --html}, the HTML folder), or null when unknown
 */
public record CheckReport(String version, List<PageSummary> pages, List<Finding> findings, List<RuleInfo> rules,
    FailOn failOn, String root) {

  public CheckReport {
    pages = List.copyOf(pages);
    findings = findings.stream().sorted(Finding.ORDER).toList();
    rules = List.copyOf(rules);
  }

  /** A report whose root is not known, such as one of pages checked one by one. */
  public CheckReport(String version, List<PageSummary> pages, List<Finding> findings, List<RuleInfo> rules,
      FailOn failOn) {
    this(version, pages, findings, rules, failOn, null);
  }

  /** A copy whose findings' files are relative to {@code folder}. */
  public CheckReport withRoot(java.nio.file.Path folder) {
    String uri = folder.toAbsolutePath().normalize().toUri().toString();
    return new CheckReport(version, pages, findings, rules, failOn, uri.endsWith("/") ? uri : uri + "/");
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  public long errors() {
    return count(Severity.ERROR);
  }

  public long warnings() {
    return count(Severity.WARNING);
  }

  public long infos() {
    return count(Severity.INFO);
  }

  /** Whether any finding reaches {@link #failOn}: the check command then exits 1 and the Maven goal fails. */
  public boolean failed() {
    return findings.stream().anyMatch(f -> failOn.fails(f.severity()));
  }

  /** A copy judged at another fail level (the command line's {@code --fail-on} over site.yaml's). */
  public CheckReport withFailOn(FailOn level) {
    return new CheckReport(version, pages, findings, rules, level, root);
  }
}

package dev.shareworthy.report;

import dev.shareworthy.check.CheckReport;
import dev.shareworthy.check.Finding;
import dev.shareworthy.check.PageSummary;
import dev.shareworthy.check.RuleInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JUnit XML, which every CI dashboard shows: a test suite per rule, a test case per page, and a failure per
 * finding. Pages a rule found nothing on are passing test cases, so the dashboards count what was checked.
 */
final class JunitReport {

  private JunitReport() {}

  /** A checked page: its URL path and source file. */
  private record PageKey(String page, String source) {}

  static void write(CheckReport report, Writer out) throws IOException {
    Set<PageKey> pages = new LinkedHashSet<>();
    for (PageSummary p : report.pages()) {
      pages.add(new PageKey(p.page(), p.source()));
    }
    // Findings by rule, then by page, in the report's order.
    Map<String, Map<PageKey, List<Finding>>> byRule = new LinkedHashMap<>();
    for (RuleInfo rule : report.rules()) {
      byRule.put(rule.id(), new LinkedHashMap<>());
    }
    for (Finding f : report.findings()) {
      PageKey key = new PageKey(f.page(), f.source());
      pages.add(key); // a finding on a page the summaries do not list still gets its test case
      byRule.computeIfAbsent(f.rule(), r -> new LinkedHashMap<>())
          .computeIfAbsent(key, k -> new ArrayList<>()).add(f);
    }

    int tests = byRule.size() * pages.size();
    long failures = byRule.values().stream().mapToLong(Map::size).sum();
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<testsuites name=\"shareworthy\" tests=\"" + tests + "\" failures=\"" + failures
        + "\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
    for (Map.Entry<String, Map<PageKey, List<Finding>>> suite : byRule.entrySet()) {
      String rule = suite.getKey();
      Map<PageKey, List<Finding>> found = suite.getValue();
      out.write("  <testsuite name=\"" + Escape.attr(rule) + "\" tests=\"" + pages.size() + "\" failures=\""
          + found.size() + "\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
      for (PageKey page : pages) {
        List<Finding> findings = found.get(page);
        String testcase = "    <testcase name=\"" + Escape.attr(page.page()) + "\" classname=\"shareworthy."
            + Escape.attr(rule) + "\" file=\"" + Escape.attr(page.source()) + "\" time=\"0\"";
        if (findings == null) {
          out.write(testcase + "/>\n");
          continue;
        }
        out.write(testcase + ">\n");
        for (Finding f : findings) {
          out.write("      <failure message=\"" + Escape.attr(f.message()) + "\" type=\""
              + Escape.attr(f.severity().id()) + "\">");
          out.write(Escape.text(f.severity().id() + " " + f.rule() + " at " + f.location() + "\n" + f.message()
              + (f.hint() == null || f.hint().isBlank() ? "" : "\nFix: " + f.hint())));
          out.write("</failure>\n");
        }
        out.write("    </testcase>\n");
      }
      out.write("  </testsuite>\n");
    }
    out.write("</testsuites>\n");
  }
}

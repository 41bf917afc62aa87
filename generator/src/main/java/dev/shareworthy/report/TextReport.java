package dev.shareworthy.report;

import dev.shareworthy.check.CheckReport;
import dev.shareworthy.check.FailOn;
import dev.shareworthy.check.Finding;
import dev.shareworthy.check.PageSummary;
import dev.shareworthy.check.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/**
 * The report for people: findings grouped by file as {@code path:line severity rule message} (the shape IDEs
 * and CI logs turn into links), each followed by its fix, then one summary line.
 */
final class TextReport {

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";
  private static final String CYAN = "\u001b[36m";

  private TextReport() {}

  static void write(CheckReport report, Writer out, boolean colour) throws IOException {
    Map<String, PageSummary> pages = new HashMap<>();
    for (PageSummary p : report.pages()) {
      pages.putIfAbsent(p.source(), p);
    }
    Paint paint = new Paint(colour);
    String file = null;
    for (Finding f : report.findings()) {
      if (!f.source().equals(file)) {
        if (file != null) {
          out.write('\n');
        }
        file = f.source();
        PageSummary page = pages.get(file);
        String about = page == null ? " (" + f.page() + ")"
            : " (" + page.page() + ", share readiness " + page.score() + "/100)";
        out.write(paint.on(BOLD, file) + paint.on(DIM, about) + "\n");
      }
      out.write(f.location() + " " + paint.on(colourOf(f.severity()), f.severity().id()) + " "
          + paint.on(BOLD, f.rule()) + " " + oneLine(f.message()) + "\n");
      if (f.hint() != null && !f.hint().isBlank()) {
        out.write("    " + paint.on(DIM, "fix: " + oneLine(f.hint())) + "\n");
      }
    }
    if (file == null) {
      out.write("No findings.\n");
    }
    out.write('\n');
    String verdict = verdict(report);
    out.write(report.failed() ? paint.on(RED + BOLD, verdict) : paint.on(GREEN, verdict));
    out.write('\n');
  }

  /** "1 error, 2 warnings, 0 infos on 14 pages". */
  static String counts(CheckReport report) {
    return plural(report.errors(), "error") + ", " + plural(report.warnings(), "warning") + ", "
        + plural(report.infos(), "info") + " on " + plural(report.pages().size(), "page");
  }

  /** The summary line: the counts, then whether the run passes at its fail level and why. */
  static String verdict(CheckReport report) {
    String counts = "Checked " + plural(report.pages().size(), "page") + ": " + plural(report.errors(), "error")
        + ", " + plural(report.warnings(), "warning") + ", " + plural(report.infos(), "info") + ".";
    FailOn level = report.failOn();
    if (level == FailOn.NEVER) {
      return counts + " Passed: the fail level is 'never'.";
    }
    long failing = report.findings().stream().filter(f -> level.fails(f.severity())).count();
    String levelText = level == FailOn.ERROR ? "error" : "warning or error";
    return failing > 0
        ? counts + " Failed: " + plural(failing, "finding") + " at the fail level (" + levelText + ")."
        : counts + " Passed: nothing at the fail level (" + levelText + ").";
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static String colourOf(Severity s) {
    return switch (s) {
      case ERROR -> RED + BOLD;
      case WARNING -> YELLOW;
      case INFO, OFF -> CYAN;
    };
  }

  /** A report line must stay one line, or the next {@code path:line} would no longer start one. */
  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }

  /** ANSI colour when asked for; plain text otherwise. */
  private record Paint(boolean enabled) {
    String on(String code, String text) {
      return enabled ? code + text + RESET : text;
    }
  }
}

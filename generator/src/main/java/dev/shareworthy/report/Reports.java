package dev.shareworthy.report;

import dev.shareworthy.check.CheckReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a check report in any {@link ReportFormat}. Every format is a plain function of the report: the same
 * report always gives the same bytes.
 */
public final class Reports {

  /** Where a reader learns what Shareworthy is, named in SARIF's {@code tool.driver.informationUri}. */
  public static final String INFORMATION_URI = "https://shareworthy.dev/";

  private Reports() {}

  /**
   * Writes a report to {@code out}, which stays open.
   *
   * @param colour ANSI colours for a terminal; only the text format has any
   */
  public static void write(CheckReport report, ReportFormat format, Writer out, boolean colour) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    switch (Objects.requireNonNull(format, "format")) {
      case TEXT -> TextReport.write(report, out, colour);
      case JSON -> JsonReport.write(report, out);
      case SARIF -> SarifReport.write(report, out);
      case JUNIT -> JunitReport.write(report, out);
      case HTML -> HtmlReport.write(report, out);
    }
    out.flush();
  }

  /** The counts of a report for a one-line summary: "1 error, 2 warnings, 0 infos on 14 pages". */
  public static String counts(CheckReport report) {
    return TextReport.counts(report);
  }

  /**
   * The text report's last line: the counts and whether the run passes at its fail level, e.g. "Checked 14 pages:
   * 1 error, 2 warnings, 0 infos. Failed: 1 finding at the fail level (error)."
   */
  public static String verdict(CheckReport report) {
    return TextReport.verdict(report);
  }

  /** Writes a report into a file in UTF-8, creating its parent folders, and returns the file. */
  public static Path write(CheckReport report, ReportFormat format, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    // A large buffer: the reporters write many small pieces, and a big site's report runs to tens of megabytes.
    try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
        1 << 16)) {
      write(report, format, out, false);
    }
    return file;
  }
}

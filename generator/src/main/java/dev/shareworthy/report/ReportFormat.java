package dev.shareworthy.report;

import java.util.Locale;

/** The report formats of {@code shareworthy check --format} and the Maven goal, with their default file names. */
public enum ReportFormat {
  TEXT("shareworthy.txt"),
  JSON("shareworthy.json"),
  SARIF("shareworthy.sarif"),
  /** Surefire's naming, so CI plugins that collect {@code TEST-*.xml} pick it up. */
  JUNIT("TEST-shareworthy.xml"),
  HTML("shareworthy.html");

  private final String defaultFileName;

  ReportFormat(String defaultFileName) {
    this.defaultFileName = defaultFileName;
  }

  /**
   * The name on the command line and in configuration: {@code text}, {@code json}, {@code sarif}, {@code junit},
   * {@code html}.
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String defaultFileName() {
    return defaultFileName;
  }

  /** Reads a format's {@link #id()}, ignoring case and surrounding space; null when unknown. */
  public static ReportFormat parse(String id) {
    if (id == null) {
      return null;
    }
    for (ReportFormat f : values()) {
      if (f.id().equalsIgnoreCase(id.trim())) {
        return f;
      }
    }
    return null;
  }
}

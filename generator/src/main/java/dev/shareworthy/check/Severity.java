package dev.shareworthy.check;

import java.util.Locale;

/** How much a finding matters; {@link #OFF} turns a rule off. Ordered from least to most severe. */
public enum Severity {
  OFF, INFO, WARNING, ERROR;

  /** The lower-case name used in site.yaml, reports and on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads {@code off | info | warning | error}; null for anything else. */
  public static Severity parse(String text) {
    for (Severity s : values()) {
      if (s.id().equalsIgnoreCase(text == null ? "" : text.trim())) {
        return s;
      }
    }
    return null;
  }
}

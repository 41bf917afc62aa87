package dev.shareworthy.check;

import java.util.Locale;

/** Which findings fail a check run: errors only (the default), warnings and errors, or none. */
public enum FailOn {
  ERROR, WARNING, NEVER;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a finding of this severity reaches the fail level. */
  public boolean fails(Severity severity) {
    return switch (this) {
      case ERROR -> severity == Severity.ERROR;
      case WARNING -> severity == Severity.ERROR || severity == Severity.WARNING;
      case NEVER -> false;
    };
  }

  /** Reads {@code error | warning | never}; null for anything else. */
  public static FailOn parse(String text) {
    for (FailOn f : values()) {
      if (f.id().equalsIgnoreCase(text == null ? "" : text.trim())) {
        return f;
      }
    }
    return null;
  }
}

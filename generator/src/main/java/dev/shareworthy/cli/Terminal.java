package dev.shareworthy.cli;

/** What the command line knows about where its output goes. */
final class Terminal {

  private Terminal() {}

  /**
   * Whether to colour output: only on an interactive terminal, never in CI (logs keep escape codes as garbage)
   * and never when {@code NO_COLOR} is set (no-color.org).
   */
  static boolean colour() {
    return System.console() != null && isUnset("CI") && isUnset("NO_COLOR");
  }

  private static boolean isUnset(String variable) {
    String value = System.getenv(variable);
    return value == null || value.isEmpty();
  }
}

package dev.shareworthy.cli;

import picocli.CommandLine.Option;

/** The {@code --verbose} flag of every command: errors then show their stack trace. */
final class VerboseOption {

  static final String NAME = "--verbose";

  @Option(names = NAME, description = "Show stack traces for errors.")
  boolean verbose;
}

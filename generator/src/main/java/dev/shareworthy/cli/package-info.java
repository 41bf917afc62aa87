/** The command line: a thin picocli adapter over {@link dev.shareworthy.Shareworthy}. */
package dev.shareworthy.cli;

/**
 * Reports of a check run: text, JSON, SARIF 2.1.0, JUnit XML and a self-contained HTML page, each a plain
 * function of an immutable {@link dev.shareworthy.check.CheckReport}; and RULES.md from the rule metadata.
 */
package dev.shareworthy.report;

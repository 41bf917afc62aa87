package dev.shareworthy.check;

import java.util.Comparator;

/**
 * One thing a rule found on one page.
 *
 * @param rule the rule's public id, such as {@code thin-content}
 * @param source the source file relative to the site folder with forward slashes ({@code content/posts/x.md}),
 *     or for {@code check --html} the HTML file relative to the checked folder
 * @param line the 1-based line in {@link #source}, or 0 when it cannot be known
 * @param page the page's URL path, such as {@code /posts/x/}
 * @param message what was measured against which limit: "Post has 120 words (minimum is 300)"
 * @param hint how to fix it
 */
public record Finding(String rule, Category category, Severity severity, String source, int line, String page,
    String message, String hint) {

  /** Stable report order: file, line, rule, then message. */
  public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::source)
      .thenComparingInt(Finding::line).thenComparing(Finding::rule).thenComparing(Finding::message);

  /** {@code path:line} as IDEs and CI logs link it; just the path when the line is unknown. */
  public String location() {
    return line > 0 ? source + ":" + line : source;
  }
}

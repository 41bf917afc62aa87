package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import java.util.ArrayList;
import java.util.List;

/** Pages missing the four Open Graph tags every network's preview needs. */
public final class MissingOpenGraphRule implements Rule {

  static final List<String> REQUIRED = List.of("og:title", "og:type", "og:image", "og:url");

  static final RuleInfo INFO = new RuleInfo("missing-open-graph", Category.SHARE_METADATA, Severity.WARNING,
      "Checks for og:title, og:type, og:image and og:url in the page's head.",
      "Facebook, LinkedIn, Slack and most chat apps build their previews from Open Graph; without it they guess.",
      "Use a theme that writes Open Graph tags (the default theme does), or add them to your head template.",
      Thresholds.none());

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PageContext page, Reporter out) {
    List<String> missing = new ArrayList<>();
    for (String p : REQUIRED) {
      if (!page.share().has(p)) {
        missing.add(p);
      }
    }
    if (!missing.isEmpty()) {
      out.report(page.keyLine("title"), "Page lacks " + String.join(", ", missing) + " (Open Graph needs all "
          + REQUIRED.size() + ")");
    }
  }
}

package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import dev.shareworthy.check.SiteWideRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Two pages with the same title or the same description: previews and search results cannot tell them apart. */
public final class DuplicateMetadataRule implements SiteWideRule<DuplicateMetadataRule.Metadata> {

  static final RuleInfo INFO = new RuleInfo("duplicate-metadata", Category.CONTENT, Severity.WARNING,
      "Finds pages that share a title or a description with another page.",
      "Two posts that look the same in a feed or a preview compete with each other, and readers cannot tell "
          + "which one to share.",
      "Give each post its own title and description, saying what that post alone offers.",
      Thresholds.none());

  /** A page's title and description, normalised for comparison, with their lines. */
  public record Metadata(String path, String title, String description,
      java.util.function.Supplier<dev.shareworthy.check.SourceLines> lines) {

    int line(String... keys) {
      dev.shareworthy.check.SourceLines l = lines.get();
      return l == null ? 0 : l.keyLine(keys);
    }
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Metadata collect(PageContext page, Reporter out) {
    String description = page.post() != null && !page.post().hasDescription() ? null : page.share().description();
    return new Metadata(page.path(), normal(page.title()), normal(description), page.linesLater());
  }

  @Override
  public void checkSite(List<Collected<Metadata>> pages) {
    Map<String, List<Collected<Metadata>>> titles = new LinkedHashMap<>();
    Map<String, List<Collected<Metadata>>> descriptions = new LinkedHashMap<>();
    for (Collected<Metadata> c : pages) {
      if (c.value().title() != null) {
        titles.computeIfAbsent(c.value().title(), k -> new ArrayList<>()).add(c);
      }
      if (c.value().description() != null) {
        descriptions.computeIfAbsent(c.value().description(), k -> new ArrayList<>()).add(c);
      }
    }
    report(titles, "title", true);
    report(descriptions, "description", false);
  }

  private static void report(Map<String, List<Collected<Metadata>>> groups, String what, boolean title) {
    for (List<Collected<Metadata>> group : groups.values()) {
      if (group.size() < 2) {
        continue;
      }
      for (Collected<Metadata> c : group) {
        List<String> others = new ArrayList<>();
        for (Collected<Metadata> o : group) {
          if (o != c) {
            others.add(o.out().source());
          }
        }
        String shown = others.size() <= 3 ? String.join(", ", others)
            : String.join(", ", others.subList(0, 3)) + " and " + (others.size() - 3) + " more";
        c.out().report(title ? c.value().line("title") : c.value().line("description", "summary"), "Same " + what + " as "
            + shown);
      }
    }
  }

  private static String normal(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    return Texts.collapse(s.strip().toLowerCase(Locale.ROOT));
  }
}

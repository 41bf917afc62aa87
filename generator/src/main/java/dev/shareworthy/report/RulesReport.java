package dev.shareworthy.report;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The list of rules, from their metadata: as {@code shareworthy rules} prints it, and as Markdown, which is
 * {@code generator/RULES.md}.
 */
public final class RulesReport {

  private RulesReport() {}

  /** One block per rule: id, category and default severity, then what it finds, why it matters, the fix and thresholds. */
  public static String text(List<RuleInfo> rules) {
    StringBuilder out = new StringBuilder();
    for (RuleInfo rule : rules) {
      if (!out.isEmpty()) {
        out.append('\n');
      }
      out.append(rule.id()).append(" (").append(rule.category().id()).append(", ")
          .append(rule.defaultSeverity().id()).append(rule.html() ? "" : ", not with --html").append(")\n");
      out.append("  ").append(rule.description()).append('\n');
      out.append("  Why: ").append(rule.why()).append('\n');
      out.append("  Fix: ").append(rule.hint()).append('\n');
      if (!rule.thresholds().isEmpty()) {
        out.append("  Thresholds: ").append(rule.thresholds().entrySet().stream()
            .map(t -> t.getKey() + " " + plain(t.getValue())).collect(Collectors.joining(", "))).append('\n');
      }
    }
    return out.toString();
  }

  /** RULES.md: a table of every rule, then a section per category with each rule's details. */
  public static String markdown(List<RuleInfo> rules) {
    StringBuilder md = new StringBuilder();
    md.append("# Shareworthy rules\n\n");
    md.append("<!-- Generated from the rules' metadata by `shareworthy rules --format markdown`; do not edit. -->\n\n");
    md.append("`shareworthy check` runs ").append(rules.size()).append(" rules over every post and page. ")
        .append("Each has a stable id, a category, a default severity (`off`, `info`, `warning` or `error`) and ")
        .append("default thresholds. `site.yaml`'s `checks:` section changes the severity and thresholds per rule ")
        .append("id and sets `failOn`; a post's front matter can ignore rules with a reason. ")
        .append("The README's \"Quality checks\" section shows how.\n\n");
    md.append("`check --html DIR` runs the rules marked \"yes\" under *--html* over any built site; the others need ")
        .append("a post's Markdown and front matter.\n\n");
    md.append("| rule | category | default severity | --html | what it finds |\n|---|---|---|---|---|\n");
    for (RuleInfo rule : rules) {
      md.append("| [`").append(rule.id()).append("`](#").append(rule.id()).append(") | ")
          .append(rule.category().id()).append(" | ").append(rule.defaultSeverity().id()).append(" | ")
          .append(rule.html() ? "yes" : "no").append(" | ").append(cell(text(rule.description()))).append(" |\n");
    }
    for (Category category : Category.values()) {
      List<RuleInfo> inCategory = new ArrayList<>();
      for (RuleInfo rule : rules) {
        if (rule.category() == category) {
          inCategory.add(rule);
        }
      }
      if (inCategory.isEmpty()) {
        continue;
      }
      md.append("\n## ").append(title(category)).append("\n");
      for (RuleInfo rule : inCategory) {
        md.append("\n### ").append(rule.id()).append("\n\n");
        md.append(text(rule.description())).append("\n\n");
        md.append("- **Category:** ").append(rule.category().id()).append("; **default severity:** ")
            .append(rule.defaultSeverity().id()).append("; **with --html:** ").append(rule.html() ? "yes" : "no")
            .append('\n');
        md.append("- **Why it matters:** ").append(text(rule.why())).append('\n');
        md.append("- **How to fix:** ").append(text(rule.hint())).append('\n');
        if (rule.thresholds().isEmpty()) {
          md.append("- **Thresholds:** none\n");
        } else {
          md.append("- **Thresholds:**\n");
          for (Map.Entry<String, Object> t : rule.thresholds().entrySet()) {
            md.append("  - `").append(t.getKey()).append("`: ").append(markdownValue(t.getValue())).append('\n');
          }
        }
      }
    }
    return md.toString();
  }

  private static String title(Category category) {
    return switch (category) {
      case CONTENT -> "Content";
      case SHARE_METADATA -> "Share metadata";
      case SPAM -> "Spammy or shady layout";
      case LINKS -> "Links and images";
    };
  }

  /** Metadata quotes tags such as {@code <title>}: in Markdown they would be HTML, so they are escaped. */
  private static String text(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  private static String plain(Object value) {
    if (value instanceof Iterable<?> items) {
      List<String> parts = new ArrayList<>();
      items.forEach(i -> parts.add("\"" + i + "\""));
      return "[" + String.join(", ", parts) + "]";
    }
    return String.valueOf(value);
  }

  private static String markdownValue(Object value) {
    if (value instanceof Iterable<?> items) {
      List<String> parts = new ArrayList<>();
      items.forEach(i -> parts.add("`" + i + "`"));
      return String.join(", ", parts);
    }
    return "`" + value + "`";
  }
}

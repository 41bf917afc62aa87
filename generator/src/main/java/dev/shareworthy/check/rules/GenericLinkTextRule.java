package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/** Links whose text says nothing about where they go: "click here", "read more". */
public final class GenericLinkTextRule implements Rule {

  static final RuleInfo INFO = new RuleInfo("generic-link-text", Category.SPAM, Severity.WARNING,
      "Finds links whose whole text is generic, such as \"click here\" or \"read more\".",
      "Readers scanning a page (and screen readers listing its links) cannot tell where \"here\" goes, and "
          + "search engines learn nothing from it.",
      "Link the words that name the destination: \"the [2024 referral survey](...)\" instead of \"[here](...)\".",
      Thresholds.of("phrases", List.of("click here", "here", "read more", "more", "learn more", "this",
          "click", "link", "this link", "this page", "go", "see more", "continue", "click this", "tap here",
          "find out more", "details", "more info", "info")));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /**
   * Link text as the phrases are written: lower case, anything but letters and digits a space, one space between
   * words. A loop: the two regular expressions it replaces cost more than the rest of the rule.
   */
  static String normal(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean space = false;
    for (int i = 0; i < lower.length(); ) {
      int c = lower.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      boolean keep = Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER
          || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
      if (keep) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.appendCodePoint(c);
      } else {
        space = true;
      }
    }
    return out.toString();
  }

  @Override
  public void check(PageContext page, Reporter out) {
    List<String> phrases = out.list("phrases");
    for (Element a : page.links()) {
      String text = normal(a.text());
      if (!text.isEmpty() && phrases.contains(text)) {
        out.report(page.lineOf(a), "Link text \"" + a.text().strip() + "\" does not say where it goes ("
            + a.attr("href") + ")");
      }
    }
  }
}

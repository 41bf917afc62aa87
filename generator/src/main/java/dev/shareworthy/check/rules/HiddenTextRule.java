package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Text hidden by inline style: an old spam trick that search engines punish. */
public final class HiddenTextRule implements Rule {

  private static final Pattern HIDING = Pattern.compile("(?i)(?:^|;|\\s)\\s*(?:"
      + "display\\s*:\\s*none"
      + "|visibility\\s*:\\s*hidden"
      + "|font-size\\s*:\\s*0*(?:\\.0+)?\\s*(?:px|em|rem|pt|%)?\\s*(?:;|$|!)"
      + "|text-indent\\s*:\\s*-\\s*\\d{3,}"
      + "|(?:left|top|right)\\s*:\\s*-\\s*\\d{3,}"
      + "|color\\s*:\\s*transparent"
      + "|opacity\\s*:\\s*0*(?:\\.0+)?\\s*(?:;|$|!)"
      + "|(?:height|max-height|width)\\s*:\\s*0+(?:px)?\\s*(?:;|$|!)"
      + "|clip\\s*:\\s*rect\\(\\s*0)");

  static final RuleInfo INFO = new RuleInfo("hidden-text", Category.SPAM, Severity.WARNING,
      "Finds body text hidden by an inline style: display none, zero font size, off-screen, transparent.",
      "Hidden text is a keyword-stuffing trick; search engines and link scanners treat pages with it as spam.",
      "Remove the hidden text, or show it; if it is meant for screen readers, use a visually-hidden class.",
      Thresholds.none());

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PageContext page, Reporter out) {
    for (Element e : page.styled()) {
      String style = e.attr("style");
      if (!e.text().isBlank() && HIDING.matcher(style).find()) {
        out.report(page.lineOf(e), "Text is hidden by style=\"" + style.strip() + "\": \""
            + Texts.shorten(e.text(), 60) + "\"");
      }
    }
  }
}

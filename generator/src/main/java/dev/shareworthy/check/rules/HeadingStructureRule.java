package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** More than one h1, or a heading level skipped: an outline readers and machines cannot follow. */
public final class HeadingStructureRule implements Rule {


  static final RuleInfo INFO = new RuleInfo("heading-structure", Category.SPAM, Severity.WARNING,
      "Checks the page's outline: one h1 (the title), and no skipped levels such as an h4 right after an h2.",
      "A clean outline lets readers scan and screen readers navigate; pages stuffed with h1s look like SEO "
          + "spam.",
      "Start the post's sections at '##' (h2) since the title is the h1, and go down one level at a time.",
      Thresholds.none());

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PageContext page, Reporter out) {
    Element region = page.firstArticle();
    if (region == null) {
      region = page.content();
    }
    List<Element> h1s = page.bodyHeadings();
    if (h1s.size() > 1) {
      Element second = h1s.get(1);
      out.report(page.lineOf(second), "Page has " + h1s.size() + " h1 headings (maximum is 1): \""
          + Texts.shorten(second.text(), 60) + "\"");
    }
    int previous = 0;
    List<Element> headings = new ArrayList<>();
    headings(region, headings);
    for (Element h : headings) {
      if (inNonContent(h, region)) {
        continue;
      }
      int level = h.normalName().charAt(1) - '0';
      if (previous > 0 && level > previous + 1) {
        out.report(page.lineOf(h), "Heading h" + level + " \"" + Texts.shorten(h.text(), 60) + "\" follows an h"
            + previous + " (use h" + (previous + 1) + ")");
      }
      previous = level;
    }
  }

  /** The h1 to h6 elements under an element, in document order: a walk, cheaper than a query per page. */
  private static void headings(Element parent, List<Element> out) {
    for (int i = 0, count = parent.childNodeSize(); i < count; i++) {
      org.jsoup.nodes.Node n = parent.childNode(i);
      if (n instanceof Element e) {
        String name = e.normalName();
        if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
          out.add(e);
        }
        headings(e, out);
      }
    }
  }

  private static boolean inNonContent(Element h, Element region) {
    for (Element a = h.parent(); a != null && a != region; a = a.parent()) {
      String n = a.normalName();
      if (n.equals("nav") || n.equals("aside") || n.equals("footer")) {
        return true;
      }
    }
    return false;
  }
}

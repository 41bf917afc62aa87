package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import dev.shareworthy.check.Words;
import org.jsoup.nodes.Element;

/** Pages that are mostly links: link farms and affiliate lists rather than writing. */
public final class LinkDensityRule implements Rule {

  static final RuleInfo INFO = new RuleInfo("link-density", Category.SPAM, Severity.WARNING,
      "Counts links per 100 words of body text and the share of the text that is link text (in-page anchors "
          + "aside).",
      "A page that is mostly links reads as a link farm; readers share writing, not lists of other people's "
          + "URLs.",
      "Say something about each link: why it matters and what the reader finds there; keep only the best.",
      Thresholds.of("maxLinksPer100Words", 5.0, "maxLinkedTextShare", 30));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PageContext page, Reporter out) {
    int words = page.words();
    if (words == 0) {
      return;
    }
    int links = 0;
    int linkedWords = 0;
    for (Element a : page.links()) {
      if (a.attr("href").startsWith("#")) {
        continue; // footnotes and the table of contents
      }
      links++;
      linkedWords += Words.count(a.text());
    }
    double maxLinks = out.number("maxLinksPer100Words");
    double maxShare = out.number("maxLinkedTextShare");
    if (links * 100.0 > maxLinks * words && links > 1) {
      out.report(page.bodyLine(), links + " links in " + words + " words (" + Texts.fixed(links * 100.0 / words, 1)
          + " per 100 words; maximum is " + trim(maxLinks) + ")");
    } else if (linkedWords * 100.0 > maxShare * words) {
      out.report(page.bodyLine(), linkedWords + " of " + words + " words are link text ("
          + Texts.fixed(linkedWords * 100.0 / words, 0) + "%; maximum is " + trim(maxShare) + "%)");
    }
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}

package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import java.util.Locale;
import org.jsoup.nodes.Element;

/** Plain http links and images: browsers warn about mixed content and readers about the insecure site. */
public final class InsecureLinkRule implements Rule {

  static final RuleInfo INFO = new RuleInfo("insecure-link", Category.SPAM, Severity.WARNING,
      "Finds http:// links, images and embeds in the body (localhost and example domains aside).",
      "Browsers block or flag http images on an https page, and an insecure link makes the post look careless.",
      "Use the https:// address; nearly every site has one now.",
      Thresholds.none());

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PageContext page, Reporter out) {
    for (Element e : page.linkTargets()) {
      String url = e.normalName().equals("a") ? e.attr("href") : e.attr("src");
      if (!url.strip().toLowerCase(Locale.ROOT).startsWith("http://")) {
        continue;
      }
      String host = Texts.host(url);
      if (host == null || Texts.localOrExample(host)) {
        continue;
      }
      String what = e.normalName().equals("a") ? "Link" : e.normalName().equals("img") ? "Image" : "Embedded "
          + e.normalName();
      out.report(page.lineOf(e), what + " uses insecure http: " + url.strip());
    }
  }
}

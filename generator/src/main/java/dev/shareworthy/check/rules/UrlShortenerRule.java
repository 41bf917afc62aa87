package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import java.util.List;
import org.jsoup.nodes.Element;

/** Links through URL shorteners, which hide where a reader goes and look like spam in feeds. */
public final class UrlShortenerRule implements Rule {

  static final RuleInfo INFO = new RuleInfo("url-shortener", Category.SPAM, Severity.WARNING,
      "Finds links through URL shorteners such as bit.ly or t.co.",
      "Shortened links hide where they go, so careful readers do not click them and spam filters flag them.",
      "Link to the real address; shorteners add nothing on a web page.",
      Thresholds.of("domains", List.of("bit.ly", "tinyurl.com", "goo.gl", "t.co", "ow.ly", "is.gd", "buff.ly",
          "rebrand.ly", "cutt.ly", "shorturl.at", "tiny.cc", "rb.gy", "bl.ink", "t.ly", "lnkd.in", "dlvr.it",
          "trib.al", "v.gd", "clck.ru", "shorte.st", "adf.ly", "s.id", "short.io", "tr.im")));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PageContext page, Reporter out) {
    List<String> domains = out.list("domains");
    for (Element a : page.links()) {
      String host = Texts.host(a.attr("href"));
      if (host != null && Texts.hostIn(host, domains)) {
        out.report(page.lineOf(a), "Link goes through the URL shortener " + host + ": " + a.attr("href"));
      }
    }
  }
}

package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Scripts loaded from other domains: trackers and ad code that slow the page and leak readers' data. */
public final class ThirdPartyScriptRule implements Rule {

  static final RuleInfo INFO = new RuleInfo("third-party-script", Category.SPAM, Severity.WARNING,
      "Finds <script src> elements loaded from another domain than the site's.",
      "Third-party scripts slow the page, track readers and are blocked by many browsers; shared pages that "
          + "load slowly lose the visitor.",
      "Serve the script from your own site, or drop it; list domains you trust under allowedDomains.",
      Thresholds.of("allowedDomains", List.of()));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PageContext page, Reporter out) {
    String own = page.site().host();
    List<String> allowed = out.list("allowedDomains");
    Set<String> reported = new LinkedHashSet<>();
    for (Element s : page.scripts()) {
      if (!s.hasAttr("src")) {
        continue;
      }
      String host = Texts.host(s.attr("src"));
      if (host == null || (own != null && (host.equals(own) || host.endsWith("." + own)))
          || Texts.hostIn(host, allowed) || !reported.add(host)) {
        continue;
      }
      int line = page.document().body() != null && s.parents().contains(page.content()) ? page.lineOf(s) : 0;
      out.report(line, "Page loads a script from " + host + ": " + s.attr("src"));
    }
  }
}

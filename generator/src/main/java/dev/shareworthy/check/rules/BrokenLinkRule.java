package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import dev.shareworthy.check.SiteIndex;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Internal links, anchors and images that lead nowhere in the built site. */
public final class BrokenLinkRule implements Rule {

  static final RuleInfo INFO = new RuleInfo("broken-link", Category.LINKS, Severity.ERROR,
      "Follows every internal link, anchor and image of the body into the built site.",
      "A broken link or image on a shared page makes the writer look careless, and the reader leaves.",
      "Fix the address, or remove the link; for anchors, link to a heading id that exists.",
      Thresholds.none());

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PageContext page, Reporter out) {
    Set<String> seen = new HashSet<>();
    for (Element e : page.linkTargets()) {
      if (e.normalName().equals("iframe")) {
        continue; // another site's page, shown in this one: not a link of this site's to resolve
      }
      boolean link = e.normalName().equals("a");
      String url = link ? e.attr("href") : e.attr("src");
      if (!seen.add(url)) {
        continue;
      }
      String what = link ? "Link" : "Image";
      if (url.strip().startsWith("#")) {
        String id = decode(url.strip().substring(1));
        if (!id.isEmpty() && !id.equals("top") && !page.hasId(id)) {
          out.report(page.lineOf(e), "Link to #" + id + " finds no element with that id on the page");
        }
        continue;
      }
      SiteIndex.Target t = page.site().resolve(page.path(), url);
      if (t == null) {
        continue; // another site: not checked offline
      }
      if (t.problem() != null) {
        out.report(page.lineOf(e), what + " " + url + " is broken: " + t.problem());
      } else if (!t.exists()) {
        out.report(page.lineOf(e), what + " " + url + " does not resolve: no "
            + page.site().relative(t.file()) + " in the built site");
      } else if (link && t.fragment() != null && !t.fragment().isEmpty() && !t.fragment().equals("top")
          && t.file().getFileName().toString().endsWith(".html") && !page.site().hasAnchor(t.file(), t.fragment())) {
        out.report(page.lineOf(e), "Link " + url + " points to #" + t.fragment()
            + ", which that page does not have");
      }
    }
  }

  private static String decode(String s) {
    try {
      return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}

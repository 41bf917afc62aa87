package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import java.util.List;
import java.util.Locale;

/** A canonical link that is missing, not absolute https, or carries tracking parameters. */
public final class CanonicalUrlRule implements Rule {

  static final RuleInfo INFO = new RuleInfo("canonical-url", Category.SHARE_METADATA, Severity.WARNING,
      "Checks the canonical link: present, absolute https (which needs an https base URL), no tracking "
          + "parameters.",
      "Networks and search engines merge shares and rankings under the canonical URL; a wrong one splits or "
          + "loses them.",
      "Set baseUrl in site.yaml to the absolute https URL the site is published at, and keep query parameters "
          + "out of 'canonical'.",
      Thresholds.of("trackingParameters", List.of("utm_source", "utm_medium", "utm_campaign", "utm_term",
          "utm_content", "utm_id", "gclid", "fbclid", "msclkid", "dclid", "mc_cid", "mc_eid", "igshid", "yclid",
          "_hsenc", "_hsmi", "ref")));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PageContext page, Reporter out) {
    String base = page.site().baseUrl();
    if (page.share().hasCanonical() && !page.share().canonical().isEmpty()
        && page.share().canonical().toLowerCase(Locale.ROOT).startsWith("https://")
        && page.share().canonical().indexOf('?') < 0) {
      return; // the usual case, decided without reading the source
    }
    int line = page.lines() != null && page.lines().hasKey("canonical") ? page.keyLine("canonical") : 0;
    if (!page.share().hasCanonical() || page.share().canonical().isEmpty()) {
      out.report(line, "Page has no canonical link");
      return;
    }
    String canonical = page.share().canonical();
    if (!canonical.toLowerCase(Locale.ROOT).startsWith("https://")) {
      boolean fromBase = base != null && !base.toLowerCase(Locale.ROOT).startsWith("https://");
      out.report(Severity.ERROR, line, "Canonical URL " + canonical + " is not absolute https"
          + (fromBase ? " (base URL is " + base + ")" : ""));
    }
    int q = canonical.indexOf('?');
    if (q >= 0) {
      String query = canonical.substring(q + 1);
      int hash = query.indexOf('#');
      query = hash >= 0 ? query.substring(0, hash) : query;
      List<String> tracking = out.list("trackingParameters");
      for (String pair : query.split("&")) {
        String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
        if (tracking.contains(name.toLowerCase(Locale.ROOT))) {
          out.report(Severity.ERROR, line, "Canonical URL " + canonical + " carries the tracking parameter "
              + name);
          break;
        }
      }
    }
  }
}

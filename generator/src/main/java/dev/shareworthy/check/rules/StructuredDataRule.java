package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.jsoup.nodes.Element;

/** JSON-LD structured data: missing, or written so that no parser can read it. */
public final class StructuredDataRule implements Rule {

  private static final ObjectMapper JSON = new ObjectMapper();

  static final RuleInfo INFO = new RuleInfo("structured-data", Category.SHARE_METADATA, Severity.WARNING,
      "Checks for JSON-LD structured data (<script type=\"application/ld+json\">) that parses and names a @type; "
          + "posts must have it, standalone pages and listings need not.",
      "Search engines and some apps build rich results (author, date, image) from structured data; "
          + "unreadable JSON-LD is ignored entirely.",
      "Use a theme that writes JSON-LD (the default theme does), and check custom JSON-LD with a JSON "
          + "validator.",
      Thresholds.none());

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PageContext page, Reporter out) {
    List<Element> scripts = new java.util.ArrayList<>();
    for (Element s : page.scripts()) {
      if (s.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
        scripts.add(s);
      }
    }
    if (scripts.isEmpty()) {
      if (expectsArticleData(page)) {
        out.report(0, "Page has no JSON-LD structured data");
      }
      return;
    }
    for (Element s : scripts) {
      JsonNode node;
      try {
        node = JSON.readTree(s.data());
      } catch (JsonProcessingException e) {
        out.report(Severity.ERROR, 0, "JSON-LD does not parse: " + e.getOriginalMessage());
        continue;
      }
      if (node == null || node.isMissingNode()) {
        out.report(Severity.ERROR, 0, "JSON-LD script is empty");
      } else if (!hasType(node)) {
        out.report(0, "JSON-LD has no @type, so no one knows what it describes");
      }
    }
  }

  /**
   * Rich results are built for articles: a post always wants JSON-LD, a standalone page such as About does not,
   * and a page of another generator unless its Open Graph type says it is a website (a home or listing page).
   */
  private static boolean expectsArticleData(PageContext page) {
    return switch (page.kind()) {
      case POST -> true;
      case PAGE -> false;
      case HTML -> !"website".equalsIgnoreCase(page.share().get("og:type"));
    };
  }

  private static boolean hasType(JsonNode node) {
    if (node.isArray()) {
      for (JsonNode n : node) {
        if (!hasType(n)) {
          return false;
        }
      }
      return node.size() > 0;
    }
    if (node.has("@graph")) {
      return hasType(node.get("@graph"));
    }
    return node.isObject() && node.has("@type");
  }
}

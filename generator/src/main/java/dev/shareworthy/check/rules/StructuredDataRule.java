package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jsoup.nodes.Element;

/** JSON-LD structured data: missing, or written so that no parser can read it. */
public final class StructuredDataRule implements Rule {

  // The streaming parser alone: a tree of every page's JSON-LD was built only to be looked at once, and
  // databind's ObjectMapper took about 0.13 s to load and set up before the first page.
  private final JsonFactory json = new JsonFactory();

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
      Typed typed;
      try {
        typed = typed(s.data());
      } catch (JsonProcessingException e) {
        out.report(Severity.ERROR, 0, "JSON-LD does not parse: " + e.getOriginalMessage());
        continue;
      }
      if (typed == Typed.EMPTY) {
        out.report(Severity.ERROR, 0, "JSON-LD script is empty");
      } else if (typed == Typed.NO) {
        out.report(0, "JSON-LD has no @type, so no one knows what it describes");
      }
    }
  }

  enum Typed { YES, NO, EMPTY }

  /**
   * Whether the first JSON value of a script names what it describes: an object with a {@code @type}, or its
   * {@code @graph} (the last one, when written twice) does; an array when it has items and each one does. What
   * follows the first value is not read, as a JSON-LD processor reads one value per script.
   *
   * @throws JsonProcessingException where the first value is not JSON
   */
  Typed typed(String script) throws JsonProcessingException {
    try (JsonParser p = json.createParser(script)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return Typed.EMPTY;
      }
      boolean typed = typed(p, first);
      p.finishToken(); // a string is read when the next token is asked for: a last one must be read too
      return typed ? Typed.YES : Typed.NO;
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string cannot fail to be read
    }
  }

  /**
   * Whether the value starting at {@code token} is typed. All of it is read, so its syntax is checked, and in the
   * order databind reads a tree (field names with {@code nextFieldName}), so a broken script gets the same
   * message. The parser limits nesting, which bounds the recursion.
   */
  private static boolean typed(JsonParser p, JsonToken token) throws IOException {
    if (token == JsonToken.START_ARRAY) {
      boolean all = true;
      int items = 0;
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
        all &= typed(p, t);
        items++;
      }
      return all && items > 0;
    }
    if (token != JsonToken.START_OBJECT) {
      return false;
    }
    boolean type = false;
    Boolean graph = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonToken value = p.nextToken();
      boolean valueTyped = typed(p, value); // read whatever the field holds, for its syntax
      if (name.equals("@graph")) {
        graph = valueTyped;
      } else {
        type |= name.equals("@type");
      }
    }
    return graph != null ? graph : type;
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

}

package dev.shareworthy.build;

import dev.shareworthy.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Redirect pages for old URLs ({@code aliases} in front matter): a meta refresh, a canonical link and noindex. */
final class AliasRedirects {

  private AliasRedirects() {}

  /** A redirect page to write: its file in the output folder and its HTML. */
  record Redirect(String file, String html) {}

  /**
   * The redirect pages of every post's and page's {@code aliases}.
   *
   * @param claimed files already taken by pages; an alias that would overwrite one is a problem
   */
  static List<Redirect> plan(SiteContent content, Set<String> claimed, List<Problem> problems) {
    List<Redirect> out = new ArrayList<>();
    Map<String, String> owners = new LinkedHashMap<>();
    record Aliased(String source, List<String> aliases, String target) {}
    List<Aliased> all = new ArrayList<>();
    content.posts().forEach(p -> all.add(new Aliased(p.source(), p.aliases(), p.permalink())));
    content.pages().forEach(p -> all.add(new Aliased(p.source(), p.aliases(), p.permalink())));
    for (Aliased a : all) {
      for (String alias : a.aliases()) {
        String path = alias.startsWith("/") ? alias : "/" + alias;
        if (!path.endsWith("/") && !path.endsWith(".html")) {
          path += "/";
        }
        if (path.contains("..")) {
          problems.add(new Problem(a.source(), 1, "alias '" + alias + "' must not contain '..'"));
          continue;
        }
        String file = PageJob.outputFileOf(path);
        String previous = owners.putIfAbsent(file, a.source());
        if (previous != null || !claimed.add(file)) {
          problems.add(new Problem(a.source(), 1, "alias '" + alias + "' is already the URL of "
              + (previous != null ? previous : "another page") + "; remove the alias"));
          continue;
        }
        out.add(new Redirect(file, redirectHtml(a.target())));
      }
    }
    return out;
  }

  private static String redirectHtml(String target) {
    String t = org.jsoup.nodes.Entities.escape(target);
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Moved to " + t + "</title>"
        + "<link rel=\"canonical\" href=\"" + t + "\"><meta name=\"robots\" content=\"noindex\">"
        + "<meta http-equiv=\"refresh\" content=\"0; url=" + t + "\"></head>"
        + "<body><p>This page has moved to <a href=\"" + t + "\">" + t + "</a>.</p></body></html>\n";
  }
}

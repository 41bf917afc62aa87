package dev.shareworthy.build;

import dev.shareworthy.share.Sharing;
import dev.shareworthy.Problem;
import dev.shareworthy.content.SiteConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every file a site's content turns into, before anything is rendered: the HTML pages and the alias redirects.
 *
 * @param claimed the output files of pages and redirects, which no static file may take
 */
record SitePlan(List<PageJob> jobs, Set<String> claimed, List<AliasRedirects.Redirect> redirects) {

  /**
   * Plans the pages of {@code content}.
   *
   * @throws dev.shareworthy.ShareworthyException when content takes the URL of a listing, or an alias a page's
   */
  static SitePlan of(SiteConfig site, SiteContent content, Sharing sharing) {
    List<PageJob> jobs = new PagePlanner(site, sharing).plan(content);
    Set<String> claimed = ConcurrentHashMap.newKeySet();
    claimed.addAll(sharing.files(content.posts()));
    List<Problem> problems = new ArrayList<>();
    Map<String, PageJob> byFile = new HashMap<>();
    for (PageJob job : jobs) {
      claimed.add(job.outputFile());
      PageJob other = byFile.putIfAbsent(job.outputFile(), job);
      if (other != null) {
        // Posts and pages never share a URL (checked when read); a clash is content against a listing.
        PageJob written = job.source() != null ? job : other;
        PageJob generated = written == job ? other : job;
        problems.add(new Problem(written.source(), 1, "has the URL " + written.path() + ", which is also the "
            + generated.template() + " page; give it another 'slug'"));
      }
    }
    List<AliasRedirects.Redirect> redirects = AliasRedirects.plan(content, claimed, problems);
    ContentLoader.failOn(problems);
    return new SitePlan(jobs, claimed, redirects);
  }
}

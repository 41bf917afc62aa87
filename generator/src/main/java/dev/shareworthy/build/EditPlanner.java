package dev.shareworthy.build;

import dev.shareworthy.content.Page;
import dev.shareworthy.content.Post;
import dev.shareworthy.content.SiteConfig;
import dev.shareworthy.content.Term;
import dev.shareworthy.share.Sharing;
import dev.shareworthy.template.ArchiveYear;
import dev.shareworthy.template.Pagination;
import dev.shareworthy.template.TermListing;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans a site's pages again after posts and pages were edited where they stand, for the dev server: the same
 * posts in the same order, each edited one a new record with its date and URL unchanged. Only the pages
 * that can show an edited post are planned again: the post's own page and its neighbours', its home page, the
 * pages and indexes of its terms before and after the edit, and the archive. Every other page keeps its job
 * instance from the last plan, so the session's check of its values is one identity comparison: an edit costs
 * what the pages showing it cost, not what the site does (10,000 posts have some 4,000 listing pages).
 *
 * <p>The plan it gives is the one {@link PagePlanner#plan} would: equal values, page for page.
 */
final class EditPlanner {

  private final SiteConfig site;
  private final PagePlanner planner;

  /** With the site settings and sharing the last plan was made with. */
  EditPlanner(SiteConfig site, Sharing sharing) {
    this.site = site;
    this.planner = new PagePlanner(site, sharing);
  }

  /**
   * @param before the content {@code previous} was planned from
   * @param previous the last plan, whose pages still hold {@code before}'s post instances
   * @return the new plan, with the same pages in the same order as {@code previous}; or null when the edit changes
   *     which posts are listed or where, which pages there are (a term gains its first post or loses its last, a
   *     listing gains or loses a page) or a term's name, and the whole site must be planned
   */
  List<PageJob> plan(SiteContent content, SiteContent before, List<PageJob> previous) {
    List<Post> posts = content.posts();
    List<Post> was = before.posts();
    int listsFrom = posts.size() + content.pages().size();
    if (posts.size() != was.size() || content.pages().size() != before.pages().size() || previous.size() < listsFrom) {
      return null;
    }
    Map<Post, Post> edited = new IdentityHashMap<>();
    boolean[] replan = new boolean[posts.size()];
    Set<Integer> homePages = new HashSet<>();
    for (int i = 0; i < posts.size(); i++) {
      Post now = posts.get(i);
      Post then = was.get(i);
      if (now == then) {
        continue;
      }
      if (!now.source().equals(then.source()) || !now.date().equals(then.date()) || !now.path().equals(then.path())
          || i > 0 && ContentLoader.POST_ORDER.compare(posts.get(i - 1), now) >= 0
          || i + 1 < posts.size() && ContentLoader.POST_ORDER.compare(now, posts.get(i + 1)) >= 0) {
        return null; // it may be listed elsewhere now
      }
      edited.put(then, now);
      for (int j = Math.max(0, i - 1); j <= Math.min(posts.size() - 1, i + 1); j++) {
        replan[j] = true; // the post and the neighbours that link it
      }
      homePages.add(i / site.postsPerPage() + 1);
    }
    List<PageJob> jobs = new ArrayList<>(previous.size());
    for (int i = 0; i < posts.size(); i++) {
      jobs.add(replan[i] ? planner.postJob(posts, i) : previous.get(i));
    }
    for (int i = 0; i < content.pages().size(); i++) {
      PageJob job = previous.get(posts.size() + i);
      Page page = content.pages().get(i);
      jobs.add(job.values().get("entry") == page ? job : planner.pageJob(page));
    }
    Lists lists = new Lists(edited);
    for (int k = listsFrom; k < previous.size(); k++) {
      PageJob job = lists.next(previous.get(k), posts, homePages);
      if (job == null) {
        return null;
      }
      jobs.add(job);
    }
    return lists.allFound() ? jobs : null;
  }

  /** The listing pages of the new plan, worked out as the walk through the last plan's reaches them. */
  private final class Lists {

    private final Map<Post, Post> edited;
    /** The slugs of the terms the edited posts had or have, by taxonomy name. */
    private final Map<String, Set<String>> touched = new HashMap<>();
    private final Map<String, Set<String>> found = new HashMap<>();
    /** The new pages of each touched term, by taxonomy name and slug; a null list when the term changes shape. */
    private final Map<String, List<PageJob>> termPages = new HashMap<>();
    private final Map<String, TermListing> listings = new HashMap<>();
    private List<PageJob> archive;
    private int archiveAt;

    Lists(Map<Post, Post> edited) {
      this.edited = edited;
      for (PagePlanner.Taxonomy taxonomy : PagePlanner.TAXONOMIES) {
        Set<String> slugs = new HashSet<>();
        edited.forEach((then, now) -> {
          taxonomy.termsOf().apply(then).forEach(t -> slugs.add(t.slug()));
          taxonomy.termsOf().apply(now).forEach(t -> slugs.add(t.slug()));
        });
        touched.put(taxonomy.name(), slugs);
        found.put(taxonomy.name(), new HashSet<>());
      }
    }

    /** The job that takes the place of {@code job}, a listing page of the last plan; null when there is none. */
    PageJob next(PageJob job, List<Post> posts, Set<Integer> homePages) {
      Map<String, Object> values = job.values();
      switch (job.template()) {
        case "list" -> {
          int n = ((Pagination) values.get("pagination")).number();
          TermListing term = (TermListing) values.get("term");
          if (term == null) {
            return homePages.contains(n) ? planner.homePage(posts, n) : job;
          }
          PagePlanner.Taxonomy taxonomy = taxonomy((String) values.get("taxonomy"));
          if (!touched.get(taxonomy.name()).contains(term.slug())) {
            return job;
          }
          List<PageJob> pages = termPages.computeIfAbsent(taxonomy.name() + "/" + term.slug(), key -> {
            TermListing listing = relisted(taxonomy, term);
            return listing == null ? null : planner.termPages(taxonomy, listing);
          });
          return pages == null || n > pages.size() ? null : pages.get(n - 1);
        }
        case "terms" -> {
          PagePlanner.Taxonomy taxonomy = taxonomy((String) values.get("taxonomy"));
          Set<String> slugs = touched.get(taxonomy.name());
          if (slugs.isEmpty()) {
            return job;
          }
          @SuppressWarnings("unchecked")
          List<TermListing> terms = new ArrayList<>((List<TermListing>) values.get("terms"));
          for (int i = 0; i < terms.size(); i++) {
            if (slugs.contains(terms.get(i).slug())) {
              TermListing listing = relisted(taxonomy, terms.get(i));
              if (listing == null) {
                return null;
              }
              terms.set(i, listing);
            }
          }
          return planner.termsIndex(taxonomy, terms);
        }
        case "archive" -> {
          if (edited.isEmpty()) {
            return job;
          }
          if (archive == null) {
            @SuppressWarnings("unchecked")
            List<ArchiveYear> years = (List<ArchiveYear>) values.get("years");
            archive = planner.archivePages(refiled(years));
          }
          return archiveAt < archive.size() ? archive.get(archiveAt++) : null;
        }
        default -> {
          return job; // the 404 page shows no post
        }
      }
    }

    /** Whether every touched term was one the site had: a new term means new pages. */
    boolean allFound() {
      return touched.equals(found);
    }

    /**
     * A term's listing with the edited posts in their new versions: in their place when they still have the term,
     * gone when not, put in order when they gained it. Null when that changes its pages or its name.
     */
    private TermListing relisted(PagePlanner.Taxonomy taxonomy, TermListing old) {
      String key = taxonomy.name() + "/" + old.slug();
      if (listings.containsKey(key)) {
        return listings.get(key);
      }
      found.get(taxonomy.name()).add(old.slug());
      List<Post> posts = new ArrayList<>(old.count() + edited.size());
      for (Post post : old.posts()) {
        if (!edited.containsKey(post)) {
          posts.add(post);
        }
      }
      for (Post now : edited.values()) {
        if (termIn(taxonomy, now, old.slug()) != null) {
          int at = Collections.binarySearch(posts, now, ContentLoader.POST_ORDER);
          posts.add(at < 0 ? -at - 1 : at, now);
        }
      }
      TermListing listing = null;
      if (!posts.isEmpty() && planner.pageCount(posts.size()) == planner.pageCount(old.count())) {
        // The name is as the newest post with the term writes it.
        String name = termIn(taxonomy, posts.get(0), old.slug()).name();
        listing = name.equals(old.name()) ? new TermListing(name, old.slug(), old.url(), posts) : null;
      }
      listings.put(key, listing);
      return listing;
    }

    /** The archive's years with the edited posts in their new versions; the years they are in are new records. */
    private List<ArchiveYear> refiled(List<ArchiveYear> years) {
      Set<Integer> changed = new HashSet<>();
      edited.keySet().forEach(post -> changed.add(planner.yearOf(post)));
      List<ArchiveYear> out = new ArrayList<>(years.size());
      for (ArchiveYear year : years) {
        if (!changed.contains(year.year())) {
          out.add(year);
          continue;
        }
        List<Post> posts = new ArrayList<>(year.count());
        year.posts().forEach(post -> posts.add(edited.getOrDefault(post, post)));
        out.add(new ArchiveYear(year.year(), year.url(), posts));
      }
      return out;
    }
  }

  private static PagePlanner.Taxonomy taxonomy(String name) {
    for (PagePlanner.Taxonomy taxonomy : PagePlanner.TAXONOMIES) {
      if (taxonomy.name().equals(name)) {
        return taxonomy;
      }
    }
    throw new IllegalStateException("no taxonomy " + name);
  }

  private static Term termIn(PagePlanner.Taxonomy taxonomy, Post post, String slug) {
    for (Term term : taxonomy.termsOf().apply(post)) {
      if (term.slug().equals(slug)) {
        return term;
      }
    }
    return null;
  }
}

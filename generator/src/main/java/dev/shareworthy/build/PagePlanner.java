package dev.shareworthy.build;

import dev.shareworthy.content.Page;
import dev.shareworthy.content.Post;
import dev.shareworthy.content.SiteConfig;
import dev.shareworthy.content.Term;
import dev.shareworthy.share.Sharing;
import dev.shareworthy.template.ArchiveYear;
import dev.shareworthy.template.PageInfo;
import dev.shareworthy.template.Pagination;
import dev.shareworthy.template.TermListing;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Decides which HTML pages a site has and what each template sees: posts, pages, the paginated home page,
 * tag and category pages with their indexes, the yearly archive and the 404 page.
 */
final class PagePlanner {

  private final SiteConfig site;
  private final Sharing sharing;

  PagePlanner(SiteConfig site, Sharing sharing) {
    this.site = site;
    this.sharing = sharing;
  }

  List<PageJob> plan(SiteContent content) {
    return plan(content, List.of());
  }

  /**
   * Plans the pages again after an edit, with the same site settings and sharing as {@code previous} was planned
   * with: a post whose record and neighbours are the same instances keeps its job, so comparing its values with
   * the last plan's is one identity check, not a walk through the post.
   */
  List<PageJob> plan(SiteContent content, List<PageJob> previous) {
    List<PageJob> jobs = new ArrayList<>();
    List<Post> posts = content.posts();
    for (int i = 0; i < posts.size(); i++) {
      Post post = posts.get(i);
      Post newer = i > 0 ? posts.get(i - 1) : null;
      Post older = i + 1 < posts.size() ? posts.get(i + 1) : null;
      PageJob was = i < previous.size() ? previous.get(i) : null;
      if (was != null && was.values().get("post") == post && was.values().get("newer") == newer
          && was.values().get("older") == older) {
        jobs.add(was);
        continue;
      }
      Map<String, Object> values = new HashMap<>();
      values.put("page", new PageInfo("post", post.title(), post.description(), post.url(), post.canonical(), post.image()));
      values.put("post", post);
      values.put("newer", newer);
      values.put("older", older);
      values.put("meta", sharing.metadata(post));
      values.put("share", sharing.block(post));
      jobs.add(new PageJob(post.path(), "post", values, true, iso(post.lastmod() != null ? post.lastmod() : post.date()),
          post.source()));
    }
    for (Page page : content.pages()) {
      Map<String, Object> values = new HashMap<>();
      values.put("page", new PageInfo("page", page.title(), page.description(), page.url(), page.canonical(), page.image()));
      values.put("entry", page);
      values.put("meta", sharing.metadata(page));
      jobs.add(new PageJob(page.path(), "page", values, true,
          page.lastmod() != null ? iso(page.lastmod()) : page.date() != null ? iso(page.date()) : null, page.source()));
    }
    paginate(jobs, "/", posts, "home", site.title(), site.description(), null, null);
    taxonomy(jobs, "tags", "tag", "Tags", "Tag", posts, Post::tags);
    taxonomy(jobs, "categories", "category", "Categories", "Category", posts, Post::categories);
    archive(jobs, posts);
    Map<String, Object> notFound = new HashMap<>();
    notFound.put("page", new PageInfo("404", "Page not found", site.description(), site.url("/404.html"),
        site.absoluteUrl("/404.html"), null));
    jobs.add(new PageJob("/404.html", "404", notFound, false, null, null));
    // Every page has share metadata (`meta`); only posts have share links (`share`, else null).
    for (PageJob job : jobs) {
      job.values().putIfAbsent("share", null);
      if (!job.values().containsKey("meta")) {
        job.values().put("meta", sharing.metadata((PageInfo) job.values().get("page")));
      }
    }
    return jobs;
  }

  private void taxonomy(List<PageJob> jobs, String taxonomy, String kind, String title, String singular,
      List<Post> posts, Function<Post, List<Term>> termsOf) {
    // A hash map, not a sorted one: the dev server plans every list again on each edit, and 10,000 posts
    // carry some 30,000 terms. The listings are sorted once at the end (by name, then slug).
    Map<String, List<Post>> bySlug = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (Post post : posts) {
      for (Term term : termsOf.apply(post)) {
        List<Post> tagged = bySlug.get(term.slug());
        if (tagged == null) {
          tagged = new ArrayList<>();
          bySlug.put(term.slug(), tagged);
          names.put(term.slug(), term.name());
        }
        tagged.add(post);
      }
    }
    if (bySlug.isEmpty()) {
      return;
    }
    List<TermListing> listings = new ArrayList<>();
    bySlug.forEach((slug, tagged) -> listings.add(
        new TermListing(names.get(slug), slug, site.url("/" + taxonomy + "/" + slug + "/"), tagged)));
    listings.sort(Comparator.comparing((TermListing t) -> t.name().toLowerCase(java.util.Locale.ROOT))
        .thenComparing(TermListing::slug));
    for (TermListing listing : listings) {
      paginate(jobs, "/" + taxonomy + "/" + listing.slug() + "/", listing.posts(), kind,
          singular + ": " + listing.name(), "Posts filed under " + listing.name() + " on " + site.title() + ".",
          listing, taxonomy);
    }
    Map<String, Object> values = new HashMap<>();
    String path = "/" + taxonomy + "/";
    values.put("page", new PageInfo(taxonomy, title, title + " of " + site.title() + ".", site.url(path),
        site.absoluteUrl(path), null));
    values.put("taxonomy", taxonomy);
    values.put("terms", listings);
    jobs.add(new PageJob(path, "terms", values, true, null, null));
  }

  private void paginate(List<PageJob> jobs, String base, List<Post> posts, String kind, String title,
      String description, TermListing term, String taxonomy) {
    int perPage = site.postsPerPage();
    int total = Math.max(1, (posts.size() + perPage - 1) / perPage);
    for (int n = 1; n <= total; n++) {
      String path = pagePath(base, n);
      Pagination pagination = new Pagination(n, total, n > 1 ? site.url(pagePath(base, n - 1)) : null,
          n < total ? site.url(pagePath(base, n + 1)) : null, bar(base, n, total));
      Map<String, Object> values = new HashMap<>();
      String pageTitle = n == 1 ? title : title + " (page " + n + ")";
      values.put("page", new PageInfo(kind, pageTitle, description, site.url(path), site.absoluteUrl(path), null));
      values.put("posts", posts.subList((n - 1) * perPage, Math.min(posts.size(), n * perPage)));
      values.put("pagination", pagination);
      values.put("term", term);
      values.put("taxonomy", taxonomy);
      jobs.add(new PageJob(path, "list", values, true, null, null));
    }
  }

  /** Page 1, the last page, and two either side of {@code current}, with gaps between. */
  private List<Pagination.PageLink> bar(String base, int current, int total) {
    List<Pagination.PageLink> links = new ArrayList<>();
    int last = 0;
    for (int n = 1; n <= total; n++) {
      if (n == 1 || n == total || Math.abs(n - current) <= 2) {
        if (n > last + 1) {
          links.add(new Pagination.PageLink(0, null, false, true));
        }
        links.add(new Pagination.PageLink(n, site.url(pagePath(base, n)), n == current, false));
        last = n;
      } else if (n < current - 2) {
        n = current - 3; // skip straight to the window
      } else {
        n = total - 1; // skip straight to the last page
      }
    }
    return links;
  }

  private static String pagePath(String base, int n) {
    return n == 1 ? base : base + "page/" + n + "/";
  }

  private void archive(List<PageJob> jobs, List<Post> posts) {
    Map<Integer, List<Post>> byYear = new TreeMap<>(Comparator.reverseOrder());
    // Posts come newest first, so most share the year of the one before: a post inside that year's bounds
    // needs no time-zone conversion.
    long from = Long.MAX_VALUE;
    long to = Long.MIN_VALUE;
    List<Post> current = null;
    for (Post post : posts) {
      long at = post.date().toEpochSecond();
      if (at < from || at >= to) {
        java.time.ZonedDateTime local = post.date().atZoneSameInstant(site.timezone());
        int year = local.getYear();
        java.time.ZonedDateTime start = java.time.LocalDate.of(year, 1, 1).atStartOfDay(site.timezone());
        from = start.toEpochSecond();
        to = start.plusYears(1).toEpochSecond();
        current = byYear.computeIfAbsent(year, y -> new ArrayList<>());
      }
      current.add(post);
    }
    List<ArchiveYear> years = new ArrayList<>();
    byYear.forEach((year, list) -> years.add(new ArchiveYear(year, site.url("/archive/" + year + "/"), list)));
    Map<String, Object> index = new HashMap<>();
    index.put("page", new PageInfo("archive", "Archive", "Every post on " + site.title() + ", year by year.",
        site.url("/archive/"), site.absoluteUrl("/archive/"), null));
    index.put("years", years);
    index.put("year", null);
    jobs.add(new PageJob("/archive/", "archive", index, true, null, null));
    for (ArchiveYear year : years) {
      String path = "/archive/" + year.year() + "/";
      Map<String, Object> values = new HashMap<>();
      values.put("page", new PageInfo("archive", "Archive: " + year.year(), "Posts of " + year.year() + " on "
          + site.title() + ".", site.url(path), site.absoluteUrl(path), null));
      values.put("years", years);
      values.put("year", year);
      jobs.add(new PageJob(path, "archive", values, true, null, null));
    }
  }

  private static String iso(java.time.OffsetDateTime t) {
    return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}

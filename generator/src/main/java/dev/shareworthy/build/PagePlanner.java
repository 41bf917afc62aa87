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
 * tag and category pages with their indexes, the yearly archive and the 404 page. The parts are planned by
 * methods of their own so that {@link EditPlanner} can plan again just the pages an edit touches.
 */
final class PagePlanner {

  /** A taxonomy: its folder and template values, the titles of its pages and the terms a post has in it. */
  record Taxonomy(String name, String kind, String title, String singular, Function<Post, List<Term>> termsOf) {}

  static final Taxonomy TAGS = new Taxonomy("tags", "tag", "Tags", "Tag", Post::tags);
  static final Taxonomy CATEGORIES = new Taxonomy("categories", "category", "Categories", "Category",
      Post::categories);
  /** In the order their pages are planned. */
  static final List<Taxonomy> TAXONOMIES = List.of(TAGS, CATEGORIES);

  private final SiteConfig site;
  private final Sharing sharing;

  PagePlanner(SiteConfig site, Sharing sharing) {
    this.site = site;
    this.sharing = sharing;
  }

  List<PageJob> plan(SiteContent content) {
    List<PageJob> jobs = new ArrayList<>();
    List<Post> posts = content.posts();
    for (int i = 0; i < posts.size(); i++) {
      jobs.add(postJob(posts, i));
    }
    for (Page page : content.pages()) {
      jobs.add(pageJob(page));
    }
    for (int n = 1; n <= pageCount(posts.size()); n++) {
      jobs.add(homePage(posts, n));
    }
    for (Taxonomy taxonomy : TAXONOMIES) {
      List<TermListing> listings = listings(taxonomy, posts);
      if (!listings.isEmpty()) {
        for (TermListing listing : listings) {
          jobs.addAll(termPages(taxonomy, listing));
        }
        jobs.add(termsIndex(taxonomy, listings));
      }
    }
    jobs.addAll(archivePages(years(posts)));
    jobs.add(notFound());
    return jobs;
  }

  /** The page of the {@code i}th post, which links its newer and older neighbours. */
  PageJob postJob(List<Post> posts, int i) {
    Post post = posts.get(i);
    Map<String, Object> values = new HashMap<>();
    values.put("page", new PageInfo("post", post.title(), post.description(), post.url(), post.canonical(), post.image()));
    values.put("post", post);
    values.put("newer", i > 0 ? posts.get(i - 1) : null);
    values.put("older", i + 1 < posts.size() ? posts.get(i + 1) : null);
    values.put("meta", sharing.metadata(post));
    values.put("share", sharing.block(post));
    return new PageJob(post.path(), "post", values, true, iso(post.lastmod() != null ? post.lastmod() : post.date()),
        post.source());
  }

  PageJob pageJob(Page page) {
    Map<String, Object> values = new HashMap<>();
    values.put("page", new PageInfo("page", page.title(), page.description(), page.url(), page.canonical(), page.image()));
    values.put("entry", page);
    values.put("meta", sharing.metadata(page));
    values.put("share", null);
    return new PageJob(page.path(), "page", values, true,
        page.lastmod() != null ? iso(page.lastmod()) : page.date() != null ? iso(page.date()) : null, page.source());
  }

  /** How many pages a listing of {@code posts} posts has: one at least, even when empty. */
  int pageCount(int posts) {
    int perPage = site.postsPerPage();
    return Math.max(1, (posts + perPage - 1) / perPage);
  }

  /** Page {@code n} of the home page, which lists every post. */
  PageJob homePage(List<Post> posts, int n) {
    return listPage("/", posts, n, "home", site.title(), site.description(), null, null);
  }

  /** The terms of a taxonomy with their posts, sorted by name, then slug; empty when no post has one. */
  List<TermListing> listings(Taxonomy taxonomy, List<Post> posts) {
    // A hash map, not a sorted one: 10,000 posts carry some 30,000 terms. The listings are sorted once at the end.
    Map<String, List<Post>> bySlug = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (Post post : posts) {
      for (Term term : taxonomy.termsOf().apply(post)) {
        List<Post> tagged = bySlug.get(term.slug());
        if (tagged == null) {
          tagged = new ArrayList<>();
          bySlug.put(term.slug(), tagged);
          names.put(term.slug(), term.name()); // as the newest post with the term writes it
        }
        tagged.add(post);
      }
    }
    List<TermListing> listings = new ArrayList<>();
    bySlug.forEach((slug, tagged) -> listings.add(
        new TermListing(names.get(slug), slug, site.url("/" + taxonomy.name() + "/" + slug + "/"), tagged)));
    listings.sort(Comparator.comparing((TermListing t) -> t.name().toLowerCase(java.util.Locale.ROOT))
        .thenComparing(TermListing::slug));
    return listings;
  }

  /** Every page of one term's listing. */
  List<PageJob> termPages(Taxonomy taxonomy, TermListing listing) {
    List<PageJob> jobs = new ArrayList<>();
    for (int n = 1; n <= pageCount(listing.count()); n++) {
      jobs.add(listPage("/" + taxonomy.name() + "/" + listing.slug() + "/", listing.posts(), n, taxonomy.kind(),
          taxonomy.singular() + ": " + listing.name(),
          "Posts filed under " + listing.name() + " on " + site.title() + ".", listing, taxonomy.name()));
    }
    return jobs;
  }

  /** The page listing every term of a taxonomy, such as {@code /tags/}. */
  PageJob termsIndex(Taxonomy taxonomy, List<TermListing> listings) {
    Map<String, Object> values = new HashMap<>();
    values.put("taxonomy", taxonomy.name());
    values.put("terms", listings);
    String path = "/" + taxonomy.name() + "/";
    return generated(path, "terms", new PageInfo(taxonomy.name(), taxonomy.title(),
        taxonomy.title() + " of " + site.title() + ".", site.url(path), site.absoluteUrl(path), null), values);
  }

  private PageJob listPage(String base, List<Post> posts, int n, String kind, String title, String description,
      TermListing term, String taxonomy) {
    int perPage = site.postsPerPage();
    int total = pageCount(posts.size());
    String path = pagePath(base, n);
    Pagination pagination = new Pagination(n, total, n > 1 ? site.url(pagePath(base, n - 1)) : null,
        n < total ? site.url(pagePath(base, n + 1)) : null, bar(base, n, total));
    Map<String, Object> values = new HashMap<>();
    String pageTitle = n == 1 ? title : title + " (page " + n + ")";
    // A copy, not a view: a page the dev server keeps from one edit to the next must not hold on to the whole
    // list of an older version of the posts.
    values.put("posts", List.copyOf(posts.subList((n - 1) * perPage, Math.min(posts.size(), n * perPage))));
    values.put("pagination", pagination);
    values.put("term", term);
    values.put("taxonomy", taxonomy);
    return generated(path, "list",
        new PageInfo(kind, pageTitle, description, site.url(path), site.absoluteUrl(path), null), values);
  }

  /** A page of no content file: its values, and the share metadata every page has but no share links. */
  private PageJob generated(String path, String template, PageInfo page, Map<String, Object> values) {
    values.put("page", page);
    values.put("meta", sharing.metadata(page));
    values.put("share", null);
    return new PageJob(path, template, values, true, null, null);
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

  /** The posts by year, newest year first. */
  List<ArchiveYear> years(List<Post> posts) {
    Map<Integer, List<Post>> byYear = new TreeMap<>(Comparator.reverseOrder());
    // Posts come newest first, so most share the year of the one before: a post inside that year's bounds
    // needs no time-zone conversion.
    long from = Long.MAX_VALUE;
    long to = Long.MIN_VALUE;
    List<Post> current = null;
    for (Post post : posts) {
      long at = post.date().toEpochSecond();
      if (at < from || at >= to) {
        int year = yearOf(post);
        java.time.ZonedDateTime start = java.time.LocalDate.of(year, 1, 1).atStartOfDay(site.timezone());
        from = start.toEpochSecond();
        to = start.plusYears(1).toEpochSecond();
        current = byYear.computeIfAbsent(year, y -> new ArrayList<>());
      }
      current.add(post);
    }
    List<ArchiveYear> years = new ArrayList<>();
    byYear.forEach((year, list) -> years.add(new ArchiveYear(year, site.url("/archive/" + year + "/"), list)));
    return years;
  }

  /** The year a post is filed under in the archive: the year of its date in the site's time zone. */
  int yearOf(Post post) {
    return post.date().atZoneSameInstant(site.timezone()).getYear();
  }

  /** The archive's index page, then a page per year. */
  List<PageJob> archivePages(List<ArchiveYear> years) {
    List<PageJob> jobs = new ArrayList<>();
    Map<String, Object> index = new HashMap<>();
    index.put("years", years);
    index.put("year", null);
    jobs.add(generated("/archive/", "archive", new PageInfo("archive", "Archive", "Every post on " + site.title()
        + ", year by year.", site.url("/archive/"), site.absoluteUrl("/archive/"), null), index));
    for (ArchiveYear year : years) {
      String path = "/archive/" + year.year() + "/";
      Map<String, Object> values = new HashMap<>();
      values.put("years", years);
      values.put("year", year);
      jobs.add(generated(path, "archive", new PageInfo("archive", "Archive: " + year.year(), "Posts of " + year.year()
          + " on " + site.title() + ".", site.url(path), site.absoluteUrl(path), null), values));
    }
    return jobs;
  }

  private PageJob notFound() {
    PageJob job = generated("/404.html", "404", new PageInfo("404", "Page not found", site.description(),
        site.url("/404.html"), site.absoluteUrl("/404.html"), null), new HashMap<>());
    return new PageJob(job.path(), job.template(), job.values(), false, null, null); // not a page to find
  }

  private static String iso(java.time.OffsetDateTime t) {
    return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}

package dev.shareworthy.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shareworthy.content.Post;
import dev.shareworthy.content.SiteConfig;
import dev.shareworthy.content.Term;
import dev.shareworthy.share.Sharing;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class EditPlannerTest {

  private final SiteConfig site = new SiteConfig("T", "https://x.example/", "/", "A", "D", "en", "default",
      2, SiteConfig.DEFAULT_PERMALINK, 20, ZoneOffset.UTC, List.of(), Map.of());

  /** Post {@code i} of 12, a week apart from 2025-01-20 back into 2024, tagged by its number. */
  private Post post(int i, String description, List<String> tags, List<String> categories) {
    String path = "/posts/p" + i + "/";
    return new Post("content/posts/p" + i + ".md", "p" + i, "Post " + i,
        OffsetDateTime.of(2025, 1, 20, 0, 0, 0, 0, ZoneOffset.UTC).minusWeeks(i), null, description, true,
        terms("tags", tags), terms("categories", categories), null, "A", false, path, path, "https://x.example" + path,
        "https://x.example" + path, List.of(), "<p>x</p>", "<p>x</p>", List.of(), 1, 1, Map.of(), null);
  }

  private List<Term> terms(String taxonomy, List<String> names) {
    return names.stream().map(n -> new Term(n, n.toLowerCase(), site.url("/" + taxonomy + "/" + n.toLowerCase() + "/")))
        .toList();
  }

  private List<Post> posts() {
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      posts.add(post(i, "d", i % 3 == 0 ? List.of("three", "all") : i % 2 == 0 ? List.of("two", "all") : List.of("all"),
          i < 4 ? List.of("news") : i == 11 ? List.of("solo") : List.of()));
    }
    return posts;
  }

  private static SiteContent content(List<Post> posts) {
    return new SiteContent(posts, List.of(), 0, 0);
  }

  private List<PageJob> fullPlan(List<Post> posts) {
    return new PagePlanner(site, Sharing.prepare(Path.of("no-such-site"), site, posts)).plan(content(posts));
  }

  private List<PageJob> editPlan(List<Post> before, List<PageJob> previous, List<Post> after) {
    return new EditPlanner(site, Sharing.prepare(Path.of("no-such-site"), site, after))
        .plan(content(after), content(before), previous);
  }

  /** The paths of the pages planned anew, not kept from {@code previous}. */
  private static Set<String> replanned(List<PageJob> previous, List<PageJob> plan) {
    Set<String> paths = new TreeSet<>();
    for (int i = 0; i < plan.size(); i++) {
      if (plan.get(i) != previous.get(i)) {
        paths.add(plan.get(i).path());
      }
    }
    return paths;
  }

  @Test
  void aBodyEditPlansOnlyThePagesThatShowThePostAndGivesTheFullPlan() {
    List<Post> before = posts();
    List<PageJob> previous = fullPlan(before);
    List<Post> after = new ArrayList<>(before);
    after.set(5, post(5, "a new summary", List.of("all"), List.of()));

    List<PageJob> plan = editPlan(before, previous, after);

    assertThat(plan).isEqualTo(fullPlan(after));
    // Post 5, its neighbours, home page 3 (posts 4 and 5), the "all" tag's 6 pages and the tags index, and the
    // archive (every archive page lists the years); not the other tags, the categories, the 404 page.
    assertThat(replanned(previous, plan)).containsExactly("/archive/", "/archive/2024/", "/archive/2025/",
        "/page/3/", "/posts/p4/", "/posts/p5/", "/posts/p6/", "/tags/", "/tags/all/", "/tags/all/page/2/",
        "/tags/all/page/3/", "/tags/all/page/4/", "/tags/all/page/5/", "/tags/all/page/6/");
  }

  @Test
  void aPostMovedBetweenTermsTheSiteHasGivesTheFullPlan() {
    List<Post> before = posts();
    List<PageJob> previous = fullPlan(before);
    List<Post> after = new ArrayList<>(before);
    after.set(3, post(3, "d", List.of("all", "two"), List.of())); // was three and news
    after.set(8, post(8, "d", List.of("all", "three"), List.of("news"))); // was two

    List<PageJob> plan = editPlan(before, previous, after);

    assertThat(plan).isEqualTo(fullPlan(after));
    assertThat(replanned(previous, plan)).contains("/tags/two/", "/tags/three/", "/categories/news/", "/categories/")
        .doesNotContain("/posts/p0/", "/", "/404.html");
  }

  @Test
  void editsOneAfterAnotherKeepGivingTheFullPlan() {
    List<Post> posts = posts();
    List<PageJob> plan = fullPlan(posts);
    for (int edit = 0; edit < 6; edit++) {
      List<Post> after = new ArrayList<>(posts);
      int i = (edit * 5) % 12;
      Post was = posts.get(i);
      after.set(i, post(i, "edit " + edit, was.tags().stream().map(Term::name).toList(),
          was.categories().stream().map(Term::name).toList()));
      plan = editPlan(posts, plan, after);
      posts = after;
      assertThat(plan).as("after edit %d", edit).isEqualTo(fullPlan(posts));
    }
  }

  @Test
  void noPlanWhenTheEditChangesWhichPagesThereAreOrWhatTheyAreCalled() {
    List<Post> before = posts();
    List<PageJob> previous = fullPlan(before);

    assertThat(edited(before, previous, post(1, "d", List.of("all", "brand-new"), List.of()))).isNull(); // a new term
    assertThat(edited(before, previous, post(0, "d", List.of("three", "all"), List.of()))).isNotNull();
    assertThat(edited(before, previous, post(3, "d", List.of("three", "all"), List.of("News")))).isNotNull();
    assertThat(edited(before, previous, post(0, "d", List.of("Three", "all"), List.of("news")))).isNull(); // renamed
    assertThat(edited(before, previous, post(0, "d", List.of("all"), List.of("news")))).isNotNull(); // 3 left, 2 pages
    assertThat(edited(before, previous, post(1, "d", List.of("all", "two"), List.of("news")))).isNull(); // 5: 3 pages
    assertThat(edited(before, previous, post(11, "d", List.of("all"), List.of()))).isNull(); // solo's last post
  }

  @Test
  void aNewTitleThatKeepsThePostInPlaceGivesTheFullPlanAndOneThatSortsItElsewhereNone() {
    List<Post> before = new ArrayList<>(posts());
    before.set(5, with(before.get(5), "Post 5", before.get(4).date())); // the same day as post 4, after it by title
    List<PageJob> previous = fullPlan(before);

    List<Post> retitled = new ArrayList<>(before);
    retitled.set(5, with(before.get(5), "Post 4b", before.get(5).date()));
    List<PageJob> plan = editPlan(before, previous, retitled);
    assertThat(plan).isEqualTo(fullPlan(retitled));
    assertThat(replanned(previous, plan)).contains("/posts/p4/", "/posts/p5/", "/posts/p6/", "/page/3/", "/tags/all/");

    List<Post> moved = new ArrayList<>(before);
    moved.set(5, with(before.get(5), "Post 3", before.get(5).date())); // before post 4 now
    assertThat(editPlan(before, previous, moved)).isNull();
  }

  private static Post with(Post p, String title, OffsetDateTime date) {
    return new Post(p.source(), p.slug(), title, date, p.lastmod(), p.description(), p.hasDescription(), p.tags(),
        p.categories(), p.image(), p.author(), p.draft(), p.path(), p.url(), p.permalink(), p.canonical(), p.aliases(),
        p.content(), p.excerpt(), p.toc(), p.wordCount(), p.readingMinutes(), p.params(), p.bundle());
  }

  private List<PageJob> edited(List<Post> before, List<PageJob> previous, Post post) {
    List<Post> after = new ArrayList<>(before);
    after.set(Integer.parseInt(post.slug().substring(1)), post);
    List<PageJob> plan = editPlan(before, previous, after);
    if (plan != null) {
      assertThat(plan).isEqualTo(fullPlan(after));
    }
    return plan;
  }
}

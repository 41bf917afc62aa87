package dev.shareworthy.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shareworthy.content.Post;
import dev.shareworthy.content.SiteConfig;
import dev.shareworthy.template.Pagination;
import dev.shareworthy.share.Sharing;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PagePlannerTest {

  private final SiteConfig site = new SiteConfig("T", "https://x.example/blog/", "/blog/", "A", "D", "en", "default",
      2, SiteConfig.DEFAULT_PERMALINK, 20, ZoneOffset.UTC, List.of(), Map.of());

  private static List<Post> posts(int n) {
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String path = "/posts/p" + i + "/";
      posts.add(new Post("content/posts/p" + i + ".md", "p" + i, "Post " + i,
          OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).minusDays(i), null, "d", true, List.of(), List.of(),
          null, "A", false, path, "/blog" + path, "https://x.example/blog" + path, "https://x.example/blog" + path,
          List.of(), "<p>x</p>", "<p>x</p>", List.of(), 1, 1, Map.of(), null));
    }
    return posts;
  }

  private List<PageJob> plan(int n) {
    List<Post> posts = posts(n);
    return new PagePlanner(site, Sharing.prepare(Path.of("no-such-site"), site, posts))
        .plan(new SiteContent(posts, List.of(), 0, 0));
  }

  private static String bar(PageJob job) {
    Pagination p = (Pagination) job.values().get("pagination");
    return p.pages().stream().map(l -> l.gap() ? "…" : l.current() ? "[" + l.number() + "]" : "" + l.number())
        .collect(Collectors.joining(" "));
  }

  private static PageJob job(List<PageJob> jobs, String path) {
    return jobs.stream().filter(j -> j.path().equals(path)).findFirst().orElseThrow();
  }

  @Test
  void theHomePageIsSplitIntoPagesWithNeighbourLinks() {
    List<PageJob> jobs = plan(5);

    assertThat(jobs).extracting(PageJob::path).contains("/", "/page/2/", "/page/3/").doesNotContain("/page/4/");
    Pagination second = (Pagination) job(jobs, "/page/2/").values().get("pagination");
    assertThat(second.prevUrl()).isEqualTo("/blog/");
    assertThat(second.nextUrl()).isEqualTo("/blog/page/3/");
    assertThat((List<?>) job(jobs, "/page/3/").values().get("posts")).hasSize(1);
  }

  @Test
  void thePaginationBarShowsAWindowNotEveryPage() {
    List<PageJob> jobs = plan(40); // 20 pages of 2

    assertThat(bar(job(jobs, "/"))).isEqualTo("[1] 2 3 … 20");
    assertThat(bar(job(jobs, "/page/10/"))).isEqualTo("1 … 8 9 [10] 11 12 … 20");
    assertThat(bar(job(jobs, "/page/4/"))).isEqualTo("1 2 3 [4] 5 6 … 20");
    assertThat(bar(job(jobs, "/page/20/"))).isEqualTo("1 … 18 19 [20]");
  }

  @Test
  void anEmptyBlogStillHasAHomePage() {
    List<PageJob> jobs = plan(0);

    assertThat(jobs).extracting(PageJob::path).containsExactlyInAnyOrder("/", "/archive/", "/404.html");
  }

  @Test
  void postsKnowTheirNewerAndOlderNeighbours() {
    List<PageJob> jobs = plan(3);

    PageJob middle = job(jobs, "/posts/p1/");
    assertThat(((Post) middle.values().get("newer")).slug()).isEqualTo("p0");
    assertThat(((Post) middle.values().get("older")).slug()).isEqualTo("p2");
    assertThat(job(jobs, "/posts/p0/").values()).containsEntry("newer", null);
  }
}

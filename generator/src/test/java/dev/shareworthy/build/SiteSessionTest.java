package dev.shareworthy.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shareworthy.ShareworthyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteSessionTest {

  @TempDir
  Path dir;

  /** Social cards go to a cache of the test's own, never the user's. */
  @TempDir
  Path cardCache;

  private TestSite site;
  private SiteSession session;

  @BeforeEach
  void writeSite() {
    site = new TestSite(dir);
    for (int i = 1; i <= 9; i++) {
      site.post("post-" + i, "Post " + i, "2024-01-0" + i, "tags: [" + (i % 2 == 0 ? "even" : "odd") + "]\n",
          "Body of post " + i + ".");
    }
    site.write("content/pages/about.md", "---\ntitle: About\n---\nAbout us.\n");
    site.write("static/css/extra.css", "body { color: black }\n");
    session = new SiteSession(BuildOptions.of(dir).withCardCache(cardCache));
  }

  @AfterEach
  void close() {
    session.close();
  }

  @Test
  void firstBuildRendersEveryPageLikeAFullBuild(@TempDir Path out) throws IOException {
    Rebuild first = session.build();

    assertThat(first.full()).isTrue();
    assertThat(first.snapshot().version()).isEqualTo(1);
    assertSameAsFullBuild(first.snapshot(), out);
  }

  @Test
  void editingAPostRerendersItsPageItsNeighboursAndTheListsShowingIt(@TempDir Path out) throws IOException {
    int pages = session.build().snapshot().paths().size();

    site.post("post-5", "Post 5 renamed", "2024-01-05", "tags: [odd]\n", "A new body.");
    Rebuild edit = session.update(List.of(dir.resolve("content/posts/post-5.md")));

    assertThat(edit.full()).isFalse();
    SiteSnapshot snap = edit.snapshot();
    assertThat(html(snap, "posts/post-5/index.html")).contains("Post 5 renamed", "A new body.");
    assertThat(html(snap, "posts/post-4/index.html")).contains("Post 5 renamed"); // its older neighbour's link
    assertThat(html(snap, "posts/post-6/index.html")).contains("Post 5 renamed"); // its newer neighbour's link
    assertThat(html(snap, "tags/odd/page/2/index.html")).contains("Post 5 renamed"); // 9,7 | 5,3 | 1
    assertThat(html(snap, "page/3/index.html")).contains("Post 5 renamed"); // 9,8 | 7,6 | 5,4
    assertThat(html(snap, "feed.xml")).contains("Post 5 renamed");
    assertThat(edit.changed()).contains("posts/post-5/index.html", "page/3/index.html", "feed.xml")
        .doesNotContain("posts/post-1/index.html", "tags/even/index.html", "about/index.html", "css/extra.css");
    // Only the pages whose values changed: the post, 2 neighbours, a home page, the odd tag's pages, its tag
    // index and the archive; not the other posts, the even tag, the about page.
    assertThat(edit.pagesRendered()).isBetween(5, pages / 2);
    assertSameAsFullBuild(snap, out);
  }

  @Test
  void aNewExcerptShowsOnEveryListOfThePostAndNowhereElse(@TempDir Path out) throws IOException {
    session.build();
    site.post("post-3", "Post 3", "2024-01-03", "tags: [odd]\ncategories: [notes]\n", "A fresh first paragraph.");

    Rebuild edit = session.update(List.of(dir.resolve("content/posts/post-3.md")));

    assertThat(html(edit.snapshot(), "tags/odd/page/2/index.html")).contains("A fresh first paragraph.");
    assertThat(html(edit.snapshot(), "categories/notes/index.html")).contains("A fresh first paragraph.");
    assertThat(edit.changed()).doesNotContain("tags/even/index.html", "posts/post-8/index.html", "index.html");
    assertSameAsFullBuild(edit.snapshot(), out);
  }

  @Test
  void tagEditsMovePostsBetweenTagPages(@TempDir Path out) throws IOException {
    session.build();
    // Into a tag the site has, its listings keeping their pages: planned from the last plan.
    site.post("post-4", "Post 4", "2024-01-04", "tags: [even, odd]\n", "Body of post 4.");
    Rebuild joined = session.update(List.of(dir.resolve("content/posts/post-4.md")));
    assertThat(html(joined.snapshot(), "tags/odd/page/2/index.html")).contains("Post 4");
    assertSameAsFullBuild(joined.snapshot(), out);

    // Out of one and into another, both gaining or losing a page.
    site.post("post-5", "Post 5", "2024-01-05", "tags: [even]\n", "Body of post 5.");
    Rebuild moved = session.update(List.of(dir.resolve("content/posts/post-5.md")));
    assertThat(html(moved.snapshot(), "tags/even/page/2/index.html")).contains("Post 5");
    assertSameAsFullBuild(moved.snapshot(), out);

    // Into a tag of its own, and out of it again: the tag's pages come and go.
    site.post("post-5", "Post 5", "2024-01-05", "tags: [even, Solo]\n", "Body of post 5.");
    Rebuild solo = session.update(List.of(dir.resolve("content/posts/post-5.md")));
    assertThat(html(solo.snapshot(), "tags/index.html")).contains("Solo");
    assertSameAsFullBuild(solo.snapshot(), out);
    site.post("post-5", "Post 5", "2024-01-05", "tags: [odd]\n", "Body of post 5.");
    Rebuild back = session.update(List.of(dir.resolve("content/posts/post-5.md")));
    assertThat(back.snapshot().file("tags/solo/index.html")).isNull();
    assertSameAsFullBuild(back.snapshot(), out);

    // The same tag written another way by the newest post with it: the tag's name changes everywhere.
    site.post("post-9", "Post 9", "2024-01-09", "tags: [ODD]\n", "Body of post 9.");
    Rebuild renamed = session.update(List.of(dir.resolve("content/posts/post-9.md")));
    assertThat(html(renamed.snapshot(), "tags/odd/page/3/index.html")).contains("ODD");
    assertSameAsFullBuild(renamed.snapshot(), out);
  }

  @Test
  void aNewDateMovesThePostBetweenPagesAndYears(@TempDir Path out) throws IOException {
    session.build();
    site.post("post-8", "Post 8", "2023-06-01", "tags: [even]\n", "Body of post 8.");

    Rebuild moved = session.update(List.of(dir.resolve("content/posts/post-8.md")));

    assertThat(html(moved.snapshot(), "archive/2023/index.html")).contains("Post 8");
    assertThat(html(moved.snapshot(), "archive/2024/index.html")).doesNotContain("Post 8");
    assertThat(html(moved.snapshot(), "page/5/index.html")).contains("Post 8"); // the oldest now
    assertSameAsFullBuild(moved.snapshot(), out);
  }

  @Test
  void aNewTitleShowsOnTheListsAndTheNeighbours(@TempDir Path out) throws IOException {
    session.build();
    site.post("post-2", "A retitled post", "2024-01-02", "tags: [even]\n", "Body of post 2.");

    Rebuild edit = session.update(List.of(dir.resolve("content/posts/post-2.md")));

    assertThat(html(edit.snapshot(), "tags/even/page/2/index.html")).contains("A retitled post");
    assertThat(html(edit.snapshot(), "archive/2024/index.html")).contains("A retitled post");
    assertThat(html(edit.snapshot(), "posts/post-3/index.html")).contains("A retitled post");
    assertSameAsFullBuild(edit.snapshot(), out);
  }

  @Test
  void aNewTitleThatSortsThePostPastAnotherOfItsDayMovesItOnTheLists(@TempDir Path out) throws IOException {
    site.post("post-5b", "Post 5b", "2024-01-05", "tags: [odd]\n", "Another post of the 5th.");
    session.build();
    site.post("post-5b", "Post 5a", "2024-01-05", "tags: [odd]\n", "Another post of the 5th.");
    Rebuild kept = session.update(List.of(dir.resolve("content/posts/post-5b.md")));
    assertSameAsFullBuild(kept.snapshot(), out); // still after "Post 5"

    site.post("post-5b", "A post of the 5th", "2024-01-05", "tags: [odd]\n", "Another post of the 5th.");
    Rebuild moved = session.update(List.of(dir.resolve("content/posts/post-5b.md")));
    assertThat(html(moved.snapshot(), "posts/post-5/index.html")).contains("A post of the 5th"); // now its older one
    assertSameAsFullBuild(moved.snapshot(), out);
  }

  @Test
  void aPostTurnedDraftLeavesTheListsAndComesBack(@TempDir Path out) throws IOException {
    session.build();
    String text = TestSite.read(dir.resolve("content/posts/post-6.md"));
    site.post("post-6", "Post 6", "2024-01-06", "tags: [even]\ndraft: true\n", "Body of post 6.");

    Rebuild hidden = session.update(List.of(dir.resolve("content/posts/post-6.md")));
    assertThat(hidden.snapshot().file("posts/post-6/index.html")).isNull();
    assertThat(html(hidden.snapshot(), "tags/even/index.html")).doesNotContain("Post 6");
    assertSameAsFullBuild(hidden.snapshot(), out);

    site.write("content/posts/post-6.md", text);
    Rebuild shown = session.update(List.of(dir.resolve("content/posts/post-6.md")));
    assertThat(html(shown.snapshot(), "tags/even/index.html")).contains("Post 6");
    assertSameAsFullBuild(shown.snapshot(), out);
  }

  @Test
  void manyEditsOneAfterAnotherStayLikeAFullBuild(@TempDir Path out) throws IOException {
    // Templates that show every post's excerpt on the archive and the tag index, which the theme's do not.
    site.write("templates/archive.peb", "{% extends \"base\" %}{% block content %}{% for y in years %}"
        + "{% for p in y.posts %}{{ p.excerpt | raw }}{% endfor %}{% endfor %}{% endblock %}");
    site.write("templates/terms.peb", "{% extends \"base\" %}{% block content %}{% for t in terms %}"
        + "{% for p in t.posts %}{{ p.excerpt | raw }}{% endfor %}{% endfor %}{% endblock %}");
    session.build();
    for (int edit = 1; edit <= 6; edit++) {
      int n = (edit * 4) % 9 + 1;
      site.post("post-" + n, "Post " + n, "2024-01-0" + n, "tags: [" + (n % 2 == 0 ? "even" : "odd") + "]\n",
          "Edit " + edit + " of post " + n + ".");
      session.update(List.of(dir.resolve("content/posts/post-" + n + ".md")));
    }
    // Two posts saved together.
    site.post("post-1", "Post 1", "2024-01-01", "tags: [odd]\n", "Saved with post 9.");
    site.post("post-9", "Post 9", "2024-01-09", "tags: [odd]\n", "Saved with post 1.");
    Rebuild both = session.update(List.of(dir.resolve("content/posts/post-1.md"), dir.resolve("content/posts/post-9.md")));

    assertThat(html(both.snapshot(), "tags/odd/index.html")).contains("Saved with post 1.");
    assertThat(html(both.snapshot(), "tags/odd/page/3/index.html")).contains("Saved with post 9.");
    assertThat(html(both.snapshot(), "archive/2024/index.html")).contains("Saved with post 9.", "Edit 6 of post 7.");
    assertSameAsFullBuild(both.snapshot(), out);
  }

  @Test
  void anUnchangedSaveChangesNothing() {
    session.build();
    Rebuild again = session.update(List.of(dir.resolve("content/posts/post-3.md")));

    assertThat(again.changed()).isEmpty();
    assertThat(again.pagesRendered()).isZero();
  }

  @Test
  void aNewPostAndADeletedPostChangeTheLists(@TempDir Path out) throws IOException {
    session.build();
    site.post("fresh", "Fresh news", "2024-02-01", "", "Just in.");
    Rebuild added = session.update(List.of(dir.resolve("content/posts/fresh.md")));
    assertThat(html(added.snapshot(), "index.html")).contains("Fresh news");
    assertThat(added.snapshot().file("posts/fresh/index.html")).isNotNull();

    Files.delete(dir.resolve("content/posts/post-1.md"));
    Rebuild removed = session.update(List.of(dir.resolve("content/posts/post-1.md")));
    assertThat(removed.snapshot().file("posts/post-1/index.html")).isNull();
    assertThat(removed.changed()).contains("posts/post-1/index.html");
    assertSameAsFullBuild(removed.snapshot(), out);
  }

  @Test
  void aTemplateChangeRerendersEveryPage(@TempDir Path out) throws IOException {
    int pages = session.build().pagesRendered();
    site.write("templates/page.peb", "{% extends \"base\" %}{% block content %}<p>Custom {{ entry.title }}</p>"
        + "{% endblock %}");

    Rebuild rebuild = session.update(List.of(dir.resolve("templates/page.peb")));

    assertThat(rebuild.full()).isTrue();
    assertThat(rebuild.pagesRendered()).isEqualTo(pages);
    assertThat(html(rebuild.snapshot(), "about/index.html")).contains("<p>Custom About</p>");
    assertSameAsFullBuild(rebuild.snapshot(), out);
  }

  @Test
  void siteYamlRebuildsEverything(@TempDir Path out) throws IOException {
    session.build();
    site.write("site.yaml", TestSite.read(dir.resolve("site.yaml")).replace("Test Blog", "Renamed Blog"));

    Rebuild rebuild = session.update(List.of(dir.resolve("site.yaml")));

    assertThat(rebuild.full()).isTrue();
    assertThat(html(rebuild.snapshot(), "posts/post-1/index.html")).contains("Renamed Blog");
    assertSameAsFullBuild(rebuild.snapshot(), out);
  }

  @Test
  void aStylesheetChangeIsStylesOnly() {
    session.build();
    site.write("static/css/extra.css", "body { color: red }\n");

    Rebuild rebuild = session.update(List.of(dir.resolve("static/css/extra.css")));

    assertThat(rebuild.stylesOnly()).isTrue();
    assertThat(rebuild.changed()).containsExactly("css/extra.css");
    assertThat(rebuild.pagesRendered()).isZero();
    assertThat(html(rebuild.snapshot(), "css/extra.css")).contains("red");
  }

  @Test
  void brokenFrontMatterFailsAndKeepsTheLastGoodSnapshotUntilFixed() {
    SiteSnapshot good = session.build().snapshot();
    Path post = dir.resolve("content/posts/post-2.md");
    String text = TestSite.read(post);
    site.write("content/posts/post-2.md", text.replace("title: \"Post 2\"", "title: [unclosed"));

    assertThatThrownBy(() -> session.update(List.of(post)))
        .isInstanceOf(ShareworthyException.class)
        .satisfies(e -> assertThat(((ShareworthyException) e).problems().get(0).file())
            .isEqualTo("content/posts/post-2.md"));
    assertThat(session.snapshot()).isSameAs(good);

    // Another file changes while the error stands: still failing, and the fix then brings both in.
    site.post("post-3", "Post 3 edited", "2024-01-03", "tags: [odd]\n", "Edited.");
    assertThatThrownBy(() -> session.update(List.of(dir.resolve("content/posts/post-3.md"))))
        .isInstanceOf(ShareworthyException.class);
    site.write("content/posts/post-2.md", text.replace("Body of post 2.", "Fixed body."));
    Rebuild fixed = session.update(List.of(post));
    assertThat(html(fixed.snapshot(), "posts/post-2/index.html")).contains("Fixed body.");
    assertThat(html(fixed.snapshot(), "posts/post-3/index.html")).contains("Post 3 edited");
  }

  @Test
  void pendingPagesRenderTheirOwnVersion() {
    session.build();
    site.post("post-9", "Post 9 v2", "2024-01-09", "tags: [odd]\n", "Body.");
    SiteSnapshot v2 = session.update(List.of(dir.resolve("content/posts/post-9.md"))).snapshot();
    site.post("post-9", "Post 9 v3", "2024-01-09", "tags: [odd]\n", "Body.");
    SiteSnapshot v3 = session.update(List.of(dir.resolve("content/posts/post-9.md"))).snapshot();

    // The odd tag's page was pending in both; each renders what its own version holds.
    assertThat(html(v3, "tags/odd/index.html")).contains("Post 9 v3");
    assertThat(html(v2, "tags/odd/index.html")).contains("Post 9 v2").doesNotContain("Post 9 v3");
  }

  @Test
  void neverWritesIntoTheSiteFolder() throws IOException {
    List<Path> before = listing();
    session.build();
    site.post("post-4", "Post 4 again", "2024-01-04", "", "Again.");
    session.update(List.of(dir.resolve("content/posts/post-4.md")));
    site.write("content/posts/post-4.md", TestSite.read(dir.resolve("content/posts/post-4.md")));

    assertThat(listing()).isEqualTo(before);
  }

  private List<Path> listing() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.sorted().toList();
    }
  }

  /** The session's site is exactly what a full build writes, file for file, byte for byte. */
  private void assertSameAsFullBuild(SiteSnapshot snapshot, Path parent) throws IOException {
    Path out = Files.createTempDirectory(parent, "build"); // a fresh one for each comparison of a test
    new SiteBuilder(BuildOptions.of(dir).withOutput(out).withNow(null).withCardCache(cardCache)).build();
    Map<String, String> built = new TreeMap<>();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String rel = out.relativize(f).toString().replace('\\', '/');
        if (!rel.equals(OutputFolder.MARKER)) {
          built.put(rel, new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)); // byte for byte, PNG cards too
        }
      }
    }
    Map<String, String> served = new TreeMap<>();
    for (String path : snapshot.paths()) {
      served.put(path, new String(snapshot.file(path).bytes(), StandardCharsets.ISO_8859_1));
    }
    // The build date differs by the clock; everything else must not.
    Map<String, String> a = normalise(served);
    Map<String, String> b = normalise(built);
    assertThat(a.keySet()).isEqualTo(b.keySet());
    a.forEach((path, text) -> assertThat(text).as(path).isEqualTo(b.get(path)));
  }

  private static Map<String, String> normalise(Map<String, String> files) {
    Map<String, String> out = new TreeMap<>();
    files.forEach((k, v) -> out.put(k, v.replaceAll("<lastBuildDate>[^<]*</lastBuildDate>", "")));
    return out;
  }

  private static String html(SiteSnapshot snapshot, String path) {
    SiteFile file = snapshot.file(path);
    assertThat(file).as(path).isNotNull();
    return new String(file.bytes(), StandardCharsets.UTF_8);
  }
}

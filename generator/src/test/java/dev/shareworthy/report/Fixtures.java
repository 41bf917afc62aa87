package dev.shareworthy.report;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.CheckReport;
import dev.shareworthy.check.FailOn;
import dev.shareworthy.check.Finding;
import dev.shareworthy.check.PageSummary;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import dev.shareworthy.check.ShareReadiness;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small hand-made check reports for the reporter tests, with titles that need escaping. */
final class Fixtures {

  static final String NASTY_TITLE = "<script>alert(\"x\")</script> & 'quotes' 🚀";

  private Fixtures() {}

  static List<RuleInfo> rules() {
    Map<String, Object> thin = new LinkedHashMap<>();
    thin.put("minWords", 300);
    thin.put("errorBelow", 150);
    return List.of(
        new RuleInfo("broken-link", Category.LINKS, Severity.ERROR, "Finds internal links that do not resolve.",
            "A dead link tells a reader the post is neglected.", "Fix the link or remove it.", Map.of()),
        new RuleInfo("spam-phrases", Category.SPAM, Severity.WARNING, "Finds sales-pitch phrases.",
            "Readers do not share ads.", "Say it plainly.", Map.of("phrases", List.of("act now", "buy now"))),
        new RuleInfo("thin-content", Category.CONTENT, Severity.WARNING, "Finds posts with little body text.",
            "Thin posts teach little, so nobody looks smart sharing them.", "Add substance: examples, data, a story.",
            thin),
        new RuleInfo("title-length", Category.SHARE_METADATA, Severity.WARNING, "Checks the title's length.",
            "X cuts titles over 70 characters.", "Write a title of 10 to 70 characters.",
            Map.of("max", 70)));
  }

  static List<Finding> findings() {
    return List.of(
        new Finding("thin-content", Category.CONTENT, Severity.WARNING, "content/posts/thin.md", 1, "/posts/thin/",
            "Post has 120 words (minimum is 300)", "Add substance: examples, data, a story."),
        new Finding("broken-link", Category.LINKS, Severity.ERROR, "content/posts/thin.md", 7, "/posts/thin/",
            "Link to /posts/missing/ does not resolve", "Fix the link or remove it."),
        new Finding("title-length", Category.SHARE_METADATA, Severity.WARNING, "content/posts/thin.md", 0,
            "/posts/thin/", "Title has 75 characters (maximum is 70)", "Shorten the title."),
        new Finding("spam-phrases", Category.SPAM, Severity.INFO, "content/pages/about.md", 3, "/about/",
            "Contains \"act now\" & <b>bold</b>", "Say it plainly."));
  }

  static CheckReport report(FailOn failOn) {
    return report(failOn, null);
  }

  /** Three pages: a good post (with {@code image} as its share image), a weak one, and the about page. */
  static CheckReport report(FailOn failOn, Path image) {
    List<Finding> findings = findings();
    List<PageSummary> pages = List.of(
        new PageSummary("content/pages/about.md", "/about/", "About me", null, null, null, "Field Notes",
            "https://www.example.com/about/", 420, score(findings, "content/pages/about.md")),
        new PageSummary("content/posts/good.md", "/posts/good/", "Why readers share what makes them look smart",
            "People share posts that make them look clever, kind or in the know. Here is how to write one.",
            image == null ? null : "https://www.example.com/images/cover.png", image, "Field Notes",
            "https://www.example.com/posts/good/", 950, 100),
        new PageSummary("content/posts/thin.md", "/posts/thin/", NASTY_TITLE, "Short & <sweet>", null, null,
            "Field Notes", "https://www.example.com/posts/thin/", 120, score(findings, "content/posts/thin.md")));
    return new CheckReport("1.2.3", pages, findings, rules(), failOn);
  }

  static CheckReport empty() {
    return new CheckReport("1.2.3", List.of(new PageSummary("content/posts/a.md", "/posts/a/", "A post", null, null,
        null, null, "https://example.com/posts/a/", 800, 100)), List.of(), rules(), FailOn.ERROR);
  }

  private static int score(List<Finding> findings, String source) {
    return ShareReadiness.score(findings.stream().filter(f -> f.source().equals(source)).toList());
  }
}

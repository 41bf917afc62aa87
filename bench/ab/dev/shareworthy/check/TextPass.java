package dev.shareworthy.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One version's body-text pass ({@link PageText#analyse}) for CheckAB, on one thread: the first 2,000 built
 * posts are read and parsed once, then {@link #round} reads their body text. For changes to that pass alone,
 * whose effect the whole check phase's spread would hide.
 */
public final class TextPass {
  private static final List<Element> CONTENTS = new ArrayList<>();

  private TextPass() {}

  public static void prepare(String siteFolder, String output) throws Exception {
    try (var posts = Files.list(Path.of(output, "posts"))) {
      for (Path p : posts.sorted().limit(2000).toList()) {
        Document doc = StrictHtml.parse(ShareBlocks.find(Files.readAllBytes(p.resolve("index.html"))));
        Element content = doc.selectFirst("article .content");
        CONTENTS.add(content != null ? content : doc.body());
      }
    }
  }

  /** Reads every page's body text once; returns the words found, which must not differ between versions. */
  public static int round() {
    int words = 0;
    for (Element content : CONTENTS) {
      for (TextBlock b : PageText.analyse(content).blocks()) {
        words += b.words();
      }
    }
    return words;
  }
}

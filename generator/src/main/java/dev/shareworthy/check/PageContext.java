package dev.shareworthy.check;

import dev.shareworthy.content.Page;
import dev.shareworthy.content.Post;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One page as every rule sees it: the typed post or page with its source lines (none for {@code check --html}),
 * and the rendered page, parsed once. Body text and share metadata are worked out on first use and shared by
 * all rules; a page is checked by one thread at a time.
 */
public final class PageContext {

  /** What kind of page this is. */
  public enum Kind { POST, PAGE, HTML }

  private final Kind kind;
  private final String source;
  private final String path;
  private final Path file;
  private final Document document;
  private final Post post;
  private final Page entry;
  private final java.util.function.Supplier<SourceLines> linesSource;
  private SourceLines lines;
  private final String language;
  private final SiteIndex site;
  private Element content;
  private List<TextBlock> blocks;
  private ShareMeta share;
  private int words = -1;
  private ProseWords proseWords;
  private List<String> sentences;
  private int[] sentenceWords;
  private List<Element> links;
  private String lowerProse;

  PageContext(Kind kind, String source, String path, Path file, Document document, Post post, Page entry,
      java.util.function.Supplier<SourceLines> lines, String language, SiteIndex site) {
    this.kind = kind;
    this.source = source;
    this.path = path;
    this.file = file;
    this.document = document;
    this.post = post;
    this.entry = entry;
    this.linesSource = lines;
    this.language = language == null || language.isBlank() ? "en" : language.strip();
    this.site = site;
  }

  public Kind kind() {
    return kind;
  }

  /** The source file as findings name it. */
  public String source() {
    return source;
  }

  /** The page's URL path without the base path, such as {@code /posts/x/}. */
  public String path() {
    return path;
  }

  /** The rendered HTML file. */
  public Path file() {
    return file;
  }

  /** The whole rendered page. */
  public Document document() {
    return document;
  }

  /** The post, or null for a page or {@code check --html}. */
  public Post post() {
    return post;
  }

  /** The standalone page (About...), or null. */
  public Page entry() {
    return entry;
  }

  /**
   * The source file's lines for later, holding nothing of the parsed page: for site-wide rules, which report
   * after the page is gone. Gives null for {@code check --html}.
   */
  public java.util.function.Supplier<SourceLines> linesLater() {
    return linesSource != null ? linesSource : () -> null;
  }

  /** The source file's lines, or null for {@code check --html}. */
  public SourceLines lines() {
    if (lines == null && linesSource != null) {
      lines = linesSource.get();
    }
    return lines;
  }

  public SiteIndex site() {
    return site;
  }

  /** The page's language tag: front matter {@code language}, else the site's; {@code <html lang>} for HTML. */
  public String language() {
    return language;
  }

  /** Whether the page is in English, the language the readability formula and the stopword lists fit. */
  public boolean english() {
    String l = language.toLowerCase(Locale.ROOT);
    return l.equals("en") || l.startsWith("en-") || l.startsWith("en_");
  }

  /**
   * The element holding the body: the theme's {@code .content} (as the default theme writes it), else
   * {@code article}, {@code main} or the body.
   */
  public Element content() {
    if (content == null) {
      Element c = document.selectFirst("article .content, main .content, .post-content, .entry-content, "
          + "[itemprop=articleBody], .e-content");
      if (c == null) {
        c = document.selectFirst("article");
      }
      if (c == null) {
        c = document.selectFirst("main, [role=main]");
      }
      content = c != null ? c : document.body();
    }
    return content;
  }

  /**
   * Elements of the body matching a CSS query, leaving out those in code blocks, navigation, share blocks and
   * other parts that are not the writer's text.
   */
  public List<Element> select(String cssQuery) {
    Element root = content();
    List<Element> out = new ArrayList<>();
    for (Element e : root.select(cssQuery)) {
      boolean inside = true;
      for (Element a = e; a != null && a != root; a = a.parent()) {
        if (PageText.skipped(a) && !(a == e && a.normalName().equals("iframe"))) {
          inside = false;
          break;
        }
      }
      if (inside) {
        out.add(e);
      }
    }
    return out;
  }

  /** The body's links ({@code a[href]}), as {@link #select} finds them; shared by the link rules. */
  public List<Element> links() {
    if (links == null) {
      links = select("a[href]");
    }
    return links;
  }

  /** All body prose in lower case, blocks separated by newlines, for phrase searches. */
  public String lowerProse() {
    if (lowerProse == null) {
      StringBuilder all = new StringBuilder();
      for (TextBlock b : blocks()) {
        all.append(b.prose()).append('\n');
      }
      lowerProse = all.toString().toLowerCase(Locale.ROOT).replace('’', '\'');
    }
    return lowerProse;
  }

  /** The body text in blocks, without code blocks, navigation or share blocks. */
  public List<TextBlock> blocks() {
    if (blocks == null) {
      blocks = PageText.blocks(content());
    }
    return blocks;
  }

  /** Words of body text. */
  public int words() {
    if (words < 0) {
      int n = 0;
      for (TextBlock b : blocks()) {
        n += b.words();
      }
      words = n;
    }
    return words;
  }

  /** The words of body prose (inline code left out), in order, as hashes; see {@link ProseWords}. */
  public ProseWords proseWords() {
    if (proseWords == null) {
      proseWords = ProseWords.of(lowerProse());
    }
    return proseWords;
  }

  /** The sentences of the body text, headings left out (they are titles, not sentences). */
  public List<String> sentences() {
    if (sentences == null) {
      List<String> all = new ArrayList<>();
      for (TextBlock b : blocks()) {
        if (!b.heading()) {
          all.addAll(Words.sentences(b.text()));
        }
      }
      sentences = all;
    }
    return sentences;
  }

  /** Words in each of {@link #sentences()}, counted once for the rules that need them. */
  public int[] sentenceWords() {
    if (sentenceWords == null) {
      List<String> all = sentences();
      int[] counts = new int[all.size()];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = Words.count(all.get(i));
      }
      sentenceWords = counts;
    }
    return sentenceWords;
  }

  /** The page head's share metadata. */
  public ShareMeta share() {
    if (share == null) {
      share = new ShareMeta(document);
    }
    return share;
  }

  /** The page's own title: the post's or page's, else what previews show. */
  public String title() {
    if (post != null) {
      return post.title();
    }
    if (entry != null) {
      return entry.title();
    }
    return share().title();
  }

  /** The line of a front matter key, or 0 for {@code check --html}. */
  public int keyLine(String... keys) {
    return lines() == null ? 0 : lines.keyLine(keys);
  }

  /** The source line where an element's text starts, or 0 when it cannot be told. */
  public int lineOf(Element element) {
    if (lines() == null) {
      return 0;
    }
    String tag = element.normalName();
    if (tag.equals("a")) {
      return lines.lineOfLink(element.attr("href"), element.text());
    }
    if (tag.equals("img")) {
      return lines.lineOfLink(element.attr("src"), element.attr("alt"));
    }
    return lines.lineOfText(element.text());
  }

  /** The source line of a block's start, or 0. */
  public int lineOf(TextBlock block) {
    return lines() == null ? 0 : lines.lineOfText(block.text());
  }

  /** The first body line: for findings about the body as a whole. */
  public int bodyLine() {
    return lines() == null ? 0 : lines.bodyLine();
  }
}

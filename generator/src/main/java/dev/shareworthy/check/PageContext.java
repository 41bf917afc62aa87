package dev.shareworthy.check;

import dev.shareworthy.content.Page;
import dev.shareworthy.content.Post;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

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
  /** The page's share blocks, cut before parsing: they still hold ids a link may point to. Null when unknown. */
  private final ShareBlocks.Found shareBlocks;
  /** Reads the page again, or null where it cannot be. */
  private final java.util.function.Supplier<PageContext> reopen;
  private Element content;
  private List<TextBlock> blocks;
  private ShareMeta share;
  private int words = -1;
  private ProseWords proseWords;
  private Sentences sentences;
  private List<Element> links;
  private String lowerProse;

  PageContext(Kind kind, String source, String path, Path file, Document document, Post post, Page entry,
      java.util.function.Supplier<SourceLines> lines, String language, SiteIndex site) {
    this(kind, source, path, file, document, post, entry, lines, language, site, null);
  }

  PageContext(Kind kind, String source, String path, Path file, Document document, Post post, Page entry,
      java.util.function.Supplier<SourceLines> lines, String language, SiteIndex site,
      ShareBlocks.Found shareBlocks) {
    this(kind, source, path, file, document, post, entry, lines, language, site, shareBlocks, null);
  }

  PageContext(Kind kind, String source, String path, Path file, Document document, Post post, Page entry,
      java.util.function.Supplier<SourceLines> lines, String language, SiteIndex site,
      ShareBlocks.Found shareBlocks, java.util.function.Supplier<PageContext> reopen) {
    this.reopen = reopen;
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
    this.shareBlocks = shareBlocks;
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
   * The element holding the body: the first of the theme's {@code .content} inside an article or main (as the
   * default theme writes it), {@code .post-content}, {@code .entry-content}, {@code [itemprop=articleBody]} or
   * {@code .e-content}; else the first {@code article}, {@code main} or {@code [role=main]}; else the body.
   */
  public Element content() {
    if (content == null) {
      index();
      Element c = contentCandidate != null ? contentCandidate : firstArticle != null ? firstArticle : firstMain;
      content = c != null ? c : document.body();
    }
    return content;
  }

  /** The page's scripts, in the head and the body. */
  public List<Element> scripts() {
    index();
    return scripts;
  }

  /** The body's h1 headings, wherever the theme put them. */
  public List<Element> bodyHeadings() {
    index();
    return bodyH1s;
  }

  /** The page's first {@code article}, or null. */
  public Element firstArticle() {
    index();
    return firstArticle;
  }

  private Element contentCandidate;
  private Element firstArticle;
  private Element firstMain;
  private List<Element> scripts;
  private List<Element> bodyH1s;

  /** One walk over the whole page for what several rules look up, instead of a query each. */
  private void index() {
    if (scripts != null) {
      return;
    }
    scripts = new ArrayList<>(4);
    bodyH1s = new ArrayList<>(2);
    visit(document, false, false);
  }

  private void visit(Element parent, boolean inArticleOrMain, boolean inBody) {
    for (int i = 0, count = parent.childNodeSize(); i < count; i++) {
      org.jsoup.nodes.Node n = parent.childNode(i);
      if (!(n instanceof Element e)) {
        continue;
      }
      String name = e.normalName();
      boolean body = inBody || name.equals("body");
      switch (name) {
        case "script" -> scripts.add(e);
        case "h1" -> {
          if (body) {
            bodyH1s.add(e);
          }
        }
        case "article" -> {
          if (firstArticle == null) {
            firstArticle = e;
          }
        }
        default -> { }
      }
      // Most elements have no attributes: asking for one then costs a lookup per element of the page.
      boolean attributes = e.attributesSize() > 0;
      if (firstMain == null && (name.equals("main")
          || attributes && e.attr("role").trim().equalsIgnoreCase("main"))) {
        firstMain = e;
      }
      if (contentCandidate == null && attributes && contentElement(e, inArticleOrMain)) {
        contentCandidate = e;
      }
      visit(e, inArticleOrMain || name.equals("article") || name.equals("main"), body);
    }
  }

  private static boolean contentElement(Element e, boolean inArticleOrMain) {
    if (e.hasAttr("itemprop") && e.attr("itemprop").trim().equalsIgnoreCase("articleBody")) {
      return true;
    }
    String classes = e.className();
    if (classes.isEmpty()) {
      return false;
    }
    // One walk over the class names, where a hasClass call each walked them four times on every element.
    int n = classes.length();
    for (int start = 0; start < n; ) {
      int end = start;
      while (end < n && !Character.isWhitespace(classes.charAt(end))) {
        end++;
      }
      int length = end - start;
      if (length > 0 && (inArticleOrMain && length == 7 && classes.regionMatches(true, start, "content", 0, 7)
          || length == 12 && classes.regionMatches(true, start, "post-content", 0, 12)
          || length == 13 && classes.regionMatches(true, start, "entry-content", 0, 13)
          || length == 9 && classes.regionMatches(true, start, "e-content", 0, 9))) {
        return true;
      }
      start = end + 1;
    }
    return false;
  }

  /**
   * Elements of the body matching a query (parsed once by the rule, with {@code QueryParser.parse}), leaving out
   * those in code blocks, navigation, share blocks and other parts that are not the writer's text.
   */
  public List<Element> select(Evaluator query) {
    Element root = content();
    List<Element> out = new ArrayList<>();
    for (Element e : bodyElements()) {
      if (query.matches(root, e)) {
        out.add(e);
      }
    }
    return out;
  }

  private List<Element> bodyElements;
  private List<Element> targets;
  private List<Element> styled;
  private List<Element> images;

  /**
   * The content element and everything in it that is the writer's, in document order; found once, with the
   * elements the link, image and style rules look at (a jsoup query each over all of them was 2.5% of checking a
   * page).
   */
  private List<Element> bodyElements() {
    if (bodyElements == null) {
      List<Element> all = new ArrayList<>(128);
      targets = new ArrayList<>();
      links = new ArrayList<>();
      styled = new ArrayList<>(2);
      images = new ArrayList<>(4);
      Element root = content();
      all.add(root);
      sort(root);
      collect(root, all);
      bodyElements = all;
    }
    return bodyElements;
  }

  private void collect(Element parent, List<Element> out) {
    for (int i = 0, count = parent.childNodeSize(); i < count; i++) {
      org.jsoup.nodes.Node n = parent.childNode(i);
      if (n instanceof Element e) {
        if (PageText.skipped(e)) {
          if (e.normalName().equals("iframe")) {
            out.add(e); // an embed is judged itself, but nothing inside it is body text
            sort(e);
          }
          continue;
        }
        out.add(e);
        sort(e);
        collect(e, out);
      }
    }
  }

  /** Notes a body element that the link, image or style rules look at, as their queries would find it. */
  private void sort(Element e) {
    String name = e.normalName();
    if (name.equals("img")) {
      images.add(e);
    }
    if (e.attributesSize() == 0) {
      return; // most elements: none of the queries below can match
    }
    switch (name) {
      case "a" -> {
        if (e.hasAttr("href")) {
          targets.add(e);
          links.add(e);
        }
      }
      case "img", "iframe", "source", "video", "audio" -> {
        if (e.hasAttr("src")) {
          targets.add(e);
        }
      }
      default -> { }
    }
    if (e.hasAttr("style")) {
      styled.add(e);
    }
  }

  /** The body's links ({@code a[href]}), as {@link #select} finds them; shared by the link rules. */
  public List<Element> links() {
    bodyElements();
    return links;
  }

  /**
   * What the body's links and embeds point at, as {@link #select} finds
   * {@code a[href], img[src], iframe[src], source[src], video[src], audio[src]}, in document order.
   */
  public List<Element> linkTargets() {
    bodyElements();
    return targets;
  }

  /** The body's elements with a {@code style} attribute, as {@link #select} finds {@code [style]}. */
  public List<Element> styled() {
    bodyElements();
    return styled;
  }

  /** The body's images ({@code img}), as {@link #select} finds them. */
  public List<Element> images() {
    bodyElements();
    return images;
  }

  /** All body prose in lower case, blocks separated by newlines, for phrase searches. */
  public String lowerProse() {
    if (lowerProse == null) {
      lowerProse = prose().toLowerCase(Locale.ROOT).replace('’', '\'');
    }
    return lowerProse;
  }

  private String prose;

  /** All body prose as written, blocks separated by newlines. */
  private String prose() {
    if (prose != null) {
      return prose;
    }
    int length = 0;
    for (TextBlock b : blocks()) {
      length += b.proseLength() + 1;
    }
    StringBuilder all = new StringBuilder(length);
    for (TextBlock b : blocks()) {
      all.append(b.proseChars(), 0, b.proseLength()).append('\n');
    }
    prose = all.toString();
    return prose;
  }

  /** The body text in blocks, without code blocks, navigation or share blocks. */
  public List<TextBlock> blocks() {
    if (blocks == null) {
      analysed = PageText.analyse(content());
      blocks = analysed.blocks();
    }
    return blocks;
  }

  /** The blocks with the words found in them, for the sentence and word passes. */
  private PageText.Analysed analysed;

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
      proseWords = proseWordsOf(blocks(), analysed.proseWords(), this::prose);
    }
    return proseWords;
  }

  /** The sentences of the body text, headings left out, with their words and syllables. */
  public Sentences sentences() {
    if (sentences == null) {
      sentences = new Sentences(blocks(), analysed.textWords());
    }
    return sentences;
  }

  /**
   * The words of all blocks' prose, as {@link ProseWords#of} finds them in {@code prose}: the blocks' prose
   * joined by newlines. Taken from the words found while the blocks were read.
   */
  static ProseWords proseWordsOf(List<TextBlock> blocks, List<WordSpans> words,
      java.util.function.Supplier<String> prose) {
    int total = 0;
    for (WordSpans w : words) {
      total += w.size;
    }
    long[] hashes = new long[total];
    int[] starts = new int[total];
    int[] ends = new int[total];
    int at = 0;
    int offset = 0;
    for (int b = 0; b < blocks.size(); b++) {
      WordSpans w = words.get(b);
      System.arraycopy(w.hashes, 0, hashes, at, w.size);
      for (int i = 0; i < w.size; i++) {
        starts[at + i] = w.starts[i] + offset;
        ends[at + i] = w.ends[i] + offset;
      }
      at += w.size;
      offset += blocks.get(b).proseLength() + 1;
    }
    return ProseWords.of(prose, hashes, starts, ends);
  }

  /**
   * Whether the page has an element with this id, or an {@code <a name>}: in the parsed page, or inside a share
   * block, whose insides the parsed page leaves out.
   */
  public boolean hasId(String id) {
    if (document.getElementById(id) != null
        || document.selectFirst("a[name=\"" + id.replace("\"", "\\\"") + "\"]") != null) {
      return true;
    }
    return shareBlocks != null && shareBlocks.ids().contains(id);
  }

  /**
   * {@code value}, for a site-wide rule to use after the page is gone. Where the page can be read again, the
   * supplier does not hold the value: it reads the page afresh and applies {@code again} to it, each time it is
   * called. For what a rule needs of every page but uses for few: kept, it would live to the end of the run.
   * {@code again} must give what {@code value} is, and must not hold this page.
   */
  public <T> java.util.function.Supplier<T> later(T value, java.util.function.Function<PageContext, T> again) {
    if (reopen == null) {
      return () -> value;
    }
    java.util.function.Supplier<PageContext> read = reopen;
    String name = source;
    return () -> {
      PageContext page = read.get();
      if (page == null) {
        throw new IllegalStateException(name + " was deleted or replaced while the site was checked");
      }
      return again.apply(page);
    };
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
    if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
      return lines.lineOfHeading(element.text());
    }
    return lines.lineOfText(element.text());
  }

  /** The source line of a block's start, or 0. */
  public int lineOf(TextBlock block) {
    if (lines() == null) {
      return 0;
    }
    return block.heading() ? lines.lineOfHeading(block.text()) : lines.lineOfText(block.text());
  }

  /** The first body line: for findings about the body as a whole. */
  public int bodyLine() {
    return lines() == null ? 0 : lines.bodyLine();
  }
}

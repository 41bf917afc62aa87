package dev.shareworthy.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.shareworthy.content.RenderedMarkdown;
import dev.shareworthy.content.TocEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * Turns Markdown into HTML, GitHub-flavoured: tables, strikethrough, task lists, autolinks, footnotes,
 * unique heading ids and {@code language-xxx} classes on fenced code. The parser and renderer are built
 * once and are safe to share between threads.
 */
public final class MarkdownRenderer {

  private static final String MORE = "<!--more-->";

  private final Parser parser;
  private final Parser parserWithoutAutolinks;
  private final HtmlRenderer renderer;
  private final CoreHtmlWriter coreWriter;

  public MarkdownRenderer() {
    MutableDataSet options = new MutableDataSet()
        .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
            TaskListExtension.create(), FootnoteExtension.create()))
        .set(HtmlRenderer.GENERATE_HEADER_ID, true)
        .set(HtmlRenderer.RENDER_HEADER_ID, true)
        .set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-")
        .set(TablesExtension.CLASS_NAME, "table")
        .set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
    parserWithoutAutolinks = Parser.builder(options).build();
    MutableDataSet withAutolinks = new MutableDataSet(options).set(Parser.EXTENSIONS, List.of(
        TablesExtension.create(), StrikethroughExtension.create(), TaskListExtension.create(),
        FootnoteExtension.create(), AutolinkExtension.create()));
    parser = Parser.builder(withAutolinks).build();
    renderer = HtmlRenderer.builder(withAutolinks).linkResolverFactory(new ResolverFactory()).build();
    coreWriter = new CoreHtmlWriter(new com.vladsch.flexmark.html.HtmlRendererOptions(withAutolinks));
  }

  /**
   * Renders one body.
   *
   * @param pageUrl the URL the body is published at, base path included, such as {@code /posts/hello/};
   *     relative links and images resolve against it
   * @param basePath the site's base path, such as {@code /}; root-relative links gain it
   */
  public RenderedMarkdown render(String markdown, String pageUrl, String basePath) {
    // The autolink pass scans all text and costs about as much as the rest of parsing: skip it for a
    // body with no bare URL or e-mail address in it, where it could change nothing.
    Document document = parse(mayHoldBareLinks(markdown) ? parser : parserWithoutAutolinks, markdown, pageUrl, basePath);
    String html = CoreHtmlWriter.canWrite(document)
        ? coreWriter.write(document, pageUrl, basePath)
        : renderer.render(document);
    List<TocEntry> toc = toc(document);
    int words = countWords(document);

    String excerptHtml;
    String excerptText;
    int more = html.indexOf(MORE);
    if (more >= 0) {
      // Everything before the marker; jsoup closes whatever the cut left open.
      org.jsoup.nodes.Element body = Jsoup.parseBodyFragment(html.substring(0, more)).body();
      excerptHtml = body.html();
      excerptText = body.text();
    } else {
      Paragraph first = null;
      String firstText = "";
      for (Node n = document.getFirstChild(); n != null && first == null; n = n.getNext()) {
        if (n instanceof Paragraph p && !(firstText = plainText(p)).isBlank()) {
          first = p;
        }
      }
      excerptText = first == null ? "" : firstText;
      excerptHtml = first == null ? "" : leadingParagraph(html, first, document);
    }
    return new RenderedMarkdown(html, withoutFootnotes(excerptHtml), excerptText, toc, words);
  }

  /**
   * The first paragraph's HTML. When it is the body's first block, it is the start of {@code html} up to its
   * {@code </p>} (a paragraph holds no other paragraph); else it is rendered on its own.
   */
  private String leadingParagraph(String html, Paragraph first, Document document) {
    if (first.getPrevious() == null && html.startsWith("<p>")) {
      int end = html.indexOf("</p>");
      if (end > 0) {
        return html.substring(0, end + "</p>".length());
      }
    }
    return renderAlone(first, document);
  }

  /**
   * Renders one paragraph as a document of its own: flexmark leaves links out of a lone node's rendering.
   * The paragraph is moved out of {@code document}, which must have been rendered already.
   */
  private String renderAlone(Paragraph paragraph, Document document) {
    Document alone = new Document(document, document.getChars());
    paragraph.unlink();
    alone.appendChild(paragraph);
    return renderer.render(alone).strip();
  }

  /**
   * Whether the text may hold a URL or e-mail address the autolink extension would link: a {@code ://} or
   * {@code www.} not written as a Markdown link {@code ](...)} or an angle-bracket link, or an {@code @}
   * between letters. Errs on the side of yes.
   */
  static boolean mayHoldBareLinks(String md) {
    for (int i = md.indexOf("://"); i >= 0; i = md.indexOf("://", i + 3)) {
      int start = i;
      while (start > 0 && Character.isLetter(md.charAt(start - 1))) {
        start--;
      }
      if (!isExplicitLink(md, start)) {
        return true;
      }
    }
    for (int i = md.indexOf("www."); i >= 0; i = md.indexOf("www.", i + 4)) {
      char before = i > 0 ? md.charAt(i - 1) : ' ';
      if (before != '/' && !isExplicitLink(md, i)) {
        return true;
      }
    }
    for (int i = md.indexOf('@'); i >= 0; i = md.indexOf('@', i + 1)) {
      if (i > 0 && i + 1 < md.length() && Character.isLetterOrDigit(md.charAt(i - 1))
          && Character.isLetterOrDigit(md.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isExplicitLink(String md, int urlStart) {
    if (urlStart > 0 && md.charAt(urlStart - 1) == '<') {
      return true;
    }
    return urlStart > 1 && md.charAt(urlStart - 1) == '(' && md.charAt(urlStart - 2) == ']';
  }

  /** Flexmark's own rendering of a body, for tests that compare it with {@link CoreHtmlWriter}'s. */
  String renderWithFlexmark(String markdown, String pageUrl, String basePath) {
    return renderer.render(parse(parser, markdown, pageUrl, basePath));
  }

  /** Parses a body and records where it is published, for the link resolver. */
  private static Document parse(Parser with, String markdown, String pageUrl, String basePath) {
    Document document = with.parse(markdown);
    document.set(SiteLinkResolver.PAGE_URL, pageUrl);
    document.set(SiteLinkResolver.BASE_PATH, basePath);
    return document;
  }

  /** {@link CoreHtmlWriter}'s rendering of a body, or null where it leaves the body to Flexmark. */
  String renderWithCoreWriter(String markdown, String pageUrl, String basePath) {
    Document document = parser.parse(markdown);
    return CoreHtmlWriter.canWrite(document) ? coreWriter.write(document, pageUrl, basePath) : null;
  }

  /** An excerpt is shown away from its footnotes: references and the footnote list would be dead links. */
  private static String withoutFootnotes(String excerpt) {
    if (!excerpt.contains("fnref")) {
      return excerpt;
    }
    org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(excerpt);
    doc.outputSettings().prettyPrint(false);
    doc.select("sup[id^=fnref], div.footnotes").remove();
    return doc.body().html();
  }

  private static String plainText(Node node) {
    return new TextCollectingVisitor().collectAndGetText(node).replaceAll("\\s+", " ").strip();
  }

  /** h2 and h3 headings, h3s nested under the h2 before them; ids were set by the renderer. */
  private static List<TocEntry> toc(Document document) {
    List<TocEntry> top = new ArrayList<>();
    List<TocEntry> pendingChildren = null;
    String pendingId = null;
    String pendingText = null;
    for (Node n : document.getDescendants()) {
      if (!(n instanceof Heading h) || h.getLevel() < 2 || h.getLevel() > 3) {
        continue;
      }
      String id = h.getAnchorRefId();
      String text = plainText(h);
      if (h.getLevel() == 2) {
        if (pendingId != null) {
          top.add(new TocEntry(2, pendingId, pendingText, pendingChildren));
        }
        pendingId = id;
        pendingText = text;
        pendingChildren = new ArrayList<>();
      } else if (pendingId != null) {
        pendingChildren.add(new TocEntry(3, id, text, List.of()));
      } else {
        top.add(new TocEntry(3, id, text, List.of()));
      }
    }
    if (pendingId != null) {
      top.add(new TocEntry(2, pendingId, pendingText, pendingChildren));
    }
    return top;
  }

  /** Words of prose: code and raw HTML blocks left out; each Han or kana character counts as a word. */
  static int countWords(Node node) {
    if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock || node instanceof Code
        || node instanceof HtmlBlock) {
      return 0;
    }
    if (node instanceof Text) {
      // Count over the original String: a flexmark sub-sequence checks bounds on every character.
      com.vladsch.flexmark.util.sequence.BasedSequence chars = node.getChars();
      return chars.getBase() instanceof String base
          ? countWords(base, chars.getStartOffset(), chars.getEndOffset())
          : countWords(chars);
    }
    int words = 0;
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      words += countWords(child);
    }
    return words;
  }

  static int countWords(CharSequence text) {
    return countWords(text.toString(), 0, text.length());
  }

  private static int countWords(String text, int start, int end) {
    int words = 0;
    boolean inWord = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= '\u2E80' && isIdeographic(c)) {
        words++;
        inWord = false;
      } else if (c < 128 ? isAsciiLetterOrDigit(c) : Character.isLetterOrDigit(c)) {
        if (!inWord) {
          words++;
          inWord = true;
        }
      } else if (c != '\'' && c != '\u2019' && c != '-') {
        inWord = false;
      }
    }
    return words;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    char lower = (char) (c | 0x20);
    return (lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9');
  }

  /** Han, hiragana and katakana are written without spaces: each character is counted as a word. */
  private static boolean isIdeographic(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  private static final class ResolverFactory implements LinkResolverFactory {
    @Override
    public Set<Class<?>> getAfterDependents() {
      return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return null;
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }

    @Override
    public LinkResolver apply(LinkResolverBasicContext context) {
      return new SiteLinkResolver();
    }
  }
}

package dev.shareworthy.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.html.HtmlRendererOptions;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Writes the HTML of plain Markdown (paragraphs, emphasis, code, headings, lists, links, images, quotes,
 * rules) straight from Flexmark's syntax tree, exactly as Flexmark's own renderer would. Flexmark's renderer
 * is general (any extension, any output format) and took half of a build's CPU time; this one does the
 * common case in about a third of the time. A document holding any other kind of node (a table, a
 * footnote, raw HTML, a reference link…) is left to Flexmark: {@link #canWrite} says which.
 */
final class CoreHtmlWriter {

  private static final Set<Class<?>> WRITTEN = Set.of(Document.class, Paragraph.class, Text.class,
      SoftLineBreak.class, HardLineBreak.class, Emphasis.class, StrongEmphasis.class, Code.class, Heading.class,
      FencedCodeBlock.class, BulletList.class, OrderedList.class, com.vladsch.flexmark.ast.BulletListItem.class,
      com.vladsch.flexmark.ast.OrderedListItem.class, Link.class, Image.class, BlockQuote.class,
      ThematicBreak.class);

  private final HtmlRendererOptions htmlOptions;

  CoreHtmlWriter(HtmlRendererOptions htmlOptions) {
    this.htmlOptions = htmlOptions;
  }

  /** Whether every node of the document is of a kind this writer renders. */
  static boolean canWrite(Document document) {
    for (Node n : document.getDescendants()) {
      if (!WRITTEN.contains(n.getClass())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Renders a document for which {@link #canWrite} holds; sets heading ids as Flexmark's renderer does.
   *
   * @param pageUrl the page's URL, base path included, for relative links and images
   */
  String write(Document document, String pageUrl, String basePath) {
    new HeaderIdGenerator(document).generateIds(document);
    Pass pass = new Pass(new Out(Math.max(1024, document.getTextLength() * 5 / 4)), document,
        ListOptions.get(document), pageUrl, basePath);
    children(document, pass);
    return pass.out().toString();
  }

  /** What one document's rendering needs at every node; list options are read from the document once. */
  private record Pass(Out out, Document doc, ListOptions lists, String pageUrl, String basePath) {}

  private void children(Node parent, Pass pass) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      node(n, pass);
    }
  }

  private void node(Node n, Pass pass) {
    Out out = pass.out();
    if (n instanceof Text) {
      BasedSequence chars = n.getChars();
      // Most text has nothing to unescape: write it straight from the source string.
      if (chars.getBase() instanceof String source && plain(source, chars.getStartOffset(), chars.getEndOffset())) {
        out.text(source, chars.getStartOffset(), chars.getEndOffset());
      } else {
        out.text(Escaping.normalizeEOL(chars.unescape()));
      }
    } else if (n instanceof Paragraph p) {
      if (p.getFirstChild() == null) {
        return;
      }
      boolean wrap = !(p.getParent() instanceof ParagraphItemContainer container)
          || !container.isParagraphWrappingDisabled(p, pass.lists(), pass.doc());
      if (wrap) {
        out.line().raw("<p>");
        children(p, pass);
        out.raw("</p>").line();
      } else {
        children(p, pass);
      }
    } else if (n instanceof SoftLineBreak) {
      out.raw(htmlOptions.softBreak);
    } else if (n instanceof HardLineBreak) {
      out.raw(htmlOptions.hardBreak);
    } else if (n instanceof Emphasis) {
      out.raw("<em>");
      children(n, pass);
      out.raw("</em>");
    } else if (n instanceof StrongEmphasis) {
      out.raw("<strong>");
      children(n, pass);
      out.raw("</strong>");
    } else if (n instanceof Code code) {
      out.raw("<code>").text(Escaping.collapseWhitespace(code.getText(), true)).raw("</code>");
    } else if (n instanceof Heading h) {
      out.line().raw("<h").raw(Integer.toString(h.getLevel()));
      String id = h.getAnchorRefId();
      if (id != null && !id.isEmpty()) {
        out.raw(" id=\"").attr(id).raw("\"");
      }
      out.raw(">");
      children(h, pass);
      out.raw("</h").raw(Integer.toString(h.getLevel())).raw(">").line();
    } else if (n instanceof FencedCodeBlock code) {
      out.line().raw("<pre><code");
      BasedSequence info = code.getInfo();
      if (info.isNotNull() && !info.isBlank()) {
        String language = code.getInfoDelimitedByAny(htmlOptions.languageDelimiterSet).unescape();
        out.raw(" class=\"").attr(htmlOptions.languageClassMap.getOrDefault(language,
            htmlOptions.languageClassPrefix + language)).raw("\"");
      } else if (!htmlOptions.noLanguageClass.isBlank()) {
        out.raw(" class=\"").attr(htmlOptions.noLanguageClass.trim()).raw("\"");
      }
      out.raw(">").text(code.getContentChars().normalizeEOL()).raw("</code></pre>").line();
    } else if (n instanceof BulletList) {
      out.line().raw("<ul>").line();
      children(n, pass);
      out.line().raw("</ul>").line();
    } else if (n instanceof OrderedList list) {
      out.line().raw("<ol");
      if (list.getStartNumber() != 1 && pass.lists().isOrderedListManualStart()) {
        out.raw(" start=\"").raw(Integer.toString(list.getStartNumber())).raw("\"");
      }
      out.raw(">").line();
      children(n, pass);
      out.line().raw("</ol>").line();
    } else if (n instanceof ListItem item) {
      out.line().raw("<li>").text(item.getMarkerSuffix().unescape());
      children(n, pass);
      out.raw("</li>").line();
    } else if (n instanceof Link link) {
      String url = SiteLinkResolver.resolve(link.getUrl().unescape(), pass.pageUrl(), pass.basePath());
      out.raw("<a href=\"").attr(url).raw("\"");
      if (link.getTitle().isNotNull()) {
        out.raw(" title=\"").attr(link.getTitle().unescape()).raw("\"");
      }
      out.raw(">");
      children(n, pass);
      out.raw("</a>");
    } else if (n instanceof Image image) {
      String url = SiteLinkResolver.resolve(image.getUrl().unescape(), pass.pageUrl(), pass.basePath());
      out.raw("<img src=\"").attr(url).raw("\" alt=\"")
          .attr(new TextCollectingVisitor().collectAndGetText(image)).raw("\"");
      if (image.getTitle().isNotNull()) {
        out.raw(" title=\"").attr(image.getTitle().unescape()).raw("\"");
      }
      out.raw(" />");
    } else if (n instanceof BlockQuote) {
      out.line().raw("<blockquote>").line();
      children(n, pass);
      out.line().raw("</blockquote>").line();
    } else if (n instanceof ThematicBreak) {
      out.line().raw("<hr />").line();
    } else {
      throw new IllegalStateException("not a node this writer renders: " + n.getClass().getName());
    }
  }

  /** Whether a range holds nothing Markdown would unescape or normalise: no backslash, entity or CR. */
  private static boolean plain(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c == '\\' || c == '&' || c == '\r') {
        return false;
      }
    }
    return true;
  }

  /** The output: a line is ended only when something is on it, as Flexmark's line writer does. */
  private static final class Out {
    private final StringBuilder b;

    Out(int capacity) {
      b = new StringBuilder(capacity);
    }

    Out raw(String s) {
      b.append(s);
      return this;
    }

    Out line() {
      if (b.length() > 0 && b.charAt(b.length() - 1) != '\n') {
        b.append('\n');
      }
      return this;
    }

    /** Text content: {@code & < > "} escaped. */
    Out text(CharSequence s) {
      String text = s.toString();
      return text(text, 0, text.length());
    }

    /** A range of a string as text content, copied in runs between the characters that need escaping. */
    Out text(String s, int start, int end) {
      int run = start;
      for (int i = start; i < end; i++) {
        String entity;
        switch (s.charAt(i)) {
          case '&' -> entity = "&amp;";
          case '<' -> entity = "&lt;";
          case '>' -> entity = "&gt;";
          case '"' -> entity = "&quot;";
          default -> entity = null;
        }
        if (entity != null) {
          b.append(s, run, i).append(entity);
          run = i + 1;
        }
      }
      b.append(s, run, end);
      return this;
    }

    Out attr(CharSequence s) {
      return text(s);
    }

    @Override
    public String toString() {
      return b.toString();
    }
  }
}

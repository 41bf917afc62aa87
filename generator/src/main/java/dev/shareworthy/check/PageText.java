package dev.shareworthy.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The body text of a page, cut into blocks in one walk over its content element. Code blocks, navigation,
 * headers, footers, asides, forms, scripts and share blocks are not body text.
 */
final class PageText {

  private static final Set<String> SKIPPED = Set.of("pre", "script", "style", "template", "noscript", "nav",
      "aside", "header", "footer", "svg", "math", "iframe", "object", "button", "form", "select", "textarea",
      "canvas", "video", "audio");
  private static final Set<String> BLOCKS = Set.of("p", "li", "dd", "dt", "td", "th", "caption", "figcaption",
      "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "div", "section", "article", "main", "body", "details",
      "summary", "address", "figure", "ul", "ol", "dl", "table", "tr", "thead", "tbody", "tfoot", "hr", "br");
  private static final Set<String> CODE = Set.of("code", "kbd", "samp", "var", "tt");

  private PageText() {}

  static List<TextBlock> blocks(Element content) {
    List<Open> open = new ArrayList<>();
    Open root = new Open(content);
    open.add(root);
    walk(content, root, false, open);
    List<TextBlock> blocks = new ArrayList<>(open.size());
    for (Open o : open) {
      String text = o.text.toString().strip();
      if (!text.isEmpty()) {
        int words = Words.count(text);
        if (words > 0) {
          blocks.add(new TextBlock(o.element.normalName(), text, o.prose.toString().strip(), o.element, words));
        }
      }
    }
    return blocks;
  }

  /** Whether an element is left out of body text: not prose, or a share block a theme added. */
  static boolean skipped(Element e) {
    if (SKIPPED.contains(e.normalName()) || e.hasAttr("hidden")) {
      return true;
    }
    String cls = e.className();
    return !cls.isEmpty() && (cls.contains("share") || e.hasClass("toc") || cls.contains("post-nav")
        || cls.contains("breadcrumb"));
  }

  private static final class Open {
    final Element element;
    final StringBuilder text = new StringBuilder();
    final StringBuilder prose = new StringBuilder();

    Open(Element element) {
      this.element = element;
    }
  }

  private static void walk(Element parent, Open current, boolean inCode, List<Open> open) {
    for (Node child : parent.childNodes()) {
      if (child instanceof TextNode t) {
        append(current.text, t.getWholeText());
        if (!inCode) {
          append(current.prose, t.getWholeText());
        }
      } else if (child instanceof Element e) {
        if (skipped(e)) {
          continue;
        }
        String name = e.normalName();
        if (name.equals("br") || name.equals("hr")) {
          append(current.text, " ");
          append(current.prose, " ");
        } else if (BLOCKS.contains(name)) {
          Open block = new Open(e);
          open.add(block);
          walk(e, block, false, open);
          append(current.text, " ");
          append(current.prose, " ");
        } else {
          walk(e, current, inCode || CODE.contains(name), open);
        }
      }
    }
  }

  /** Appends with whitespace runs collapsed to one space. */
  private static void append(StringBuilder out, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
      } else {
        out.append(c);
      }
    }
  }
}

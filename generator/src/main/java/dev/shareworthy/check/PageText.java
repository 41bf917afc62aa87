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
    walk(content, root, false, open, new char[][] {new char[256]});
    List<TextBlock> blocks = new ArrayList<>(open.size());
    for (Open o : open) {
      if (o.words > 0) {
        String text = new String(o.text, 0, o.textLength).strip();
        String prose = o.prose == null ? text : new String(o.prose, 0, o.proseLength).strip();
        blocks.add(new TextBlock(o.element.normalName(), text, prose, o.element, o.words,
            o.prose == null ? o.words : o.proseWords, o.capitalPair, o.exclamation));
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

  /**
   * A block being read: its text with whitespace runs collapsed to one space, the same without inline code once
   * it has some, and what the rules count, all in one pass over each text node's characters.
   */
  private static final class Open {
    final Element element;
    char[] text = new char[256]; // most paragraphs fit, so the array rarely grows
    int textLength;
    /** Null until the block has inline code: then prose differs from text. */
    char[] prose;
    int proseLength;

    Open(Element element) {
      this.element = element;
    }

    /** Words, counted the way {@link Words#count} counts them. */
    int words;
    private boolean inWord;
    /** Whether the prose has two capitals in a row, and an exclamation mark: most blocks have neither. */
    boolean capitalPair;
    boolean exclamation;
    private boolean previousUpper;

    void append(String s, boolean code, char[][] buffer) {
      // Copied into one buffer per walk: a new array per text node cost more than the counting.
      int n = s.length();
      if (buffer[0].length < n) {
        buffer[0] = new char[Math.max(n, 2 * buffer[0].length)];
      }
      char[] in = buffer[0];
      s.getChars(0, n, in, 0);
      if (code && prose == null) {
        prose = java.util.Arrays.copyOf(text, text.length);
        proseLength = textLength;
        proseWords = words;
        proseInWord = inWord;
      }
      if (textLength + n > text.length) {
        text = java.util.Arrays.copyOf(text, Math.max(textLength + n, 2 * text.length));
      }
      boolean toProse = prose != null && !code;
      if (toProse && proseLength + n > prose.length) {
        prose = java.util.Arrays.copyOf(prose, Math.max(proseLength + n, 2 * prose.length));
      }
      char[] t = text;
      int tn = textLength;
      int count = words;
      boolean inW = inWord;
      boolean pair = capitalPair;
      boolean previous = previousUpper;
      int bang = 0;
      for (int i = 0; i < n; i++) {
        char c = in[i];
        int k = CharClass.of(c);
        if ((k & CharClass.BLANK) != 0) {
          inW = false;
          if (tn > 0 && t[tn - 1] != ' ') {
            t[tn++] = ' ';
          }
        } else {
          boolean letter = (k & CharClass.WORD) != 0;
          if (letter && !inW) {
            count++;
          }
          inW = letter || (inW && (k & CharClass.JOIN) != 0);
          t[tn++] = c;
        }
        // What the caps and exclamation rules look for, noted for prose only (below).
        boolean upper = (k & CharClass.UPPER) != 0;
        pair |= upper && previous;
        previous = upper;
        bang |= k & CharClass.BANG;
      }
      textLength = tn;
      words = count;
      inWord = inW;
      if (!code) {
        capitalPair = pair;
        previousUpper = previous;
        exclamation |= bang != 0;
        if (toProse) {
          appendProse(in, n);
        }
      }
    }

    /** Words of the prose so far, and whether it ends inside one: as for the text, code left out. */
    int proseWords;
    private boolean proseInWord;

    /** Appends to the prose with whitespace runs collapsed, counting its words as {@link #append} counts the text's. */
    private void appendProse(char[] s, int n) {
      char[] out = prose;
      int o = proseLength;
      int count = proseWords;
      boolean inW = proseInWord;
      for (int i = 0; i < n; i++) {
        char c = s[i];
        int k = CharClass.of(c);
        if ((k & CharClass.BLANK) != 0) {
          inW = false;
          if (o > 0 && out[o - 1] != ' ') {
            out[o++] = ' ';
          }
        } else {
          boolean letter = (k & CharClass.WORD) != 0;
          if (letter && !inW) {
            count++;
          }
          inW = letter || (inW && (k & CharClass.JOIN) != 0);
          out[o++] = c;
        }
      }
      proseLength = o;
      proseWords = count;
      proseInWord = inW;
    }
  }

  private static void walk(Element parent, Open current, boolean inCode, List<Open> open, char[][] buffer) {
    for (Node child : parent.childNodes()) {
      if (child instanceof TextNode t) {
        current.append(t.getWholeText(), inCode, buffer);
      } else if (child instanceof Element e) {
        if (skipped(e)) {
          continue;
        }
        String name = e.normalName();
        if (name.equals("br") || name.equals("hr")) {
          current.append(" ", false, buffer);
        } else if (BLOCKS.contains(name)) {
          Open block = new Open(e);
          open.add(block);
          walk(e, block, false, open, buffer);
          current.append(" ", false, buffer);
        } else {
          walk(e, current, inCode || CODE.contains(name), open, buffer);
        }
      }
    }
  }
}

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
        String text = o.text.toString().strip();
        String prose = o.prose == null ? text : o.prose.toString().strip();
        blocks.add(new TextBlock(o.element.normalName(), text, prose, o.element, o.words, o.capitalPair, o.exclamation));
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
    /** Null until the block has inline code: then prose differs from text. */
    StringBuilder prose;

    Open(Element element) {
      this.element = element;
    }

    /** Words counted while the text is copied, the way {@link Words#count} counts them. */
    int words;
    private boolean inWord;

    void append(String s, boolean code, char[][] buffer) {
      if (code && prose == null) {
        prose = new StringBuilder(text);
      }
      // Copied into one buffer per walk: a new array per text node cost more than the counting.
      int n = s.length();
      if (buffer[0].length < n) {
        buffer[0] = new char[Math.max(n, 2 * buffer[0].length)];
      }
      char[] chars = buffer[0];
      s.getChars(0, n, chars, 0);
      appendCounting(chars, n);
      if (!code) {
        scanProse(chars, n);
      }
      if (prose != null && !code) {
        PageText.append(prose, chars, n);
      }
    }

    /** Whether the prose has two capitals in a row, and an exclamation mark: most blocks have neither. */
    boolean capitalPair;
    boolean exclamation;
    private boolean previousUpper;

    /** Notes what the caps and exclamation rules look for, over the characters the prose is made of. */
    private void scanProse(char[] s, int n) {
      for (int i = 0; i < n; i++) {
        char c = s[i];
        boolean upper = c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
        capitalPair |= upper && previousUpper;
        previousUpper = upper;
        exclamation |= c == '!' || c == '‼';
      }
    }

    private void appendCounting(char[] s, int n) {
      int i = 0;
      while (i < n) {
        int start = i;
        while (i < n && !blank(s[i])) {
          char c = s[i];
          boolean letter = Words.wordChar(c);
          if (letter && !inWord) {
            words++;
          }
          inWord = letter || (inWord && (c == '\'' || c == '’' || c == '-'));
          i++;
        }
        if (i > start) {
          text.append(s, start, i - start);
        }
        if (i < n) {
          inWord = false;
          if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
          }
          while (i < n && blank(s[i])) {
            i++;
          }
        }
      }
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

  /** Appends with whitespace runs collapsed to one space; runs of other characters are copied in one go. */
  static void append(StringBuilder out, char[] s, int n) {
    int i = 0;
    while (i < n) {
      int start = i;
      while (i < n && !blank(s[i])) {
        i++;
      }
      if (i > start) {
        out.append(s, start, i - start);
      }
      if (i < n) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
        while (i < n && blank(s[i])) {
          i++;
        }
      }
    }
  }

  private static boolean blank(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00a0' || c == '\f'
        || (c > 127 && Character.isWhitespace(c));
  }
}

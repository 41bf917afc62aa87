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
      if (o.text.words > 0) {
        String text = o.text.toString().strip();
        String prose = o.prose == null ? text : o.prose.toString().strip();
        blocks.add(new TextBlock(o.element.normalName(), text, prose, o.element, o.text.words,
            o.prose == null ? o.text.words : o.prose.words, o.capitalPair, o.exclamation));
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
    final Collapsed text = new Collapsed(new char[256], 0, 0, false); // most paragraphs fit, so it rarely grows
    /** Null until the block has inline code: then prose differs from text. */
    Collapsed prose;
    /** Whether the prose has two capitals in a row, and an exclamation mark: most blocks have neither. */
    boolean capitalPair;
    boolean exclamation;
    boolean previousUpper;

    Open(Element element) {
      this.element = element;
    }

    void append(String s, boolean code, char[][] buffer) {
      // Copied into one buffer per walk: a new array per text node cost more than the counting.
      int n = s.length();
      if (buffer[0].length < n) {
        buffer[0] = new char[Math.max(n, 2 * buffer[0].length)];
      }
      char[] in = buffer[0];
      s.getChars(0, n, in, 0);
      if (code && prose == null) {
        prose = text.copy();
      }
      // The prose's capitals and exclamation marks are noted while the text is read, unless prose is apart.
      text.append(in, n, code || prose != null ? null : this);
      if (!code && prose != null) {
        prose.append(in, n, this);
      }
    }
  }

  /** Characters with whitespace runs collapsed to one space, and their words as {@link Words#count} counts them. */
  private static final class Collapsed {
    private char[] chars;
    private int length;
    int words;
    private boolean inWord;

    Collapsed(char[] chars, int length, int words, boolean inWord) {
      this.chars = chars;
      this.length = length;
      this.words = words;
      this.inWord = inWord;
    }

    Collapsed copy() {
      return new Collapsed(java.util.Arrays.copyOf(chars, chars.length), length, words, inWord);
    }

    /** Appends {@code n} characters; with {@code notes}, also notes capitals and exclamation marks there. */
    void append(char[] in, int n, Open notes) {
      if (length + n > chars.length) {
        chars = java.util.Arrays.copyOf(chars, Math.max(length + n, 2 * chars.length));
      }
      char[] t = chars;
      int tn = length;
      int count = words;
      boolean inW = inWord;
      boolean pair = notes != null && notes.capitalPair;
      boolean previous = notes != null && notes.previousUpper;
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
        boolean upper = (k & CharClass.UPPER) != 0;
        pair |= upper && previous;
        previous = upper;
        bang |= k & CharClass.BANG;
      }
      length = tn;
      words = count;
      inWord = inW;
      if (notes != null) {
        notes.capitalPair = pair;
        notes.previousUpper = previous;
        notes.exclamation |= bang != 0;
      }
    }

    @Override
    public String toString() {
      return new String(chars, 0, length);
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

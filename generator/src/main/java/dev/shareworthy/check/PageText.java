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

  private static final char[] NO_CHARS = new char[0];

  private PageText() {}

  private static boolean blank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ((CharClass.of(s.charAt(i)) & CharClass.BLANK) == 0) {
        return false;
      }
    }
    return true;
  }

  /** The blocks, and for each one the words of its text and of its prose, found in the same pass. */
  record Analysed(List<TextBlock> blocks, List<WordSpans> textWords, List<WordSpans> proseWords) {}

  static Analysed analyse(Element content) {
    List<Open> open = new ArrayList<>();
    Open root = new Open(content);
    open.add(root);
    walk(content, root, false, open, new char[][] {new char[256]});
    List<TextBlock> blocks = new ArrayList<>(open.size());
    List<WordSpans> textWords = new ArrayList<>(open.size());
    List<WordSpans> proseWords = new ArrayList<>(open.size());
    for (Open o : open) {
      if (o.text.words > 0) {
        o.text.finish();
        if (o.prose != null) {
          o.prose.finish();
        }
        Collapsed prose = o.prose == null ? o.text : o.prose;
        blocks.add(new TextBlock(o.element.normalName(), o.element, o.text.chars, o.text.length, prose.chars,
            prose.length, o.text.words, prose.words, o.capitalPair, o.exclamation));
        textWords.add(o.text.spans);
        proseWords.add(prose.spans);
      }
    }
    return new Analysed(blocks, textWords, proseWords);
  }

  /** The length of an element's text nodes and of its inline children's: about the text of a block. */
  private static int textLength(Element e) {
    int length = 0;
    for (int i = 0, count = e.childNodeSize(); i < count; i++) {
      Node child = e.childNode(i);
      if (child instanceof TextNode t) {
        length += t.getWholeText().length();
      } else if (child instanceof Element c && !BLOCKS.contains(c.normalName())) {
        for (int j = 0, inner = c.childNodeSize(); j < inner; j++) {
          if (c.childNode(j) instanceof TextNode t) {
            length += t.getWholeText().length();
          }
        }
      }
    }
    return length;
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
    // Made on the first character kept: lists, sections and other blocks that only hold blocks never need them.
    final Collapsed text = new Collapsed(NO_CHARS, 0, 0, false, new WordSpans(0));
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
      int n = s.length();
      if (text.length == 0 && (prose == null || prose.length == 0) && blank(s)) {
        return; // blanks before anything is kept change nothing: the whitespace between a list's items, say
      }
      // Copied into one buffer per walk: a new array per text node cost more than the counting.
      if (buffer[0].length < n) {
        buffer[0] = new char[Math.max(n, 2 * buffer[0].length)];
      }
      char[] in = buffer[0];
      s.getChars(0, n, in, 0);
      if (text.isEmpty()) {
        // Room for the block's whole text at once, by its text and its inline elements' text: growing from the
        // first piece copied most blocks' characters and words twice or more.
        text.presize(Math.max(n, textLength(element)));
      }
      if (code && prose == null) {
        prose = text.copy();
      }
      if (code || prose == null) {
        // The prose's capitals and exclamation marks are noted while the text is read, unless prose is apart.
        text.append(in, 0, n, code ? null : this);
        return;
      }
      // Prose text goes to both. Up to its first blank the two may differ (one ends in code, say); after it
      // both are between words with a space or nothing before, so they read the rest alike, and the text
      // takes the prose's result instead of reading it a second time.
      int blank = 0;
      while (blank < n && (CharClass.of(in[blank]) & CharClass.BLANK) == 0) {
        blank++;
      }
      int head = Math.min(n, blank + 1);
      text.append(in, 0, head, null);
      prose.append(in, 0, head, this);
      if (head < n) {
        int from = prose.length;
        int fromSpan = prose.spans.size;
        int fromStop = prose.spans.stopCount;
        int fromWords = prose.words;
        prose.append(in, head, n, this);
        text.copyFrom(prose, from, fromSpan, fromStop, fromWords);
      }
    }
  }

  /**
   * Characters with whitespace runs collapsed to one space, their words as {@link Words#count} counts them, and
   * each word's span, hash and vowel groups as the later passes need them ({@link WordSpans}).
   */
  private static final class Collapsed {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private char[] chars;
    private int length;
    int words;
    private boolean inWord;
    final WordSpans spans;
    // The word being read, as Words.wordsAndSyllables and ProseWords read one: letters and digits, and an
    // apostrophe or hyphen between two of them.
    private int wordStart = -1;
    private int joinAt = -1;
    private char joinFolded;
    private long hash;
    private int vowelGroups;
    private boolean previousVowel;
    private boolean wordJoined;

    Collapsed(char[] chars, int length, int words, boolean inWord, WordSpans spans) {
      this.chars = chars;
      this.length = length;
      this.words = words;
      this.inWord = inWord;
      this.spans = spans;
    }

    /** Whether no room was made yet: nothing was appended. */
    boolean isEmpty() {
      return chars.length == 0;
    }

    /** Makes room for about {@code length} characters and their words, before the first are appended. */
    void presize(int length) {
      chars = new char[length + 8];
      spans.reserve(length / 4 + 4);
    }

    Collapsed copy() {
      Collapsed c = new Collapsed(java.util.Arrays.copyOf(chars, chars.length), length, words, inWord,
          spans.copy());
      c.wordStart = wordStart;
      c.joinAt = joinAt;
      c.joinFolded = joinFolded;
      c.hash = hash;
      c.vowelGroups = vowelGroups;
      c.previousVowel = previousVowel;
      c.wordJoined = wordJoined;
      return c;
    }

    /** Ends the word being read at {@code end}, or where a dangling apostrophe or hyphen stands. */
    private void endWord(int end) {
      int e = joinAt >= 0 ? joinAt : end;
      spans.add(wordStart, e, hash, vowelGroups, wordJoined);
      wordStart = -1;
      joinAt = -1;
    }

    /**
     * Ends the text: its last word, and whitespace stripped at both ends as {@link String#strip} strips it; the
     * characters and word spans move to match when stripping took anything from the start.
     */
    void finish() {
      if (wordStart >= 0) {
        endWord(length);
      }
      int lead = 0;
      while (lead < length && Character.isWhitespace(chars[lead])) {
        lead++; // only characters the collapsing keeps, such as a vertical tab: hardly ever
      }
      int end = length;
      while (end > lead && Character.isWhitespace(chars[end - 1])) {
        end--;
      }
      if (lead > 0) {
        System.arraycopy(chars, lead, chars, 0, end - lead);
        spans.shift(lead);
      }
      length = end - lead;
    }

    /**
     * Appends what {@code source} read from its length {@code from} on, as reading the same characters would
     * have: both were between words, with a space or nothing before, when it started.
     */
    void copyFrom(Collapsed source, int from, int fromSpan, int fromStop, int fromWords) {
      int shift = length - from;
      int n = source.length - from;
      if (length + n > chars.length) {
        chars = java.util.Arrays.copyOf(chars, Math.max(length + n, 2 * chars.length));
      }
      System.arraycopy(source.chars, from, chars, length, n);
      length += n;
      WordSpans s = source.spans;
      spans.reserve(s.size - fromSpan);
      for (int i = fromSpan; i < s.size; i++) {
        spans.add(s.starts[i] + shift, s.ends[i] + shift, s.hashes[i], s.marks[i] >>> 1, (s.marks[i] & 1) != 0);
      }
      for (int i = fromStop; i < s.stopCount; i++) {
        spans.addStop(s.stops[i] + shift);
      }
      words += source.words - fromWords;
      inWord = source.inWord;
      wordStart = source.wordStart < 0 ? -1 : source.wordStart + shift;
      joinAt = source.joinAt < 0 ? -1 : source.joinAt + shift;
      joinFolded = source.joinFolded;
      hash = source.hash;
      vowelGroups = source.vowelGroups;
      previousVowel = source.previousVowel;
      wordJoined = source.wordJoined;
    }

    /**
     * Appends characters {@code from} to {@code to} of {@code in}; with {@code notes}, also notes capitals and
     * exclamation marks there.
     */
    void append(char[] in, int from, int to, Open notes) {
      int n = to - from;
      if (length + n > chars.length) {
        chars = java.util.Arrays.copyOf(chars, Math.max(Math.max(length + n, 2 * chars.length), 256));
      }
      // A word takes two characters at least, with its space; prose averages about six. Room for one in four
      // at once spares growing the word arrays step by step from a few words up.
      spans.reserve(n / 4 + 1);
      char[] t = chars;
      int tn = length;
      int count = words;
      // Flags as 0 or 1, counted with arithmetic: the quick compiler turns && and a conditional ++ into jumps,
      // and letters, vowels and capitals follow each other too irregularly for jumps to be predicted well.
      int inW = inWord ? 1 : 0;
      int pair = notes != null && notes.capitalPair ? 1 : 0;
      int previous = notes != null && notes.previousUpper ? 1 : 0;
      int bang = 0;
      // The word being read, in locals: the quick compiler would load and store fields on every character.
      int start = wordStart;
      int join = joinAt;
      char joinChar = joinFolded;
      long h = hash;
      int groups = vowelGroups;
      int vowelBefore = previousVowel ? 1 : 0;
      int joined = wordJoined ? 1 : 0;
      WordSpans out = spans;
      for (int i = from; i < to; i++) {
        char c = in[i];
        int k = CharClass.of(c);
        if (c < 128 && (k & (CharClass.BLANK | CharClass.WORD | CharClass.UPPER)) == CharClass.WORD && join < 0) {
          // Most characters: a lower-case ASCII letter or a digit, in a word or starting one. No capital or mark
          // changes, and the character is its own folded form.
          previous = 0;
          if (start < 0) { // a word starts, as in the general path below; locals both, for the quick compiler
            start = tn;
            joined = inW;
            h = FNV_OFFSET;
            groups = 0;
            vowelBefore = 0;
            count += inW ^ 1;
            inW = 1;
          }
          // The rest of the run in a loop of its own: the quick compiler keeps its few values in registers
          // there, where the whole loop's many spill. The pass took 7% less time over 2,000 built posts.
          // Changes here are measured with PASS=text bench/check-ab.sh, and PageTextTest holds the results.
          byte[] table = CharClass.ASCII;
          int j = i;
          while (true) {
            h = (h ^ c) * FNV_PRIME;
            int vowel = (k >>> VOWEL_SHIFT) & 1;
            groups += vowel & (vowelBefore ^ 1);
            vowelBefore = vowel;
            t[tn++] = c;
            if (++j == to) {
              break;
            }
            c = in[j];
            if (c >= 128) {
              break;
            }
            k = table[c];
            if ((k & (CharClass.BLANK | CharClass.WORD | CharClass.UPPER)) != CharClass.WORD) {
              break;
            }
          }
          i = j - 1;
          continue;
        }
        if (c == ' ' && start >= 0 && join < 0) {
          // The space after a word, next most common: the word ends where the text does. With the word start
          // above, the pass took another 9% less time (PASS=text bench/check-ab.sh: same words and hashes).
          out.add(start, tn, h, groups, joined != 0);
          start = -1;
          inW = 0;
          previous = 0;
          t[tn++] = ' ';
          continue;
        }
        int upper = (k >>> UPPER_SHIFT) & 1;
        pair |= upper & previous;
        previous = upper;
        bang |= k;
        if ((k & CharClass.BLANK) != 0) {
          if (start >= 0) {
            int e = join >= 0 ? join : tn;
            out.add(start, e, h, groups, joined != 0);
            start = -1;
            join = -1;
          }
          inW = 0;
          if (tn > 0 && t[tn - 1] != ' ') {
            t[tn++] = ' ';
          }
        } else {
          int letter = (k >>> WORD_SHIFT) & 1;
          count += letter & (inW ^ 1);
          if (letter != 0) {
            if (start < 0) {
              start = tn;
              joined = inW;
              h = FNV_OFFSET;
              groups = 0;
              vowelBefore = 0;
            } else if (join >= 0) {
              h = (h ^ joinChar) * FNV_PRIME; // the apostrophe or hyphen joins two words after all
              vowelBefore = 0;
              join = -1;
            }
            // Words.folded, written out for ASCII: the quick compiler does not inline it, and a call per letter
            // made it save and restore every local of this loop.
            h = (h ^ (c < 128 ? c + (upper << 5) : Words.folded(c, k))) * FNV_PRIME;
            int vowel = (k >>> VOWEL_SHIFT) & 1;
            groups += vowel & (vowelBefore ^ 1);
            vowelBefore = vowel;
          } else {
            if ((k & CharClass.STOP) != 0) {
              out.addStop(tn);
            }
            if (start >= 0) {
              if ((k & CharClass.JOIN) != 0 && join < 0) {
                join = tn;
                joinChar = Words.folded(c, k);
              } else {
                int e = join >= 0 ? join : tn;
                out.add(start, e, h, groups, joined != 0);
                start = -1;
                join = -1;
              }
            }
          }
          inW = letter | (inW & (k >>> JOIN_SHIFT));
          t[tn++] = c;
        }
      }
      length = tn;
      words = count;
      inWord = inW != 0;
      wordStart = start;
      joinAt = join;
      joinFolded = joinChar;
      hash = h;
      vowelGroups = groups;
      previousVowel = vowelBefore != 0;
      wordJoined = joined != 0;
      if (notes != null) {
        notes.capitalPair = pair != 0;
        notes.previousUpper = previous != 0;
        notes.exclamation |= (bang & CharClass.BANG) != 0;
      }
    }

    private static final int WORD_SHIFT = Integer.numberOfTrailingZeros(CharClass.WORD);
    private static final int JOIN_SHIFT = Integer.numberOfTrailingZeros(CharClass.JOIN);
    private static final int UPPER_SHIFT = Integer.numberOfTrailingZeros(CharClass.UPPER);
    private static final int VOWEL_SHIFT = Integer.numberOfTrailingZeros(CharClass.VOWEL);
  }

  private static void walk(Element parent, Open current, boolean inCode, List<Open> open, char[][] buffer) {
    // By index: childNodes() wraps the list and makes an iterator for every element of every page.
    for (int i = 0, count = parent.childNodeSize(); i < count; i++) {
      Node child = parent.childNode(i);
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

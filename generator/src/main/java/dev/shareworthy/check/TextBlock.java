package dev.shareworthy.check;

import org.jsoup.nodes.Element;

/**
 * One block of a page's body text: a paragraph, list item, heading, table cell or quote, in document order.
 * Its text and prose are kept as the characters they were collapsed into, and made into strings only when a rule
 * asks: the counts and the sentence pass read the characters, and most blocks are never quoted.
 */
public final class TextBlock {

  private final String tag;
  private final Element element;
  private final char[] textChars;
  private final int textLength;
  /** The same array as the text's when the block has no inline code. */
  private final char[] proseChars;
  private final int proseLength;
  private final int words;
  private final int proseWords;
  private final boolean capitalPair;
  private final boolean exclamation;
  private String text;
  private String prose;

  /**
   * @param tag the block's element name, such as {@code p}, {@code li} or {@code h2}
   * @param element the block's element in the page
   * @param textChars the block's own text (not its nested blocks') in its first {@code textLength} characters,
   *     whitespace collapsed and stripped, inline code included
   * @param proseChars the same without inline code, for rules about how the writer writes (caps, exclamation
   *     marks); {@code textChars} itself when the block has no inline code
   * @param words words in the text
   * @param proseWords words in the prose, counted the same way
   * @param capitalPair whether the prose has two capital letters in a row somewhere
   * @param exclamation whether the prose has an exclamation mark
   */
  TextBlock(String tag, Element element, char[] textChars, int textLength, char[] proseChars, int proseLength,
      int words, int proseWords, boolean capitalPair, boolean exclamation) {
    this.tag = tag;
    this.element = element;
    this.textChars = textChars;
    this.textLength = textLength;
    this.proseChars = proseChars;
    this.proseLength = proseLength;
    this.words = words;
    this.proseWords = proseWords;
    this.capitalPair = capitalPair;
    this.exclamation = exclamation;
  }

  /** The block's element name, such as {@code p}, {@code li} or {@code h2}. */
  public String tag() {
    return tag;
  }

  /** The block's own text (not its nested blocks'), whitespace collapsed, inline code included. */
  public String text() {
    if (text == null) {
      text = new String(textChars, 0, textLength);
    }
    return text;
  }

  /** The text without inline code, for rules about how the writer writes (caps, exclamation marks). */
  public String prose() {
    if (prose == null) {
      prose = proseChars == textChars ? text() : new String(proseChars, 0, proseLength);
    }
    return prose;
  }

  /** The length of {@link #text}. */
  public int textLength() {
    return textLength;
  }

  /** The length of {@link #prose}. */
  public int proseLength() {
    return proseLength;
  }

  /** Character {@code i} of {@link #prose}, without making the string: for rules that look at a few. */
  public char proseCharAt(int i) {
    java.util.Objects.checkIndex(i, proseLength);
    return proseChars[i];
  }

  /** The characters of {@link #text}, in the array's first {@link #textLength}; not to be changed. */
  char[] textChars() {
    return textChars;
  }

  /** The characters of {@link #prose}, in the array's first {@link #proseLength}; not to be changed. */
  char[] proseChars() {
    return proseChars;
  }

  /** The block's element in the page. */
  public Element element() {
    return element;
  }

  /** Words in {@link #text}. */
  public int words() {
    return words;
  }

  /** Words in {@link #prose}, counted the same way. */
  public int proseWords() {
    return proseWords;
  }

  /** Whether {@link #prose} has two capital letters in a row somewhere. */
  public boolean capitalPair() {
    return capitalPair;
  }

  /** Whether {@link #prose} has an exclamation mark. */
  public boolean exclamation() {
    return exclamation;
  }

  /** Whether the block is a heading, h1 to h6. */
  public boolean heading() {
    return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
  }

  /** Whether the block is running prose: a paragraph or quote, or text written straight into a section. */
  public boolean paragraph() {
    return tag.equals("p") || tag.equals("blockquote") || tag.equals("div") || tag.equals("section")
        || tag.equals("article") || tag.equals("main") || tag.equals("body");
  }

  @Override
  public String toString() {
    return "TextBlock[" + tag + ": " + text() + "]";
  }
}

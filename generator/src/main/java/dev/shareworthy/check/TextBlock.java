package dev.shareworthy.check;

import org.jsoup.nodes.Element;

/**
 * One block of a page's body text: a paragraph, list item, heading, table cell or quote, in document order.
 *
 * @param tag the block's element name, such as {@code p}, {@code li} or {@code h2}
 * @param text the block's own text (not its nested blocks'), whitespace collapsed, inline code included
 * @param prose the same without inline code, for rules about how the writer writes (caps, exclamation marks)
 * @param element the block's element in the page
 * @param words words in {@link #text}
 * @param proseWords words in {@link #prose}, counted the same way
 * @param capitalPair whether {@link #prose} has two capital letters in a row somewhere
 * @param exclamation whether {@link #prose} has an exclamation mark
 */
public record TextBlock(String tag, String text, String prose, Element element, int words, int proseWords,
    boolean capitalPair, boolean exclamation) {

  /** Whether the block is a heading, h1 to h6. */
  public boolean heading() {
    return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
  }

  /** Whether the block is running prose: a paragraph or quote, or text written straight into a section. */
  public boolean paragraph() {
    return tag.equals("p") || tag.equals("blockquote") || tag.equals("div") || tag.equals("section")
        || tag.equals("article") || tag.equals("main") || tag.equals("body");
  }
}

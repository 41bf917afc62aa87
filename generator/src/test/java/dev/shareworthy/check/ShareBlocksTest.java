package dev.shareworthy.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ShareBlocksTest {

  private static final String PAGE = "<html><head><script>document.querySelectorAll('[data-share-block]')</script>"
      + "</head><body><article><p>Body text, café.</p></article>"
      + "<section class=\"share\" data-share-block aria-labelledby=\"share-heading\">"
      + "<h2 id=\"share-heading\">Share…</h2><section><a href=\"https://x.example/?id=5\">X</a></section>"
      + "<script>if (a < b) { s = '</section>'; }</script><!-- </section> -->"
      + "<a id='copy' href=\"#\">Copy</a></section><footer id=\"end\">Bye</footer></body></html>";

  private static String cut(String page) {
    return ShareBlocks.cut(page.getBytes(StandardCharsets.UTF_8)).toString();
  }

  @Test
  void cutsTheInsidesOfTheShareBlockAndKeepsItsIdsApart() {
    Document doc = Jsoup.parse(cut(PAGE));

    assertThat(doc.select("[data-share-block]")).hasSize(1);
    assertThat(doc.select("[data-share-block] *")).isEmpty();
    assertThat(doc.getElementById("end").text()).isEqualTo("Bye");
    assertThat(doc.selectFirst("article").text()).isEqualTo("Body text, café.");
    assertThat(doc.select("script")).hasSize(1);
    // "?id=5" in a link is no id.
    assertThat(ShareBlocks.find(PAGE.getBytes(StandardCharsets.UTF_8)).ids())
        .containsExactlyInAnyOrder("share-heading", "copy");
  }

  @Test
  void decodesTheRestOfThePageAsUtf8() {
    assertThat(cut(PAGE)).contains("café").doesNotContain("Share…");
    String odd = "<section data-share-block id=\"ß\"><b id=\"é\">x</b><i id=\"a&amp;b\"></i></section>";
    assertThat(cut(odd)).isEqualTo("<section data-share-block id=\"ß\"></section>");
    assertThat(ShareBlocks.find(odd.getBytes(StandardCharsets.UTF_8)).ids()).containsExactlyInAnyOrder("é", "a&b");
    // Every kind of sequence, and broken ones, decode as the JDK decodes them.
    byte[] mixed = concat("<p>naïve → 😀 ’quoted’ ".getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xC3, '<', (byte) 0x80, (byte) 0xE2, (byte) 0x82, '>', (byte) 0xFF}, "</p>".getBytes(StandardCharsets.UTF_8));
    assertThat(ShareBlocks.cut(mixed).toString()).isEqualTo(new String(mixed, StandardCharsets.UTF_8));
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void findsTheMarkWhereAPlainSearchWould() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    String[] pieces = {"data-share-block", "data-share-bloc", "ata-share-block", "<a>", "k", "-", "é", " "};
    for (int round = 0; round < 2000; round++) {
      StringBuilder page = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        page.append(pieces[random.nextInt(pieces.length)]);
      }
      byte[] bytes = page.toString().getBytes(StandardCharsets.UTF_8);
      String view = new String(bytes, StandardCharsets.ISO_8859_1);
      for (int from = 0; from <= bytes.length; from++) {
        assertThat(ShareBlocks.find(bytes, from)).as(page + " from " + from).isEqualTo(view.indexOf("data-share-block", from));
      }
    }
  }

  @Test
  void leavesPagesWithoutABlockOrWithABrokenOneAlone() {
    String mention = "<p>The attribute data-share-block marks it.</p>";
    String unclosed = "<section class=\"share\" data-share-block><a href=\"/\">x</a>";

    assertThat(cut(mention)).isEqualTo(mention);
    assertThat(cut(unclosed)).isEqualTo(unclosed);
  }

  /** The ids kept from a block are every "id=" after whitespace in it, as a plain search finds them. */
  @Test
  void keepsTheIdsAPlainSearchFinds() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(29);
    String[] pieces = {" id=\"a\"", " id='b'", " id=c", "?id=5", "data-id=\"x\"", "\nid=\"d\"", "<a", ">", "i", "d",
        "=", " ", "id", "é", "<span>", "</span>", "\"", "'"};
    int checked = 0;
    for (int round = 0; round < 2000; round++) {
      StringBuilder inside = new StringBuilder();
      for (int n = random.nextInt(20); n > 0; n--) {
        inside.append(pieces[random.nextInt(pieces.length)]);
      }
      String page = "<p>x</p><section data-share-block>" + inside + "</section><p>y</p>";
      ShareBlocks.Found found = ShareBlocks.find(page.getBytes(StandardCharsets.UTF_8));
      if (found.blocks().size() != 1) {
        continue; // the random insides opened another section
      }
      ShareBlocks.Block b = found.blocks().get(0);
      assertThat(found.ids(b)).extracting(id -> id[0] + "-" + id[1]).as(page)
          .isEqualTo(plainIds(new String(found.page(), StandardCharsets.ISO_8859_1), b.startTagEnd(), b.closeStart()));
      checked++;
    }
    assertThat(checked).isGreaterThan(1000);
  }

  /** The ids' spans as String.indexOf finds them, the way the cut first found them. */
  private static List<String> plainIds(String view, int from, int to) {
    List<String> ids = new java.util.ArrayList<>();
    for (int eq = view.indexOf("id=", from); eq >= 0 && eq < to; eq = view.indexOf("id=", eq + 3)) {
      if (!Character.isWhitespace(view.charAt(eq - 1))) {
        continue;
      }
      int start = eq + 3;
      char quote = view.charAt(start);
      int end;
      if (quote == '"' || quote == '\'') {
        start++;
        end = view.indexOf(quote, start);
      } else {
        end = start;
        while (end < to && !Character.isWhitespace(view.charAt(end)) && view.charAt(end) != '>' && view.charAt(end) != '"') {
          end++;
        }
      }
      if (end > start && end <= to) {
        ids.add(start + "-" + end);
      }
    }
    return ids;
  }

  /** The blocks found in the bytes are those a search through the page as a string finds. */
  @Test
  void findsTheBlocksAStringSearchFinds() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(41);
    String[] pieces = {"<section data-share-block>", "<SECTION class=x data-share-block=\"\">", "<section>", "</section>",
        "</SECTION >", "</sections>", "<div data-share-block/>", "<script>", "</script>", "</SCRIPT>", "<style>",
        "</style>", "<!--", "-->", "<!-", "'", "\"", "<a href=\"</section>\">", "x", "é", " ", "<", ">",
        "data-share-block", "<p data-share-block>", "</p>"};
    int withBlocks = 0;
    for (int round = 0; round < 5000; round++) {
      StringBuilder page = new StringBuilder();
      for (int n = 1 + random.nextInt(14); n > 0; n--) {
        page.append(pieces[random.nextInt(pieces.length)]);
      }
      byte[] bytes = page.toString().getBytes(StandardCharsets.UTF_8);
      String view = new String(bytes, StandardCharsets.ISO_8859_1);
      List<ShareBlocks.Block> expected = new java.util.ArrayList<>();
      for (int at = view.indexOf("data-share-block"); at >= 0; ) {
        ShareBlocks.Block b = plainBlock(view, at);
        if (b == null) {
          at = view.indexOf("data-share-block", at + 16);
        } else {
          expected.add(b);
          at = view.indexOf("data-share-block", b.closeStart());
        }
      }
      assertThat(ShareBlocks.find(bytes).blocks()).as(page.toString()).isEqualTo(expected);
      withBlocks += expected.isEmpty() ? 0 : 1;
    }
    assertThat(withBlocks).isGreaterThan(500);
  }

  // The String search the byte search replaced, kept as the reference.

  /** The block whose start tag holds the mark at {@code at}, or null when the mark is not an attribute there. */
  private static ShareBlocks.Block plainBlock(String html, int at) {
    int lt = html.lastIndexOf('<', at);
    if (lt < 0 || html.lastIndexOf('>', at) > lt || !boundary(html, at - 1)
        || at + "data-share-block".length() < html.length() && !boundary(html, at + "data-share-block".length())) {
      return null; // text that mentions the attribute, such as a script's selector
    }
    int p = lt + 1;
    while (p < at && letterOrDigit(html.charAt(p))) {
      p++;
    }
    if (p == lt + 1 || !Character.isWhitespace(html.charAt(p))) {
      return null;
    }
    String name = html.substring(lt + 1, p).toLowerCase(java.util.Locale.ROOT);
    int end = tagEnd(html, at);
    if (end < 0 || html.charAt(end - 1) == '/') {
      return null;
    }
    int close = matchingClose(html, name, end + 1);
    return close < 0 ? null : new ShareBlocks.Block(end + 1, close);
  }

  private static boolean boundary(String html, int i) {
    char c = html.charAt(i);
    return Character.isWhitespace(c) || c == '=' || c == '>' || c == '/';
  }

  private static boolean letterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** The {@code >} that ends the tag around {@code from}, quoted attribute values skipped; -1 when none. */
  private static int tagEnd(String html, int from) {
    char quote = 0;
    for (int i = from; i < html.length(); i++) {
      char c = html.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i;
      } else if (c == '<') {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The start of the end tag that closes an element named {@code name} whose content starts at {@code from},
   * counting nested elements of the same name and skipping comments, scripts and styles; -1 when there is none.
   */
  private static int matchingClose(String html, String name, int from) {
    int depth = 1;
    int i = html.indexOf('<', from);
    while (i >= 0) {
      // The character after '<' tells which tests can match: most tags are none of these, and skip them all.
      char next = i + 1 < html.length() ? html.charAt(i + 1) : 0;
      int skipTo = -1;
      if (next == '!' && html.startsWith("<!--", i)) {
        skipTo = end(html, "-->", i + 4);
        if (skipTo < 0) {
          return -1; // an unclosed comment: leave the page as it is
        }
      } else if (next == '/') {
        if (closes(html, i, name) && --depth == 0) {
          return i;
        }
      } else if ((next == 's' || next == 'S') && (opens(html, i, "script") || opens(html, i, "style"))) {
        String raw = opens(html, i, "script") ? "script" : "style";
        int close = indexOfIgnoreCase(html, "</" + raw, i + 1);
        if (close < 0) {
          return -1; // an unclosed script: leave the page as it is
        }
        skipTo = close + 2;
      } else if (Character.toLowerCase(next) == name.charAt(0) && opens(html, i, name)) {
        int end = tagEnd(html, i + 1);
        if (end > 0 && html.charAt(end - 1) != '/') {
          depth++;
        }
      }
      i = html.indexOf('<', skipTo > 0 ? skipTo : i + 1);
    }
    return -1;
  }

  private static int end(String html, String marker, int from) {
    int at = html.indexOf(marker, from);
    return at < 0 ? -1 : at + marker.length();
  }

  private static boolean opens(String html, int lt, String name) {
    return html.regionMatches(true, lt + 1, name, 0, name.length()) && nameEnds(html, lt + 1 + name.length());
  }

  private static boolean closes(String html, int lt, String name) {
    return html.startsWith("</", lt) && html.regionMatches(true, lt + 2, name, 0, name.length())
        && nameEnds(html, lt + 2 + name.length());
  }

  private static boolean nameEnds(String html, int i) {
    return i < html.length() && (Character.isWhitespace(html.charAt(i)) || html.charAt(i) == '>'
        || html.charAt(i) == '/');
  }

  private static int indexOfIgnoreCase(String html, String s, int from) {
    for (int i = html.indexOf('<', from); i >= 0; i = html.indexOf('<', i + 1)) {
      if (html.regionMatches(true, i, s, 0, s.length())) {
        return i;
      }
    }
    return -1;
  }

}

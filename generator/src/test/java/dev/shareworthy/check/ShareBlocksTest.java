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
  void cutsTheInsidesOfTheShareBlockAndKeepsItsIds() {
    Document doc = Jsoup.parse(cut(PAGE));

    assertThat(doc.select("[data-share-block]")).hasSize(1);
    assertThat(doc.select("[data-share-block] a")).isEmpty();
    assertThat(doc.getElementById("share-heading")).isNotNull();
    assertThat(doc.getElementById("copy")).isNotNull();
    assertThat(doc.getElementById("5")).isNull(); // "?id=5" in a link is no id
    assertThat(doc.getElementById("end").text()).isEqualTo("Bye");
    assertThat(doc.selectFirst("article").text()).isEqualTo("Body text, café.");
    assertThat(doc.select("script")).hasSize(1);
  }

  @Test
  void decodesTheRestOfThePageAsUtf8() {
    assertThat(cut(PAGE)).contains("café").doesNotContain("Share…");
    assertThat(cut("<section data-share-block id=\"ß\"><b id=\"é\">x</b></section>")).isEqualTo(
        "<section data-share-block id=\"ß\"><i id=\"é\"></i></section>");
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
          .isEqualTo(plainIds(found.view(), b.startTagEnd(), b.closeStart()));
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
}

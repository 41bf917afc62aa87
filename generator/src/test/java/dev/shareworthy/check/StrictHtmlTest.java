package dev.shareworthy.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shareworthy.Shareworthy;
import dev.shareworthy.build.BuildOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick parser must build exactly jsoup's tree, or give up; never a different tree. */
class StrictHtmlTest {

  @TempDir Path tmp;

  private static final String HEAD = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      + "<title>A &amp; B</title>\n</head>\n";

  /** Every page the sample site and the checks' test site build with the default theme. */
  @Test
  void builtPagesGetJsoupsTree() throws IOException {
    int quick = 0;
    int pages = 0;
    for (String site : new String[] {"../sample-site", "src/test/resources/check-corpus"}) {
      Path out = tmp.resolve(Path.of(site).getFileName());
      Shareworthy.build(BuildOptions.of(Path.of(site)).withOutput(out).withNow(Instant.parse("2026-11-01T00:00:00Z")));
      List<Path> files;
      try (Stream<Path> walk = Files.walk(out)) {
        files = walk.filter(f -> f.toString().endsWith(".html")).toList();
      }
      for (Path f : files) {
        pages++;
        if (sameTreeOrNone(Files.readAllBytes(f), f.toString())) {
          quick++;
        }
      }
    }
    assertThat(pages).isGreaterThan(60);
    // Tables, task lists, code, figures, footnotes: the quick way takes nearly every page a generator writes.
    assertThat(quick).isGreaterThan(pages * 9 / 10);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<p>Fish &amp; chips &copy &notit; &#39;x&#x27; &bogus; &lt;b&gt; © 😀\u00a0</p>",
      "<p><a href=\"/x?a=1&amp;b=2&c=3&copy=4\" title='it&#39;s' data-x=plain hidden>link</a></p>",
      "<pre>\nfirst line kept\n  indented</pre><pre>\n\ntwo</pre><pre>no newline</pre>",
      "<!-- a comment --><p>text<!--x--></p>",
      "<table class=\"t\">\n<thead>\n<tr><th style=\"text-align: left\">A</th><th>B</th></tr>\n</thead>\n<tbody>\n"
          + "<tr><td><em>1</em></td><td>2</td></tr>\n</tbody>\n</table>",
      "<ul>\n<li><input type=\"checkbox\" disabled /> done</li>\n<li><p>para</p><ul><li>nested</li></ul></li>\n</ul>",
      "<dl><dt>term</dt><dd>definition</dd></dl><hr><hr/><br><img src=a.png alt=\"\"><wbr>",
      "<script type=\"application/ld+json\">{\"a\": \"</p>\"}</script><style>p > a { color: red }</style>",
      "<h1>Title</h1><h2><a href=\"#x\">x</a></h2><div><h3>sub</h3><p><strong>bold <em>both</em></strong></p></div>",
      "<figure><picture><img src=x.png alt=x></picture><figcaption>Caption</figcaption></figure>",
      "<main>\n  <article>\n    <p>Indented</p>\n  </article>\n</main>\n<footer><p>Bye</p></footer>",
  })
  void commonMarkupGetsJsoupsTree(String body) {
    String page = HEAD + "<body class=\"x\">\n" + body + "\n</body>\n</html>\n";
    assertThat(sameTreeOrNone(page, body)).as(body).isTrue();
  }

  /** What the HTML parser would repair, move or imply: the quick way gives up, and jsoup parses it. */
  @ParameterizedTest
  @ValueSource(strings = {
      "<p>a<div>block in a paragraph</div></p>",
      "<p><em>misnested</p></em>",
      "<ul><li>one<li>two</ul>",
      "<table><tr><td>no tbody</td></tr></table>",
      "<table><tbody>text in a table<tr><td>x</td></tr></tbody></table>",
      "<a href=a><a href=b>nested links</a></a>",
      "<form><input name=q></form>",
      "<svg><path d=\"M0 0\"/></svg>",
      "<div/>self-closed div</div>",
      "<P>upper case</P>",
      "<p class=a class=b>duplicate attributes</p>",
      "<p>unclosed",
      "<script>if (a) { document.write('<!--'); }</script>",
      "<p>a < b</p>",
      "<!-- a -- b -->",
      "<p>carriage\r\nreturn</p>",
      "<textarea>x</textarea>",
      "<h2><h3>heading in heading</h3></h2>",
  })
  void unusualMarkupIsLeftToJsoup(String body) {
    String page = HEAD + "<body>\n" + body + "\n</body>\n</html>\n";
    assertThat(StrictHtml.parse(utf8(page))).as(body).isNull();
  }

  @Test
  void anythingBeforeOrAfterTheDocumentIsLeftToJsoup() {
    for (String page : new String[] {
        "<html><head></head><body></body></html>", // no doctype: quirks mode
        "<!DOCTYPE html><html><body><p>no head</p></body></html>",
        "<!DOCTYPE html><html><head><p>text in head</p></head><body></body></html>",
        "<!DOCTYPE html><html><head></head><body></body></html>trailing text",
        "<!DOCTYPE html><html><head></head><body><p>x</p>",
        "<!DOCTYPE html><html><head></head>x<body></body></html>",
    }) {
      assertThat(StrictHtml.parse(utf8(page))).as(page).isNull();
    }
    String plain = "<!doctype html><html><head></head><body></body></html>";
    assertThat(sameTreeOrNone(plain, plain)).isTrue();
  }

  /**
   * Random pages, most of them strictly nested, with entities, odd attributes, comments and tables, and some
   * of them broken: the quick way builds jsoup's tree or gives up.
   */
  @Test
  void randomPagesGetJsoupsTreeOrNone() {
    SplittableRandom random = new SplittableRandom(11);
    int quick = 0;
    for (int i = 0; i < 6000; i++) {
      String page = new RandomPage(random).page();
      if (sameTreeOrNone(page, page)) {
        quick++;
      }
    }
    assertThat(quick).as("pages the quick way took").isBetween(1800, 5800);
  }

  /** A page of common markup with one character changed, put in or taken out, thousands of times. */
  @Test
  void mutatedPagesGetJsoupsTreeOrNone() {
    String page = HEAD + "<body class=\"x\">\n<main><article><h1 id=t>Title</h1>\n"
        + "<p>Fish &amp; chips, <a href=\"/x?a=1&amp;b=2\" title='it&#39;s'>link</a> <em>and</em> <code>x</code>.</p>\n"
        + "<pre>\ncode &lt;here&gt;</pre><!-- note -->\n<ul>\n<li><input type=checkbox disabled /> done</li>\n</ul>\n"
        + "<table>\n<tbody>\n<tr><td>1</td></tr>\n</tbody>\n</table>\n<img src=\"a.png\" alt=\"\"><br/>\n"
        + "<script type=\"application/ld+json\">{\"a\":1}</script></article></main>\n</body>\n</html>\n";
    assertThat(sameTreeOrNone(page, page)).isTrue();
    SplittableRandom random = new SplittableRandom(5);
    String alphabet = "<>/=\"' \n&;!-#xaAp";
    int quick = 0;
    for (int i = 0; i < 4000; i++) {
      int at = random.nextInt(page.length());
      char c = alphabet.charAt(random.nextInt(alphabet.length()));
      String mutated = switch (random.nextInt(3)) {
        case 0 -> page.substring(0, at) + page.substring(at + 1);
        case 1 -> page.substring(0, at) + c + page.substring(at);
        default -> page.substring(0, at) + c + page.substring(at + 1);
      };
      if (sameTreeOrNone(mutated, mutated)) {
        quick++;
      }
    }
    assertThat(quick).as("mutated pages the quick way took").isBetween(1000, 3990);
  }

  @Test
  void shareBlocksAreSkippedAsTheCutSkipsThem() {
    String page = HEAD + "<body>\n<article><p>Text</p>\n<section class=\"share\" data-share-block aria-label=\"Share\">"
        + "<h2 id=\"share-heading\">Share</h2><ul><li><a id='x' href=\"https://x.example/?id=5&amp;u=1\">X</a></li>"
        + "<li><button id=copy>Copy</button></li></ul><form><input></form><svg><path d=\"M0\"/></svg></section>\n"
        + "<div data-share-block><p>second</p></div><p>after</p></article>\n</body>\n</html>\n";
    assertThat(sameTreeOrNone(page, page)).isTrue();
    Document doc = StrictHtml.parse(utf8(page));
    assertThat(doc.select("[data-share-block]")).hasSize(2).allSatisfy(b -> assertThat(b.childNodeSize()).isZero());
    assertThat(doc.select("p")).extracting(Element::text).containsExactly("Text", "after");
    assertThat(ShareBlocks.find(utf8(page)).ids()).containsExactlyInAnyOrder("share-heading", "x", "copy");
    // The ids of a block are read apart from the parse, so an odd one no longer sends the page to jsoup.
    String odd = page.replace("id='x'", "id='a&amp;b'");
    assertThat(sameTreeOrNone(odd, odd)).isTrue();
    assertThat(ShareBlocks.find(utf8(odd)).ids()).contains("a&b");
    // A block that starts in the head is left to the cut and jsoup.
    String inHead = page.replace("<title>", "<script data-share-block>x</script><title>");
    assertThat(sameTreeOrNone(inHead, inHead)).isFalse();
  }

  /** Bytes changed at random, broken UTF-8 among them, in a page with a share block. */
  @Test
  void mutatedBytesGetJsoupsTreeOrNone() {
    byte[] page = utf8(HEAD + "<body>\n<p>Café “quoted” 😀 &amp; <a href=\"/x\">x</a></p>\n"
        + "<section data-share-block><a id=\"é\" href=\"#\">é</a></section>\n<p>naïve</p>\n</body>\n</html>\n");
    assertThat(sameTreeOrNone(page, "page")).isTrue();
    SplittableRandom random = new SplittableRandom(7);
    byte[] alphabet = {(byte) 0xC3, (byte) 0xA9, (byte) 0xE2, (byte) 0x80, (byte) 0xFF, (byte) 0xF0, '<', '>', '"',
        '&', ' ', 'a', '/', 0};
    int quick = 0;
    for (int i = 0; i < 3000; i++) {
      byte[] mutated = page.clone();
      for (int n = 1 + random.nextInt(3); n > 0; n--) {
        mutated[random.nextInt(mutated.length)] = alphabet[random.nextInt(alphabet.length)];
      }
      if (sameTreeOrNone(mutated, new String(mutated, java.nio.charset.StandardCharsets.UTF_8))) {
        quick++;
      }
    }
    assertThat(quick).as("mutated pages the quick way took").isBetween(300, 2990);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static boolean sameTreeOrNone(String page, String what) {
    return sameTreeOrNone(utf8(page), what);
  }

  /**
   * True when the quick way built the tree jsoup builds from the page with its share blocks cut, false when it
   * gave up; fails when the trees differ.
   */
  private static boolean sameTreeOrNone(byte[] page, String what) {
    Document quick = StrictHtml.parse(page);
    if (quick == null) {
      return false;
    }
    Document jsoup = Parser.htmlParser().parseInput(ShareBlocks.cut(page).toString(), "");
    assertThat(dump(quick)).as(what).isEqualTo(dump(jsoup));
    assertThat(quick.outerHtml()).as(what).isEqualTo(jsoup.outerHtml());
    assertThat(quick.body().text()).as(what).isEqualTo(jsoup.body().text());
    assertThat(quick.parser()).isNotNull();
    return true;
  }

  /** Every node with its kind, text, tag flags and attributes, so a split text or a changed tag shows. */
  static String dump(Node root) {
    StringBuilder out = new StringBuilder();
    root.traverse((node, depth) -> {
      out.append("  ".repeat(depth));
      if (node instanceof Document d) {
        out.append("#document ").append(d.quirksMode());
      } else if (node instanceof Element e) {
        out.append('<').append(e.tagName()).append(' ').append(e.tag().namespace()).append(' ')
            .append(e.tag().isBlock()).append(e.tag().isInline()).append(e.tag().isKnownTag())
            .append(e.tag().isEmpty());
        for (Attribute a : e.attributes()) {
          out.append(' ').append(a.getKey()).append(a.hasDeclaredValue() ? "=[" + a.getValue() + "]" : "");
        }
      } else if (node instanceof TextNode t) {
        out.append("#text[").append(t.getWholeText()).append(']');
      } else if (node instanceof DataNode d) {
        out.append("#data[").append(d.getWholeData()).append(']');
      } else if (node instanceof Comment c) {
        out.append("#comment[").append(c.getData()).append(']');
      } else if (node instanceof DocumentType t) {
        out.append("#doctype[").append(t.name()).append('|').append(t.publicId()).append('|').append(t.systemId())
            .append(']');
      } else {
        out.append(node.getClass().getSimpleName()).append(node.outerHtml());
      }
      out.append('\n');
    });
    return out.toString();
  }

  /** A random page from a small grammar of what generators write, with a few mistakes and oddities mixed in. */
  private static final class RandomPage {
    // The first elements of each list are what a strictly nested page holds; a clean page only uses those.
    private static final String[] BLOCKS = {"p", "div", "section", "article", "blockquote", "ul", "ol", "dl",
        "h2", "h3", "pre", "figure", "nav", "table", "details", "main", "form", "svg", "button"};
    private static final int CLEAN_BLOCKS = 16;
    private static final String[] INLINE = {"a", "em", "strong", "code", "span", "b", "i", "small", "abbr",
        "time", "sub", "sup", "br", "img", "wbr", "input", "label", "q", "nobr", "font"};
    private static final int CLEAN_INLINE = 18;
    private static final String[] TEXT = {"word", " ", "\n", "  ", "&amp;", "&lt;", "&gt;", "&quot;", "&#39;",
        "&copy", "&notit;", "&#x1F600;", "&bogus;", "&", "é", "😀", "\u00a0", "\t", ">", "\"", "'", "=", "/",
        "a&b", "&amp", "x&copy=y", "<!-- c -->", "\u0000", "\r\n", "<", "<!---->", "<!-- a--b -->"};
    private static final int CLEAN_TEXT = 27;
    private static final String[] VALUES = {"plain", "with space", "a&amp;b", "a&b", "&copy=1", "it's", "\"",
        "/path/x", "#x", "", "é", "a\nb", "&lt;", "x&notit;"};
    private static final String[] NAMES = {"class", "id", "href", "data-x", "title", "alt", "src", "hidden",
        "aria-label", "style", "x:y", "CLASS"};
    private static final int CLEAN_NAMES = 11;

    private final SplittableRandom random;
    private final boolean clean;
    private final StringBuilder out = new StringBuilder();

    RandomPage(SplittableRandom random) {
      this.random = random;
      this.clean = random.nextBoolean();
    }

    String page() {
      out.append(pick("<!DOCTYPE html>", "<!doctype html>", "<!DOCTYPE html>", ""));
      ws();
      out.append("<html").append(attrs()).append('>');
      ws();
      out.append("<head>");
      for (int n = random.nextInt(4); n > 0; n--) {
        ws();
        switch (random.nextInt(5)) {
          case 0 -> out.append("<meta").append(attrs()).append(pick(">", "/>", " />"));
          case 1 -> out.append("<title>").append(text()).append("</title>");
          case 2 -> out.append("<script type=\"application/ld+json\">{\"a\":\"").append(text()).append("\"}</script>");
          case 3 -> out.append("<link rel=stylesheet href=\"/x.css\">");
          default -> out.append("<!-- head -->");
        }
      }
      ws();
      out.append("</head>");
      ws();
      out.append("<body").append(attrs()).append('>');
      flow(3, false);
      out.append("</body>");
      ws();
      out.append("</html>");
      ws();
      return out.toString();
    }

    /** Text and elements; on a clean page, only phrasing inside a paragraph, a heading or a phrase. */
    private void flow(int depth, boolean phrasing) {
      for (int n = random.nextInt(5); n > 0; n--) {
        int r = random.nextInt(10);
        if (depth <= 0 || r < 3) {
          out.append(text());
        } else if (r < 6 && !(clean && phrasing)) {
          block(depth);
        } else {
          inline(depth);
        }
      }
    }

    private int openLinks;

    private void block(int depth) {
      String tag = BLOCKS[random.nextInt(clean ? CLEAN_BLOCKS : BLOCKS.length)];
      switch (tag) {
        case "ul", "ol" -> {
          out.append('<').append(tag).append(attrs()).append('>');
          for (int n = random.nextInt(3); n > 0; n--) {
            ws();
            out.append("<li>");
            flow(depth - 1, false);
            close("li");
          }
          ws();
          close(tag);
        }
        case "dl" -> out.append("<dl><dt>").append(text()).append("</dt><dd>").append(text()).append("</dd></dl>");
        case "table" -> {
          out.append("<table").append(attrs()).append('>');
          ws();
          if (clean || random.nextInt(8) > 0) {
            out.append("<tbody>");
          }
          ws();
          out.append("<tr><td>");
          flow(depth - 1, false);
          out.append("</td>");
          ws();
          out.append("<th>x</th></tr>");
          ws();
          out.append("</tbody></table>");
        }
        case "pre" -> {
          out.append("<pre>").append(pick("\n", "", "\n\n")).append(text());
          close("pre");
        }
        default -> {
          out.append('<').append(tag).append(attrs()).append('>');
          flow(depth - 1, tag.equals("p") || tag.startsWith("h"));
          close(tag);
        }
      }
    }

    private void inline(int depth) {
      String tag = INLINE[random.nextInt(clean ? CLEAN_INLINE : INLINE.length)];
      if (clean && tag.equals("a") && openLinks > 0) {
        tag = "span";
      }
      out.append('<').append(tag).append(attrs());
      if (tag.equals("br") || tag.equals("img") || tag.equals("wbr") || tag.equals("input")) {
        out.append(pick(">", "/>", " />"));
        return;
      }
      out.append(!clean && random.nextInt(30) == 0 ? "/>" : ">");
      openLinks += tag.equals("a") ? 1 : 0;
      flow(depth - 1, true);
      openLinks -= tag.equals("a") ? 1 : 0;
      close(tag);
    }

    /** An end tag, now and then left out or in another case. */
    private void close(String tag) {
      int r = clean ? 2 : random.nextInt(40);
      if (r == 0) {
        return;
      }
      out.append("</").append(r == 1 ? tag.toUpperCase(java.util.Locale.ROOT) : tag).append('>');
    }

    private String attrs() {
      StringBuilder a = new StringBuilder();
      for (int n = random.nextInt(3); n > 0; n--) {
        a.append(pick(" ", " ", "\n", "  "));
        a.append(NAMES[random.nextInt(clean ? CLEAN_NAMES : NAMES.length)]);
        String value = VALUES[random.nextInt(VALUES.length)];
        int quoting = random.nextInt(4);
        switch (clean && quoting == 2 ? 3 : quoting) {
          case 0 -> { }
          case 1 -> a.append("='").append(value.replace("'", "")).append('\'');
          case 2 -> a.append('=').append(value.isEmpty() ? "x" : value.replace(" ", "").replace("\n", ""));
          default -> a.append("=\"").append(value.replace("\"", "")).append('"');
        }
      }
      return a.toString();
    }

    private String text() {
      StringBuilder t = new StringBuilder();
      for (int n = random.nextInt(6); n > 0; n--) {
        t.append(random.nextInt(4) == 0 ? TEXT[random.nextInt(clean ? CLEAN_TEXT : TEXT.length)] : "word ");
      }
      return t.toString();
    }

    private void ws() {
      out.append(pick("", "\n", " ", "\n  "));
    }

    private String pick(String... options) {
      return options[random.nextInt(options.length)];
    }
  }
}

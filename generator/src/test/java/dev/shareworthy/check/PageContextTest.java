package dev.shareworthy.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageContextTest {

  /** The body is found where themes put it, by class (in any case), itemprop, or article and main. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<div class='sidebar content'>no</div><article><div class='wide Content'>body</div></article>| wide Content",
      "<div class='content'>outside</div><div class='x entry-content'>body</div>| x entry-content",
      "<div class='h-entry'><div class='e-content'>body</div></div>| e-content",
      "<main><p class='post-contents'>near miss</p><div class='post-content'>body</div></main>| post-content",
      "<section itemprop=' articleBody '>body</section>| ''",
      "<div class='contents'>no</div><article><p>body</p></article>| ''",
      "<div class='content'>outside any article</div>| ''",
  })
  void theContentElementIsFoundAsThemesMarkIt(String body, String expectedClass) {
    var doc = Jsoup.parse("<!doctype html><html><head></head><body>" + body + "</body></html>");
    PageContext page = new PageContext(PageContext.Kind.HTML, "x.html", "/x/", Path.of("x.html"), doc, null, null,
        null, "en", null);
    assertThat(page.content().className()).isEqualTo(expectedClass);
    assertThat(page.content().text()).isIn("body", "outside any article");
  }

  /**
   * The elements the link, image and style rules look at are found in one walk, as their queries would find them:
   * the same elements in document order, inside the body and outside code blocks, navigation and share blocks.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<article><div class='content'><p>See <a href='/a/'>a</a>, <a>no href</a> and <A HREF='/b/'>b</A>.</p>"
          + "<img src='x.png' alt=''><img alt='no src'><picture><source src='y.webp'><IMG SRC='y.png'></picture>"
          + "<iframe src='https://v.example/e'><a href='/inside/'>x</a></iframe>"
          + "<video src='v.mp4'><audio src='a.mp3'></audio></video>"
          + "<p style='display:none'>hidden</p><span STYLE='color:red' title='t'>red</span>"
          + "<nav><a href='/nav/'>skipped</a><img src='n.png'></nav><pre><a href='/code/'>code</a></pre>"
          + "<section class='share'><a href='/share/' style='x'>share</a></section>"
          + "<a href='/last/' style='font-size:0'>last</a></div></article>",
      "<main><p>Only text, <em>no</em> links.</p></main>",
      "<article><div class='content' style='x'><a href=''>empty</a><img src=''></div></article>",
  })
  void theRulesElementsAreFoundAsTheirQueriesFindThem(String body) {
    var doc = Jsoup.parse("<!doctype html><html><head></head><body>" + body + "</body></html>");
    PageContext page = new PageContext(PageContext.Kind.HTML, "x.html", "/x/", Path.of("x.html"), doc, null, null,
        null, "en", null);
    assertThat(page.linkTargets()).containsExactlyElementsOf(page.select(org.jsoup.select.QueryParser.parse(
        "a[href], img[src], iframe[src], source[src], video[src], audio[src]")));
    assertThat(page.links()).containsExactlyElementsOf(page.select(org.jsoup.select.QueryParser.parse("a[href]")));
    assertThat(page.styled()).containsExactlyElementsOf(page.select(org.jsoup.select.QueryParser.parse("[style]")));
    assertThat(page.images()).containsExactlyElementsOf(page.select(org.jsoup.select.QueryParser.parse("img")));
  }
}

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
}

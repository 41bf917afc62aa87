package dev.shareworthy.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiteLinkResolverTest {

  @ParameterizedTest
  @CsvSource({
      "diagram.png,                 /blog/posts/x/diagram.png",
      "./img/a.jpg,                 /blog/posts/x/img/a.jpg",
      "../other/,                   /blog/posts/other/",
      "/about/,                     /blog/about/",
      "/,                           /blog/",
      "#section,                    #section",
      "https://example.com/a,       https://example.com/a",
      "mailto:me@example.com,       mailto:me@example.com",
      "//cdn.example.com/x.js,      //cdn.example.com/x.js",
      "'',                          ''",
  })
  void resolvesAgainstThePageAndBasePath(String url, String expected) {
    assertThat(SiteLinkResolver.resolve(url, "/blog/posts/x/", "/blog/")).isEqualTo(expected);
  }
}

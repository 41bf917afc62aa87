package dev.shareworthy.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrackedUrlTest {

  private static final List<Map.Entry<String, String>> UTM = List.of(Map.entry("utm_source", "x"),
      Map.entry("utm_medium", "social"));

  @Test
  void addsParametersToAPlainUrl() {
    assertThat(TrackedUrl.of("https://b.example/posts/a/", UTM))
        .isEqualTo("https://b.example/posts/a/?utm_source=x&utm_medium=social");
  }

  @Test
  void keepsAnExistingQueryAndPutsTheFragmentLast() {
    assertThat(TrackedUrl.of("https://b.example/p/?lang=de#comments", UTM))
        .isEqualTo("https://b.example/p/?lang=de&utm_source=x&utm_medium=social#comments");
  }

  @Test
  void replacesAParameterOfTheSameNameInsteadOfRepeatingIt() {
    assertThat(TrackedUrl.of("https://b.example/p/?utm_source=old&a=1", UTM))
        .isEqualTo("https://b.example/p/?a=1&utm_source=x&utm_medium=social");
  }

  @Test
  void encodesNamesAndValues() {
    assertThat(TrackedUrl.of("https://b.example/p/", List.of(Map.entry("c", "spring sale & more #1"))))
        .isEqualTo("https://b.example/p/?c=spring%20sale%20%26%20more%20%231");
  }

  @Test
  void withoutParametersTheUrlIsUnchanged() {
    assertThat(TrackedUrl.of("https://b.example/p/?q=1#x", List.of())).isEqualTo("https://b.example/p/?q=1#x");
  }

  @Test
  void componentEncodingLeavesOnlyUnreservedCharacters() {
    assertThat(UrlEncoding.component("a-b_c.d~e f&g=h?i#j/k!l'm(n)o*p+é😀"))
        .isEqualTo("a-b_c.d~e%20f%26g%3Dh%3Fi%23j%2Fk%21l%27m%28n%29o%2Ap%2B%C3%A9%F0%9F%98%80");
  }
}

package dev.shareworthy.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafePathTest {

  @ParameterizedTest
  @CsvSource({
      "/, /",
      "/posts/hello/, /posts/hello/",
      "/images/a%20b.png, /images/a b.png",
      "/tags/caf%C3%A9/, /tags/café/",
      "/a+b, /a+b",
      "/..., /...",
      "/.well-known/x, /.well-known/x"})
  void decodesOrdinaryPaths(String raw, String decoded) {
    assertThat(SafePath.decode(raw)).isEqualTo(decoded);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "posts/", "/..", "/../x", "/a/../../x", "/a/./b", "/%2e%2e/x", "/%2E%2e/x", "/.%2e/x",
      "/a%2F..%2Fx", "/a%2fb", "/%252e%252e/x", "/%255c", "/a%5cb", "/a\\b", "/a%00b", "/a%0ab", "/a%7f",
      "/%c0%ae%c0%ae/x", "/%e2%82", "/%zz", "/%2", "/a%"})
  void refusesTraversalAndAmbiguousEncodings(String raw) {
    assertThat(SafePath.decode(raw)).isNull();
  }
}

package dev.shareworthy.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void aTitleCannotCloseTheScriptElement() throws Exception {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("headline", "</script><script>alert(1)</script> <!-- & \"quoted\" \\ \u2028");
    String json = Json.write(value);
    assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&");
    assertThat(new ObjectMapper().readValue(json, Map.class)).isEqualTo(value);
  }

  @Test
  void writesNestedValuesAndLeavesOutNulls() throws Exception {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("a", List.of("x", "y"));
    value.put("b", null);
    value.put("c", Map.of("n", 1));
    assertThat(Json.write(value)).isEqualTo("{\"a\":[\"x\",\"y\"],\"c\":{\"n\":1}}");
  }
}

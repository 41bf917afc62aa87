package dev.shareworthy.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StructuredDataRuleTest {

  private static final String POST = "{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\",\"headline\":"
      + "\"A \\\"quoted\\\" title \\u00e9\",\"datePublished\":\"2022-03-28T00:00:00Z\",\"author\":{\"@type\":"
      + "\"Person\",\"name\":\"Bench\"},\"image\":[\"https://x.example/a.png\"],\"wordCount\":1234,"
      + "\"rating\":4.5e0,\"free\":true,\"isPartOf\":null,\"keywords\":[\"a\",\"b\"]}";

  private final StructuredDataRule rule = new StructuredDataRule();

  @Test
  void readsJsonLdAsATreeOfItWouldHaveBeenRead() {
    List<String> cases = new ArrayList<>(List.of(POST, "", "   \n", "{}", "[]", "[{}]", "null", "5", "\"x\"",
        "{\"@type\":\"A\"}", "[{\"@type\":\"A\"},{\"@type\":\"B\"}]", "[{\"@type\":\"A\"},{}]",
        "[{\"@type\":\"A\"},[{\"@type\":\"B\"}]]", "[[]]", "{\"@graph\":[{\"@type\":\"A\"}]}",
        "{\"@graph\":[]}", "{\"@type\":\"A\",\"@graph\":[{}]}", "{\"@graph\":[{}],\"@graph\":[{\"@type\":\"A\"}]}",
        "{\"@graph\":[{\"@type\":\"A\"}],\"@graph\":{}}", "{\"@graph\":{\"@type\":\"A\"}}", "{\"@graph\":7}",
        "{\"x\":{\"@type\":\"A\"}}", "{\"@type\":null}", "{\"@type\":\"A\"} trailing", "{\"@type\":\"A\"}}",
        "{\"@type\":\"A\"", "[{\"@type\":\"A\"}", "{\"@type\" \"A\"}", "{'@type':'A'}", "{\"@type\":\"A\",}",
        "{/* c */\"@type\":\"A\"}", "{\"a\":NaN,\"@type\":\"A\"}", "{\"a\":01,\"@type\":\"A\"}",
        "{\"a\":\"\\q\",\"@type\":\"A\"}", "{\"a\":\"tab\there\",\"@type\":\"A\"}",
        "{\"a\":123456789012345678901234567890,\"@type\":\"A\"}", "{\"a\":-,\"@type\":\"A\"}",
        "{\"a\":tru,\"@type\":\"A\"}", "<!-- -->{\"@type\":\"A\"}", "{\"@type\":\"A\"}\n{\"@type\":", "]"));
    cases.add("[".repeat(600) + "]".repeat(600));
    cases.add("[".repeat(1200) + "]".repeat(1200));
    cases.add("{\"@type\":\"A\",\"n\":" + "9".repeat(1100) + "}");
    Random random = new Random(7);
    String alphabet = "{}[]\":,@type \\x0-e.tnul\u00e9";
    for (int i = 0; i < 4000; i++) {
      StringBuilder b = new StringBuilder(POST);
      for (int edits = 1 + random.nextInt(3); edits > 0 && b.length() > 0; edits--) {
        int at = random.nextInt(b.length());
        switch (random.nextInt(3)) {
          case 0 -> b.deleteCharAt(at);
          case 1 -> b.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
          default -> b.setLength(at);
        }
      }
      cases.add(b.toString());
    }
    int errors = 0;
    int untyped = 0;
    for (String json : cases) {
      String expected = asTree(json);
      String actual;
      try {
        actual = rule.typed(json).name();
      } catch (JsonProcessingException e) {
        actual = "error: " + e.getOriginalMessage();
      }
      assertThat(actual).as(json).isEqualTo(expected);
      errors += expected.startsWith("error") ? 1 : 0;
      untyped += expected.equals("NO") ? 1 : 0;
    }
    // The mutations must reach every outcome, or the comparison proves little.
    assertThat(errors).isGreaterThan(1000);
    assertThat(untyped).isGreaterThan(50);
  }

  /** How the rule read JSON-LD before: databind's tree, then a walk over it. */
  private static String asTree(String json) {
    JsonNode node;
    try {
      node = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      return "error: " + e.getOriginalMessage();
    }
    if (node == null || node.isMissingNode()) {
      return "EMPTY";
    }
    return hasType(node) ? "YES" : "NO";
  }

  private static boolean hasType(JsonNode node) {
    if (node.isArray()) {
      for (JsonNode n : node) {
        if (!hasType(n)) {
          return false;
        }
      }
      return node.size() > 0;
    }
    if (node.has("@graph")) {
      return hasType(node.get("@graph"));
    }
    return node.isObject() && node.has("@type");
  }
}

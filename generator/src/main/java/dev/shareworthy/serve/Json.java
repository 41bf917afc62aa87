package dev.shareworthy.serve;

import dev.shareworthy.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** The little JSON the live-reload events carry, written by hand: strings and lists of problems. */
final class Json {

  private Json() {}

  static String string(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            b.append(String.format("\\u%04x", (int) c)); // safe inside HTML and JavaScript too
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  static String strings(List<String> list) {
    return list.stream().map(Json::string).collect(Collectors.joining(",", "[", "]"));
  }

  static String problems(List<Problem> problems) {
    return problems.stream()
        .map(p -> "{\"file\":" + string(p.file()) + ",\"line\":" + p.line() + ",\"message\":" + string(p.message()) + "}")
        .collect(Collectors.joining(",", "[", "]"));
  }
}

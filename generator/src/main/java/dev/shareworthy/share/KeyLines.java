package dev.shareworthy.share;

/**
 * Finds the line of a nested key such as {@code share.utm.source} in a YAML (or TOML) text, so a problem
 * can point at it. Falls back to the deepest key it found, or 0.
 */
final class KeyLines {

  private KeyLines() {}

  static int find(String text, String... path) {
    if (text == null) {
      return 0;
    }
    String[] lines = text.split("\r?\n", -1);
    int found = 0;
    int from = 0;
    int parentIndent = -1;
    for (String key : path) {
      int hit = -1;
      for (int i = from; i < lines.length; i++) {
        String line = lines[i];
        String stripped = line.strip();
        if (stripped.isEmpty() || stripped.startsWith("#")) {
          continue;
        }
        if (i > 0 && (stripped.equals("---") || stripped.equals("+++"))) {
          break; // the end of front matter
        }
        int indent = line.length() - line.stripLeading().length();
        if (parentIndent >= 0 && indent <= parentIndent && !stripped.startsWith("[")) {
          break;
        }
        if (stripped.startsWith(key + ":") || stripped.startsWith(key + " :") || stripped.startsWith(key + " =")
            || stripped.startsWith(key + "=") || stripped.equals("[" + key + "]") || stripped.startsWith("- " + key + ":")) {
          hit = i;
          parentIndent = indent;
          break;
        }
      }
      if (hit < 0) {
        return found;
      }
      found = hit + 1;
      from = hit + 1;
    }
    return found;
  }
}

package dev.shareworthy;

/**
 * One thing wrong with a site's content, configuration or templates.
 *
 * @param file the file at fault, relative to the site folder where it is inside it, or a template name
 * @param line the 1-based line, or 0 where it cannot be known
 * @param message what is wrong and, where it helps, how to fix it
 */
public record Problem(String file, int line, String message) {

  @Override
  public String toString() {
    if (file == null || file.isEmpty()) {
      return message;
    }
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}

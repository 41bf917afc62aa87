package dev.shareworthy.serve;

import java.nio.charset.StandardCharsets;

/**
 * A response of a {@link ServeExtension}.
 *
 * @param contentType such as {@code text/html; charset=utf-8}
 */
public record ServeResponse(int status, String contentType, byte[] body) {

  /** A 200 HTML page; the live-reload script is added to it like to the site's pages. */
  public static ServeResponse html(String html) {
    return new ServeResponse(200, ContentTypes.HTML, html.getBytes(StandardCharsets.UTF_8));
  }
}

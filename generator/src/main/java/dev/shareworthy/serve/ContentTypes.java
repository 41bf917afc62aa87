package dev.shareworthy.serve;

import java.util.Locale;
import java.util.Map;

/** The {@code Content-Type} of a served file, by its name. */
final class ContentTypes {

  static final String HTML = "text/html; charset=utf-8";
  private static final String DEFAULT = "application/octet-stream";
  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("html", HTML),
      Map.entry("htm", HTML),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("mjs", "text/javascript; charset=utf-8"),
      Map.entry("json", "application/json"),
      Map.entry("webmanifest", "application/manifest+json"),
      Map.entry("xml", "application/xml; charset=utf-8"),
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("md", "text/markdown; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"),
      Map.entry("webp", "image/webp"),
      Map.entry("avif", "image/avif"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("woff", "font/woff"),
      Map.entry("woff2", "font/woff2"),
      Map.entry("ttf", "font/ttf"),
      Map.entry("otf", "font/otf"),
      Map.entry("pdf", "application/pdf"),
      Map.entry("mp4", "video/mp4"),
      Map.entry("webm", "video/webm"),
      Map.entry("mp3", "audio/mpeg"),
      Map.entry("wasm", "application/wasm"),
      Map.entry("zip", "application/zip"));

  private ContentTypes() {}

  static String of(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    if (name.equals("feed.xml")) {
      return "application/rss+xml; charset=utf-8";
    }
    if (name.equals("atom.xml")) {
      return "application/atom+xml; charset=utf-8";
    }
    int dot = name.lastIndexOf('.');
    return dot < 0 ? DEFAULT : BY_EXTENSION.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), DEFAULT);
  }

  static boolean isHtml(String contentType) {
    return contentType.startsWith("text/html");
  }
}

package dev.shareworthy.check;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built site as links see it: its base URL, and which files and anchors exist in its output folder.
 * Shared by every page of a run, during which the folder does not change; safe for parallel use.
 */
public final class SiteIndex {

  private static final Pattern ID = Pattern.compile("\\s(?:id|name)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");

  private final BuiltFiles files;
  private final Path outputDir;
  private final String baseUrl;
  private final URI base;
  private final String basePath;
  private final String baseText;
  private final Map<Path, Set<String>> anchors = new ConcurrentHashMap<>();
  private final Map<Path, ImageFile> images = new ConcurrentHashMap<>();
  private final Map<String, Target> targets = new ConcurrentHashMap<>();

  /**
   * @param baseUrl the site's absolute base URL (with or without a trailing slash), or null when unknown
   */
  SiteIndex(BuiltFiles files, String baseUrl) {
    this.files = files;
    this.outputDir = files.root();
    String b = baseUrl == null || baseUrl.isBlank() ? "https://site.invalid/" : baseUrl.strip();
    if (!b.endsWith("/")) {
      b += "/";
    }
    URI parsed;
    try {
      parsed = new URI(b);
    } catch (URISyntaxException e) {
      parsed = URI.create("https://site.invalid/");
    }
    this.base = parsed;
    // Absolute links starting with this text are under the base URL; null when the base is not plain.
    this.baseText = parsed.getRawQuery() == null && parsed.getRawFragment() == null && b.equals(parsed.toString())
        && b.startsWith("http") && parsed.getRawPath() != null && parsed.getRawPath().startsWith("/") ? b : null;
    this.baseUrl = baseUrl;
    String p = parsed.getRawPath() == null || parsed.getRawPath().isEmpty() ? "/" : parsed.getRawPath();
    this.basePath = p.endsWith("/") ? p : p + "/";
  }

  /** The base URL as given, or null when the run has none. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The host pages are served from, lower case, or null when unknown. */
  public String host() {
    return baseUrl == null ? null : base.getHost() == null ? null : base.getHost().toLowerCase(Locale.ROOT);
  }

  /** The built site's folder; for a site in memory, the name its files go by. */
  public Path outputDir() {
    return outputDir;
  }

  BuiltFiles files() {
    return files;
  }

  /** The file a target names, relative to the site root with forward slashes. */
  public String relative(Path file) {
    return outputDir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  /** A target's size and first bytes. */
  BuiltFiles.Head head(Target target, int max) throws IOException {
    return files.head(relative(target.file()), max);
  }

  /** Opens a target's file for reading. */
  public InputStream open(Target target) throws IOException {
    return files.open(relative(target.file()));
  }

  /**
   * Where a link on a page points inside this site, or null when it points elsewhere (another host, mailto:).
   *
   * @param pagePath the linking page's path without the base path, such as {@code /posts/x/}
   */
  public Target resolve(String pagePath, String href) {
    String h = href.strip();
    if (h.isEmpty()) {
      return new Target(null, null, "empty link");
    }
    String lower = h.toLowerCase(Locale.ROOT);
    if (lower.startsWith("mailto:") || lower.startsWith("tel:") || lower.startsWith("javascript:")
        || lower.startsWith("data:") || lower.startsWith("sms:")) {
      return null;
    }
    String plain = plainPath(h);
    if (plain != null) {
      return plain.startsWith(basePath) ? target(plain.substring(basePath.length()), null) : null;
    }
    return resolveParsed(pagePath, h);
  }

  /** {@link #resolve} by parsing and resolving the link as a URI: for any link, and for tests of the fast way. */
  Target resolveParsed(String pagePath, String h) {
    URI uri;
    try {
      URI page = base.resolve(basePath.substring(1) + (pagePath.startsWith("/") ? pagePath.substring(1) : pagePath));
      uri = page.resolve(new URI(h.replace(" ", "%20")));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return new Target(null, null, "not a valid URL");
    }
    if (uri.getScheme() != null && !uri.getScheme().startsWith("http")) {
      return null;
    }
    if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(base.getHost()) || uri.getPort() != base.getPort()) {
      return null;
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (!path.startsWith(basePath)) {
      return null; // another part of the same host: not this site's to judge
    }
    String relative = decode(path.substring(basePath.length()));
    String fragment = uri.getRawFragment() == null ? null : decode(uri.getRawFragment());
    return target(relative, fragment);
  }

  /**
   * The target of a decoded path relative to the site root. Each path's file system questions are asked once a
   * run: every page links to the same menu, tags, feeds and style sheet.
   */
  private Target target(String relative, String fragment) {
    if (relative.contains("..")) {
      return new Target(null, fragment, "points outside the site");
    }
    Target file = targets.computeIfAbsent(relative, this::locate);
    return fragment == null ? file : new Target(file.file(), fragment, null, file.exists());
  }

  private Target locate(String relative) {
    String name = relative.isEmpty() ? "index.html" : relative;
    boolean exists;
    if (name.endsWith("/")) {
      name += "index.html";
      exists = files.isFile(name);
    } else if (files.isFile(name)) {
      exists = true;
    } else if (files.isDirectory(name)) {
      name += "/index.html";
      exists = files.isFile(name);
    } else if (!relative.contains(".") && files.isFile(relative + ".html")) {
      name = relative + ".html"; // servers map /about to about.html
      exists = true;
    } else {
      exists = false;
    }
    return new Target(outputDir.resolve(name), null, null, exists);
  }

  /**
   * The URL path of a link that needs no URI parsing, or null: an absolute URL under the base URL, or a
   * root-relative path, made of characters that parsing, resolving and decoding would all leave as they are
   * (no query, fragment, escapes, dot segments or spaces). Most links of a site are like this, and parsing
   * them cost more than the rest of the link checks together.
   */
  private String plainPath(String href) {
    String path;
    if (baseText != null && href.startsWith(baseText)) {
      path = basePath + href.substring(baseText.length());
    } else if (href.length() > 0 && href.charAt(0) == '/' && (href.length() == 1 || href.charAt(1) != '/')) {
      path = href;
    } else {
      return null;
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      boolean plainChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/'
          || c == '-' || c == '_' || c == '~' || c == '!' || c == '$' || c == '&' || c == '\'' || c == '('
          || c == ')' || c == '*' || c == ',' || c == ';' || c == '=' || c == ':' || c == '@'
          || (c == '.' && path.charAt(i - 1) != '/' && path.charAt(i - 1) != '.'
              && (i + 1 == path.length() || path.charAt(i + 1) != '/'));
      if (!plainChar) {
        return null;
      }
    }
    return path;
  }

  /**
   * An existing target's image header, read once per file: many pages share one default image. An image the build
   * drew (a card) is not read at all: the build knows its size.
   */
  public ImageFile image(Target target) {
    return images.computeIfAbsent(target.file(), f -> {
      ImageFile known = files.image(relative(f));
      return known != null ? known : ImageFile.read(this, target);
    });
  }

  /** Whether an HTML file has an element with this id (or an {@code <a name>}); read once per file. */
  public boolean hasAnchor(Path htmlFile, String id) {
    return anchors.computeIfAbsent(htmlFile, this::readAnchors).contains(id);
  }

  private Set<String> readAnchors(Path file) {
    Set<String> ids = new HashSet<>();
    try (InputStream in = files.open(relative(file))) {
      Matcher m = ID.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      while (m.find()) {
        String v = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        ids.add(org.jsoup.parser.Parser.unescapeEntities(v, true));
      }
    } catch (IOException | RuntimeException e) {
      // An unreadable target has no anchors; the link is reported as broken.
    }
    return ids;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  /**
   * A link's target in the output folder.
   *
   * @param file the file it names (which may not exist), or null when the link is malformed
   * @param fragment the decoded {@code #fragment}, or null
   * @param problem why the link cannot work, or null
   * @param exists whether {@code file} is a file of the site
   */
  public record Target(Path file, String fragment, String problem, boolean exists) {

    Target(Path file, String fragment, String problem) {
      this(file, fragment, problem, false);
    }
  }
}

package dev.shareworthy.content;

import dev.shareworthy.Problem;
import dev.shareworthy.ShareworthyException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Reads {@code site.yaml}, checking every value and reporting all problems at once. */
public final class SiteConfigReader {

  public static final String FILE = "site.yaml";
  private static final Set<String> KNOWN = Set.of("title", "baseUrl", "author", "description", "language",
      "theme", "postsPerPage", "permalink", "feedItems", "timezone", "menu");

  private SiteConfigReader() {}

  /**
   * Reads the site folder's {@code site.yaml}.
   *
   * @param baseUrlOverride a base URL that replaces the file's, or null
   * @throws ShareworthyException listing every problem found
   */
  public static SiteConfig read(Path siteDir, String baseUrlOverride) {
    Path file = siteDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw ShareworthyException.of(FILE, 0, "not found in " + siteDir.toAbsolutePath().normalize()
          + "; is this a site folder? Create site.yaml there with at least 'title:' and 'baseUrl:'");
    }
    String text = SourceText.read(file, FILE);
    Object loaded;
    try {
      loaded = new Load(LoadSettings.builder().setLabel(FILE).setSchema(new CoreSchema()).build()).loadFromString(text);
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
      throw ShareworthyException.of(FILE, line, "broken YAML: " + e.getProblem());
    } catch (YamlEngineException e) {
      throw ShareworthyException.of(FILE, 0, "broken YAML: " + e.getMessage());
    }
    if (loaded != null && !(loaded instanceof Map)) {
      throw ShareworthyException.of(FILE, 1, "must be a list of 'key: value' lines");
    }
    Map<String, Object> v = new LinkedHashMap<>();
    if (loaded != null) {
      ((Map<?, ?>) loaded).forEach((k, val) -> v.put(String.valueOf(k), val));
    }
    String[] lines = text.split("\r?\n", -1);
    List<Problem> problems = new ArrayList<>();

    String title = text(v, "title");
    if (title == null || title.isBlank()) {
      problems.add(new Problem(FILE, 1, "missing title: add 'title: My Blog'"));
    }
    String base = baseUrlOverride != null ? baseUrlOverride : text(v, "baseUrl");
    String baseUrl = null;
    String basePath = "/";
    if (base == null || base.isBlank()) {
      problems.add(new Problem(FILE, 1, "missing baseUrl: add 'baseUrl: https://example.com/' (the address "
          + "the site is published at) or pass --base-url"));
    } else {
      try {
        URI uri = new URI(base.strip());
        if (!uri.isAbsolute() || uri.getHost() == null
            || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
          throw new URISyntaxException(base, "not an absolute http(s) URL");
        }
        basePath = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!basePath.endsWith("/")) {
          basePath += "/";
        }
        baseUrl = uri.getScheme() + "://" + uri.getRawAuthority() + basePath;
      } catch (URISyntaxException e) {
        problems.add(new Problem(baseUrlOverride != null ? "--base-url" : FILE,
            baseUrlOverride != null ? 0 : lineOf(lines, "baseUrl"),
            "baseUrl '" + base + "' is not an absolute URL; write it as https://example.com/"));
      }
    }
    int perPage = positive(v, "postsPerPage", 10, lines, problems);
    int feedItems = positive(v, "feedItems", 20, lines, problems);
    String permalink = text(v, "permalink");
    if (permalink == null) {
      permalink = SiteConfig.DEFAULT_PERMALINK;
    } else if (!permalink.startsWith("/") || !permalink.contains(":slug")) {
      problems.add(new Problem(FILE, lineOf(lines, "permalink"), "permalink '" + permalink
          + "' must start with '/' and contain ':slug', such as /posts/:slug/ or /:year/:month/:slug/"));
    }
    ZoneId zone = ZoneOffset.UTC;
    String tz = text(v, "timezone");
    if (tz != null) {
      try {
        zone = ZoneId.of(tz.strip());
      } catch (DateTimeException e) {
        problems.add(new Problem(FILE, lineOf(lines, "timezone"), "timezone '" + tz
            + "' is unknown; use a name such as Europe/Berlin or UTC"));
      }
    }
    List<MenuItem> menu = menu(v.get("menu"), lines, problems);
    if (!problems.isEmpty()) {
      throw new ShareworthyException(problems);
    }
    Map<String, Object> params = new LinkedHashMap<>();
    v.forEach((k, val) -> {
      if (!KNOWN.contains(k) && val != null) {
        params.put(k, val);
      }
    });
    String language = orDefault(text(v, "language"), "en");
    return new SiteConfig(title.strip(), baseUrl, basePath, orDefault(text(v, "author"), title.strip()),
        orDefault(text(v, "description"), ""), language, orDefault(text(v, "theme"), "default"),
        perPage, permalink, feedItems, zone, menu, params);
  }

  private static List<MenuItem> menu(Object value, String[] lines, List<Problem> problems) {
    if (value == null) {
      return List.of();
    }
    List<MenuItem> items = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> m && m.get("name") != null && m.get("url") != null) {
          items.add(new MenuItem(String.valueOf(m.get("name")), String.valueOf(m.get("url"))));
          continue;
        }
        problems.add(new Problem(FILE, lineOf(lines, "menu"), "each menu entry needs a name and a url, "
            + "such as '- { name: About, url: /about/ }'"));
        return List.of();
      }
      return items;
    }
    problems.add(new Problem(FILE, lineOf(lines, "menu"), "menu must be a list of { name, url } entries"));
    return List.of();
  }

  private static int positive(Map<String, Object> v, String key, int fallback, String[] lines, List<Problem> problems) {
    Object o = v.get(key);
    if (o == null) {
      return fallback;
    }
    if (o instanceof Integer i && i > 0) {
      return i;
    }
    problems.add(new Problem(FILE, lineOf(lines, key), key + " must be a whole number above 0, found '" + o + "'"));
    return fallback;
  }

  private static String text(Map<String, Object> v, String key) {
    Object o = v.get(key);
    return o == null ? null : String.valueOf(o);
  }

  private static String orDefault(String s, String fallback) {
    return s == null || s.isBlank() ? fallback : s.strip();
  }

  private static int lineOf(String[] lines, String key) {
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].stripLeading().startsWith(key + ":") || lines[i].stripLeading().startsWith(key + " :")) {
        return i + 1;
      }
    }
    return 0;
  }
}

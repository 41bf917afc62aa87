package dev.shareworthy.content;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.shareworthy.Problem;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Splits a content file into front matter and body and reads the front matter: YAML between {@code ---}
 * lines, or TOML between {@code +++} lines. Problems are collected, each with the file's line, rather than
 * thrown one at a time.
 */
public final class FrontMatterReader {

  private static final Pattern JEKYLL_NAME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})-(.+)$");
  private static final Set<String> KNOWN = Set.of("title", "date", "lastmod", "description", "summary", "tags",
      "categories", "image", "draft", "slug", "aliases", "canonical", "author");

  private final ZoneId zone;
  private final LoadSettings yamlSettings = LoadSettings.builder().setSchema(new CoreSchema()).build();
  /** Made on first use: Jackson is a large library to load for sites without a single TOML file. */
  private volatile TomlMapper toml;

  public FrontMatterReader(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * Reads one file's text.
   *
   * @param source the file relative to the site, used in problems
   * @param fileStem the file name without {@code .md} (or the bundle folder's name), for Jekyll-style dates
   * @param problems where problems are added; a document is returned only when there were none
   */
  public Optional<SourceDocument> read(String source, String fileStem, String text, List<Problem> problems) {
    // Only the front matter is split into lines; the body is one substring, however long the post.
    int firstEnd = lineEnd(text, 0);
    String fence = text.substring(0, firstEnd).strip();
    Map<String, Object> values = Map.of();
    int bodyLine = 1;
    int bodyStart = 0;
    String header = "";
    if (fence.equals("---") || fence.equals("+++")) {
      int lineStart = next(text, firstEnd);
      int line = 2;
      int closeStart = -1;
      while (lineStart < text.length()) {
        int end = lineEnd(text, lineStart);
        String l = text.substring(lineStart, end).strip();
        if (l.equals(fence) || (fence.equals("---") && l.equals("..."))) {
          closeStart = lineStart;
          bodyStart = next(text, end);
          break;
        }
        lineStart = next(text, end);
        line++;
      }
      if (closeStart < 0) {
        problems.add(new Problem(source, 1, "front matter opened with '" + fence + "' is never closed; "
            + "add a line '" + fence + "' after the last key"));
        return Optional.empty();
      }
      header = text.substring(Math.min(next(text, firstEnd), closeStart), closeStart).replace("\r\n", "\n");
      Optional<Map<String, Object>> parsed = fence.equals("---")
          ? parseYaml(source, header, problems)
          : parseToml(source, header, problems);
      if (parsed.isEmpty()) {
        return Optional.empty();
      }
      values = parsed.get();
      bodyLine = line + 1;
    }
    String body = text.substring(bodyStart);
    if (body.indexOf('\r') >= 0) {
      body = body.replace("\r\n", "\n");
    }
    int before = problems.size();
    FrontMatter fm = toFrontMatter(source, fileStem, values, header, problems);
    return problems.size() == before ? Optional.of(new SourceDocument(source, fm, body, bodyLine)) : Optional.empty();
  }

  private Optional<Map<String, Object>> parseYaml(String source, String yaml, List<Problem> problems) {
    Object loaded;
    try {
      loaded = new Load(yamlSettings).loadFromString(yaml);
    } catch (MarkedYamlEngineException e) {
      // A list or quote left open is only noticed at the end; then the line where it opened is the one to fix.
      int newlines = (int) yaml.chars().filter(c -> c == '\n').count();
      int lines = yaml.endsWith("\n") ? newlines : newlines + 1;
      var mark = e.getProblemMark().filter(m -> m.getLine() < lines).or(e::getContextMark).or(e::getProblemMark);
      int line = mark.map(m -> Math.min(m.getLine(), lines - 1) + 2).orElse(1);
      problems.add(new Problem(source, line, "broken YAML front matter: " + firstLine(e.getProblem())));
      return Optional.empty();
    } catch (YamlEngineException e) {
      problems.add(new Problem(source, 1, "broken YAML front matter: " + firstLine(e.getMessage())));
      return Optional.empty();
    }
    return asMap(source, loaded, problems);
  }

  private Optional<Map<String, Object>> parseToml(String source, String text, List<Problem> problems) {
    try {
      return asMap(source, toml().readValue(text, Map.class), problems);
    } catch (JacksonException e) {
      JsonLocation where = e.getLocation();
      int line = 1;
      if (where != null && where.getLineNr() >= 1) {
        // Jackson points at column 1 of the next line for a problem at the end of a line.
        int headerLine = where.getColumnNr() == 1 && where.getLineNr() > 1 ? where.getLineNr() - 1 : where.getLineNr();
        line = headerLine + 1;
      }
      problems.add(new Problem(source, line, "broken TOML front matter: " + firstLine(e.getOriginalMessage())));
      return Optional.empty();
    }
  }

  private TomlMapper toml() {
    TomlMapper mapper = toml;
    if (mapper == null) {
      synchronized (this) {
        if (toml == null) {
          toml = new TomlMapper();
        }
        mapper = toml;
      }
    }
    return mapper;
  }

  private static Optional<Map<String, Object>> asMap(String source, Object loaded, List<Problem> problems) {
    if (loaded == null) {
      return Optional.of(Map.of());
    }
    if (!(loaded instanceof Map<?, ?> map)) {
      problems.add(new Problem(source, 2, "front matter must be a list of 'key: value' lines, found "
          + loaded.getClass().getSimpleName()));
      return Optional.empty();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(String.valueOf(k), v));
    return Optional.of(out);
  }

  private FrontMatter toFrontMatter(String source, String stem, Map<String, Object> v, String header,
      List<Problem> problems) {
    Fields f = new Fields(source, v, header, problems);
    Matcher jekyll = JEKYLL_NAME.matcher(stem);
    String nameDate = jekyll.matches() ? jekyll.group(1) : null;
    String nameSlug = jekyll.matches() ? jekyll.group(2) : stem;

    String title = f.string("title");
    if (title == null || title.isBlank()) {
      problems.add(new Problem(source, 1, "missing title: add a line 'title: Your title' to the front matter"));
    }
    OffsetDateTime date = f.date("date", nameDate);
    OffsetDateTime lastmod = f.date("lastmod", null);
    String description = f.string("description");
    if (description == null) {
      description = f.string("summary");
    }
    String slug = f.string("slug");
    if (slug == null || slug.isBlank()) {
      slug = Slugs.slugify(nameSlug);
    } else if (slug.contains("/")) {
      f.problem("slug", "slug '" + slug + "' must not contain '/'; set 'permalink' in site.yaml to shape URLs");
    }
    Map<String, Object> params = new LinkedHashMap<>();
    v.forEach((k, val) -> {
      if (!KNOWN.contains(k) && val != null) {
        params.put(k, val);
      }
    });
    return new FrontMatter(title == null ? null : title.strip(), date, lastmod,
        description == null || description.isBlank() ? null : description.strip(),
        f.list("tags"), f.list("categories"), f.string("image"), f.bool("draft"), slug,
        f.list("aliases"), f.string("canonical"), f.string("author"), params);
  }

  /** The index of the line break ending the line that starts at {@code from}, or the text's length. */
  private static int lineEnd(String text, int from) {
    int nl = text.indexOf('\n', from);
    if (nl < 0) {
      return text.length();
    }
    return nl > from && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
  }

  /** The start of the line after the one ending at {@code lineEnd}. */
  private static int next(String text, int lineEnd) {
    if (lineEnd >= text.length()) {
      return text.length();
    }
    return text.charAt(lineEnd) == '\r' ? Math.min(text.length(), lineEnd + 2) : lineEnd + 1;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "cannot be parsed";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }

  /** Typed access to front matter values, adding a problem on the key's own line for a value of the wrong kind. */
  private final class Fields {
    private final String source;
    private final Map<String, Object> values;
    private final String[] headerLines;
    private final List<Problem> problems;

    Fields(String source, Map<String, Object> values, String header, List<Problem> problems) {
      this.source = source;
      this.values = values;
      this.headerLines = header.split("\n", -1);
      this.problems = problems;
    }

    String string(String key) {
      Object o = values.get(key);
      if (o == null) {
        return null;
      }
      if (o instanceof Map || o instanceof List) {
        problem(key, "'" + key + "' must be a single text value");
        return null;
      }
      return String.valueOf(o);
    }

    boolean bool(String key) {
      Object o = values.get(key);
      if (o == null) {
        return false;
      }
      if (o instanceof Boolean b) {
        return b;
      }
      problem(key, "'" + key + "' must be true or false, found '" + o + "'");
      return false;
    }

    List<String> list(String key) {
      Object o = values.get(key);
      if (o == null) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      if (o instanceof List<?> items) {
        for (Object item : items) {
          if (item instanceof Map || item instanceof List) {
            problem(key, "'" + key + "' must be a list of text values");
            return List.of();
          }
          if (item != null && !String.valueOf(item).isBlank()) {
            out.add(String.valueOf(item).strip());
          }
        }
      } else if (o instanceof Map) {
        problem(key, "'" + key + "' must be a list such as [one, two]");
      } else {
        for (String part : String.valueOf(o).split(",")) {
          if (!part.isBlank()) {
            out.add(part.strip());
          }
        }
      }
      return out;
    }

    OffsetDateTime date(String key, String fallback) {
      Object o = values.get(key);
      String text = o == null ? fallback : String.valueOf(o);
      if (text == null) {
        return null;
      }
      Optional<OffsetDateTime> parsed = Dates.parse(text, zone);
      if (parsed.isEmpty()) {
        if (o == null) {
          problems.add(new Problem(source, 1, "the date in the file name '" + text + "' is not a real date"));
        } else {
          problem(key, "'" + key + "' is not a date: '" + text + "'; write it as 2024-05-01 or 2024-05-01T09:30:00+02:00");
        }
        return null;
      }
      return parsed.get();
    }

    void problem(String key, String message) {
      problems.add(new Problem(source, lineOf(key), message));
    }

    /** The file line of a top-level key (the header starts on the file's second line), else of a nested one. */
    private int lineOf(String key) {
      for (String indent : new String[] {"", "\\s+"}) {
        Pattern p = Pattern.compile("^" + indent + "\"?" + Pattern.quote(key) + "\"?\\s*[:=]");
        for (int i = 0; i < headerLines.length; i++) {
          if (p.matcher(headerLines[i]).find()) {
            return i + 2;
          }
        }
      }
      return 1;
    }
  }
}

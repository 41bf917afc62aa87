package dev.shareworthy.template;

import dev.shareworthy.Problem;
import dev.shareworthy.ShareworthyException;
import dev.shareworthy.content.SiteConfig;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the theme's Pebble templates, letting the site override any single one with a file of the same
 * name in its {@code templates/} folder. Auto-escaping stays on; strict variables turn a misspelt name into
 * an error with the template's name and line instead of an empty string. Safe to share between threads.
 */
public final class TemplateRenderer {

  private final PebbleEngine engine;
  private final Path siteTemplates;
  private final Map<String, Object> globals;
  private final Locale locale;

  /**
   * @param globals values every template sees, such as {@code site} and {@code generator}
   */
  public TemplateRenderer(Path siteDir, Theme theme, SiteConfig site, Map<String, Object> globals) {
    this.siteTemplates = siteDir.resolve("templates");
    List<Loader<?>> loaders = new ArrayList<>();
    if (Files.isDirectory(siteTemplates)) {
      FileLoader own = new FileLoader(siteTemplates.toAbsolutePath().toString());
      own.setSuffix(Theme.SUFFIX);
      loaders.add(own);
    }
    loaders.add(theme.templateLoader());
    this.engine = new PebbleEngine.Builder()
        .loader(new DelegatingLoader(loaders))
        .strictVariables(true)
        .extension(new SiteExtension(site))
        .defaultLocale(Locale.forLanguageTag(site.language()))
        .build();
    this.globals = Map.copyOf(globals);
    this.locale = Locale.forLanguageTag(site.language());
  }

  /**
   * Renders a template by name ({@code "post"} for {@code post.peb}) straight into {@code out}, such as a
   * file: a page is never held whole in memory.
   *
   * @throws ShareworthyException naming the template file and line for a template error
   */
  public void render(String name, Map<String, Object> values, Writer out) {
    try {
      PebbleTemplate template = engine.getTemplate(name);
      Map<String, Object> context = new HashMap<>(globals);
      context.putAll(values);
      template.evaluate(out, context, locale);
    } catch (PebbleException e) {
      throw new ShareworthyException(problem(name, e), e);
    } catch (IOException e) {
      throw new ShareworthyException(new Problem(fileOf(name), 0, "cannot render: " + e.getMessage()), e);
    }
  }

  private Problem problem(String name, PebbleException e) {
    String file = e.getFileName() == null ? name : e.getFileName();
    int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
    String message = e.getPebbleMessage() == null ? String.valueOf(e.getMessage()) : e.getPebbleMessage();
    if (message.contains("Unable to find resource") || message.contains("Could not find template")) {
      message = "template not found in the site's templates/ folder or the theme";
    }
    return new Problem(fileOf(file), line, "template error: " + message);
  }

  private String fileOf(String name) {
    String file = name.endsWith(Theme.SUFFIX) ? name : name + Theme.SUFFIX;
    return Files.isRegularFile(siteTemplates.resolve(file)) ? "templates/" + file : "theme templates/" + file;
  }
}

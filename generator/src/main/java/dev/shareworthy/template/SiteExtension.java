package dev.shareworthy.template;

import dev.shareworthy.content.SiteConfig;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/**
 * What Shareworthy adds to Pebble: {@code url("/css/style.css")} gives a path with the site's base path,
 * {@code absUrl("/feed.xml")} an absolute URL. One instance per build, so two sites never share a base.
 */
final class SiteExtension extends AbstractExtension {

  private final SiteConfig site;

  SiteExtension(SiteConfig site) {
    this.site = site;
  }

  @Override
  public Map<String, Function> getFunctions() {
    return Map.of("url", new PathFunction(false), "absUrl", new PathFunction(true));
  }

  private final class PathFunction implements Function {
    private final boolean absolute;

    PathFunction(boolean absolute) {
      this.absolute = absolute;
    }

    @Override
    public List<String> getArgumentNames() {
      return List.of("path");
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
      Object path = args.get("path");
      String p = path == null ? "/" : path.toString();
      if (p.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || p.startsWith("//")) {
        return p;
      }
      String relative = p.startsWith("/") ? p.substring(1) : p;
      return (absolute ? site.baseUrl() : site.basePath()) + relative;
    }
  }
}

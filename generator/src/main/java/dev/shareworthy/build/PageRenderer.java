package dev.shareworthy.build;

import dev.shareworthy.Version;
import dev.shareworthy.content.SiteConfig;
import dev.shareworthy.share.ShareInjector;
import dev.shareworthy.template.TemplateRenderer;
import dev.shareworthy.template.Theme;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns one planned page into its HTML. The one place every page is rendered, by a full build and by the dev
 * server's session alike, so anything done to a page's HTML is done in both. Safe to share between threads.
 */
final class PageRenderer {

  private final TemplateRenderer templates;
  private final ShareInjector injector;
  private final String generator;

  /**
   * @param site the site as templates see it, menu included
   * @param now the build's clock, shown to templates as {@code buildDate}
   * @param injector adds share metadata and links to pages whose theme does not write them
   */
  PageRenderer(Path siteDir, SiteConfig site, Theme theme, Instant now, ShareInjector injector) {
    this.injector = injector;
    this.generator = "Shareworthy " + Version.get();
    Map<String, Object> globals = new LinkedHashMap<>();
    globals.put("site", site);
    globals.put("generator", generator);
    globals.put("buildDate", now.atOffset(ZoneOffset.UTC));
    this.templates = new TemplateRenderer(siteDir, theme, site, globals);
  }

  /** The generator's name and version, as the pages and feeds name it. */
  String generator() {
    return generator;
  }

  /**
   * Renders {@code job} into {@code out}.
   *
   * @throws dev.shareworthy.ShareworthyException naming the template file and line for a template error
   */
  void render(PageJob job, Writer out) throws IOException {
    if (injector.passesThrough()) {
      templates.render(job.template(), job.values(), out);
      return;
    }
    StringWriter html = new StringWriter(1 << 15);
    templates.render(job.template(), job.values(), html);
    out.write(injector.process(html.toString(), job.values()));
  }
}

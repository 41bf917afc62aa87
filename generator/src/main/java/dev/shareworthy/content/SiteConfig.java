package dev.shareworthy.content;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The settings of one site, read from {@code site.yaml}.
 *
 * @param baseUrl absolute URL of the site's root, always ending with a slash
 * @param basePath the path part of {@link #baseUrl}, always starting and ending with a slash
 * @param params every key of site.yaml this record has no component for, for templates
 */
public record SiteConfig(
    String title,
    String baseUrl,
    String basePath,
    String author,
    String description,
    String language,
    String theme,
    int postsPerPage,
    String permalink,
    int feedItems,
    ZoneId timezone,
    List<MenuItem> menu,
    Map<String, Object> params) {

  public static final String DEFAULT_PERMALINK = "/posts/:slug/";

  public SiteConfig {
    menu = List.copyOf(menu);
    params = Map.copyOf(params);
  }

  /** The language tag with an underscore, as Open Graph's {@code og:locale} wants it. */
  public String locale() {
    return language.replace('-', '_');
  }

  /** A site path such as {@code /tags/} as linked from pages: with the base path, such as {@code /blog/tags/}. */
  public String url(String path) {
    return basePath + (path.startsWith("/") ? path.substring(1) : path);
  }

  /** A site path such as {@code /tags/} as an absolute URL. */
  public String absoluteUrl(String path) {
    return baseUrl + (path.startsWith("/") ? path.substring(1) : path);
  }

  /** A copy with another navigation menu. */
  public SiteConfig withMenu(List<MenuItem> newMenu) {
    return new SiteConfig(title, baseUrl, basePath, author, description, language, theme,
        postsPerPage, permalink, feedItems, timezone, newMenu, params);
  }
}

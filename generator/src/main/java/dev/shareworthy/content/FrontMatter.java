package dev.shareworthy.content;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What the author wrote between the {@code ---} (YAML) or {@code +++} (TOML) lines at the top of a file,
 * with dates normalised and lists never null.
 *
 * @param params every key this record has no component for, kept for templates
 */
public record FrontMatter(
    String title,
    OffsetDateTime date,
    OffsetDateTime lastmod,
    String description,
    List<String> tags,
    List<String> categories,
    String image,
    boolean draft,
    String slug,
    List<String> aliases,
    String canonical,
    String author,
    Map<String, Object> params) {

  public FrontMatter {
    tags = List.copyOf(tags);
    categories = List.copyOf(categories);
    aliases = List.copyOf(aliases);
    params = Map.copyOf(params);
  }
}

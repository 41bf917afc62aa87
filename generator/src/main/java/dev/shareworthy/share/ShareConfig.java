package dev.shareworthy.share;

import dev.shareworthy.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The share settings of a site ({@code share:} in site.yaml), or of one post (the site's, with the post's own
 * {@code share:} front matter laid over them). Every value is checked when read; a problem names the file,
 * the line and the key.
 *
 * @param enabled whether the post shows share links ({@code share: false} turns them off)
 * @param networks the share links, in order
 * @param text the share text, with {@code {title}}, {@code {description}}, {@code {author}}, {@code {site}}
 * @param placement the value of the {@code {placement}} token, by default the {@code utm_content}
 * @param utm the four tracking parameters in order: source, medium, campaign, content; an off one is left out
 * @param inject whether metadata and share links are added to pages a theme did not give them
 * @param ref the name of the advocate parameter ({@code ?ref=alice}) carried into share links, or null when off
 * @param feed the parameters feed item links carry (empty when off)
 * @param cards whether posts without an image get a generated social card
 * @param defaultImage the last image of the fallback chain: a site path or an absolute URL, or null
 * @param card the colours of generated cards
 */
public record ShareConfig(
    boolean enabled,
    List<Network> networks,
    String text,
    String placement,
    List<UtmParam> utm,
    Inject inject,
    String ref,
    List<UtmParam> feed,
    boolean cards,
    String defaultImage,
    CardStyle card) {

  /** When share metadata and links are injected into a page. */
  public enum Inject {
    /**
     * Into pages whose theme shows no sign of rendering them: head tags when it wrote no Open Graph tag, the
     * share block when it wrote no share links.
     */
    AUTO,
    /** Every missing tag and a missing share block, on every page. */
    ALWAYS,
    /** Never: the theme is trusted to render them. */
    NEVER
  }

  /**
   * One tracking parameter.
   *
   * @param key its setting's key: source, medium, campaign or content (feeds: the same)
   * @param name the parameter's name in the URL, such as {@code utm_source}
   * @param value its value, with tokens {@code {network}}, {@code {medium}}, {@code {slug}}, {@code {placement}}
   */
  public record UtmParam(String key, String name, String value) {}

  /** Colours of a generated card, as {@code #rrggbb}. */
  public record CardStyle(String background, String text, String accent, String muted) {}

  public static final List<Network> DEFAULT_NETWORKS = List.of(Network.NATIVE, Network.X, Network.BLUESKY,
      Network.MASTODON, Network.LINKEDIN, Network.FACEBOOK, Network.EMAIL, Network.COPY);
  /** The default theme's light colours. */
  public static final CardStyle DEFAULT_CARD = new CardStyle("#fcfcfa", "#1d1f23", "#1f4fb8", "#585e66");
  private static final List<String> UTM_KEYS = List.of("source", "medium", "campaign", "content");
  private static final Map<String, String> UTM_DEFAULTS = Map.of("source", "{network}", "medium", "{medium}",
      "campaign", "{slug}", "content", "{placement}");
  private static final Set<String> TOKENS = Set.of("network", "medium", "slug", "placement");
  private static final Set<String> TEXT_TOKENS = Set.of("title", "description", "author", "site");
  private static final Set<String> POST_KEYS = Set.of("networks", "text", "placement", "utm", "enabled");
  private static final Set<String> SITE_KEYS = Set.of("networks", "text", "placement", "utm", "enabled", "inject",
      "ref", "feed", "cards", "defaultImage", "card");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,40}");
  private static final Pattern VALUE = Pattern.compile("[^\\p{Cntrl}]{0,200}");
  private static final Pattern TOKEN = Pattern.compile("\\{([^{}]*)}");
  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

  /** The settings of a site without {@code share:}: the defaults. */
  public static ShareConfig defaults() {
    List<UtmParam> utm = new ArrayList<>();
    for (String k : UTM_KEYS) {
      utm.add(new UtmParam(k, "utm_" + k, UTM_DEFAULTS.get(k)));
    }
    return new ShareConfig(true, DEFAULT_NETWORKS, "{title}", "share-bar", List.copyOf(utm), Inject.AUTO, null,
        List.of(new UtmParam("source", "utm_source", "rss"), new UtmParam("medium", "utm_medium", "feed")),
        true, null, DEFAULT_CARD);
  }

  /**
   * Reads site.yaml's {@code share:} value.
   *
   * @param raw the value as YAML gave it, or null
   * @param file the file name for problems, {@code site.yaml}
   * @param text the file's text, to find lines
   * @param problems where problems are added
   */
  public static ShareConfig readSite(Object raw, String file, String text, List<Problem> problems) {
    return new Reader(file, text, problems).apply(defaults(), raw, SITE_KEYS);
  }

  /** This site's settings with a post's {@code share:} front matter laid over them. */
  public ShareConfig withPost(Object raw, String file, String text, List<Problem> problems) {
    if (raw == null) {
      return this;
    }
    return new Reader(file, text, problems).apply(this, raw, POST_KEYS);
  }

  /** The tracking parameters for a share to {@code network} of the post {@code slug}, tokens filled in. */
  public List<Map.Entry<String, String>> trackingFor(Network network, String slug) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (UtmParam p : utm) {
      out.add(Map.entry(p.name(), fill(p.value(), network.id(), network.medium(), slug)));
    }
    return out;
  }

  /** The parameters a feed item link carries for the post {@code slug}. */
  public List<Map.Entry<String, String>> feedTracking(String slug) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (UtmParam p : feed) {
      out.add(Map.entry(p.name(), fill(p.value(), "rss", "feed", slug)));
    }
    return out;
  }

  private String fill(String value, String network, String medium, String slug) {
    return value.replace("{network}", network).replace("{medium}", medium).replace("{slug}", slug)
        .replace("{placement}", placement);
  }

  /** Reads one {@code share:} value over a base, collecting problems. */
  private static final class Reader {
    private final String file;
    private final String text;
    private final List<Problem> problems;

    Reader(String file, String text, List<Problem> problems) {
      this.file = file;
      this.text = text;
      this.problems = problems;
    }

    ShareConfig apply(ShareConfig base, Object raw, Set<String> allowed) {
      if (raw instanceof Boolean b) {
        return with(base, b);
      }
      if (!(raw instanceof Map<?, ?> map)) {
        problem(new String[] {"share"}, "share must be false, true, or settings such as 'networks: [x, bluesky]', "
            + "found '" + raw + "'");
        return base;
      }
      boolean enabled = base.enabled();
      List<Network> networks = base.networks();
      String shareText = base.text();
      String placement = base.placement();
      List<UtmParam> utm = base.utm();
      Inject inject = base.inject();
      String ref = base.ref();
      List<UtmParam> feed = base.feed();
      boolean cards = base.cards();
      String defaultImage = base.defaultImage();
      CardStyle card = base.card();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        Object v = e.getValue();
        if (!allowed.contains(key)) {
          problem(new String[] {"share", key}, SITE_KEYS.contains(key)
              ? "share." + key + " can only be set in site.yaml, for the whole site"
              : "share." + key + " is not a share setting; use " + String.join(", ", allowed.stream().sorted().toList()));
          continue;
        }
        switch (key) {
          case "enabled" -> enabled = bool(v, "enabled", enabled);
          case "networks" -> networks = networks(v, networks);
          case "text" -> shareText = template(v, "text", TEXT_TOKENS, shareText);
          case "placement" -> placement = value(v, new String[] {"share", "placement"}, placement);
          case "utm" -> utm = params(v, "utm", utm, UTM_KEYS, UTM_DEFAULTS);
          case "inject" -> inject = inject(v, inject);
          case "ref" -> ref = ref(v, ref);
          case "feed" -> feed = params(v, "feed", feed, List.of("source", "medium", "campaign", "content"),
              Map.of("source", "rss", "medium", "feed"));
          case "cards" -> cards = bool(v, "cards", cards);
          case "defaultImage" -> defaultImage = v == null || v.toString().isBlank() ? null : v.toString().strip();
          case "card" -> card = card(v, card);
          default -> throw new IllegalStateException(key);
        }
      }
      return new ShareConfig(enabled, networks, shareText, placement, utm, inject, ref, feed, cards, defaultImage, card);
    }

    private static ShareConfig with(ShareConfig b, boolean enabled) {
      return new ShareConfig(enabled, b.networks(), b.text(), b.placement(), b.utm(), b.inject(), b.ref(), b.feed(),
          b.cards(), b.defaultImage(), b.card());
    }

    private boolean bool(Object v, String key, boolean fallback) {
      if (v instanceof Boolean b) {
        return b;
      }
      problem(new String[] {"share", key}, "share." + key + " must be true or false, found '" + v + "'");
      return fallback;
    }

    private List<Network> networks(Object v, List<Network> fallback) {
      List<?> list = v instanceof List<?> l ? l : v instanceof String s ? List.of(s.split(",")) : null;
      if (list == null) {
        problem(new String[] {"share", "networks"}, "share.networks must be a list such as [x, bluesky, email], found '" + v + "'");
        return fallback;
      }
      List<Network> out = new ArrayList<>();
      for (Object o : list) {
        String id = String.valueOf(o).strip();
        var n = Network.byId(id);
        if (n.isEmpty()) {
          problem(new String[] {"share", "networks"}, "share.networks: unknown network '" + id + "'; use any of " + Network.ids());
        } else if (out.contains(n.get())) {
          problem(new String[] {"share", "networks"}, "share.networks lists '" + id + "' twice");
        } else {
          out.add(n.get());
        }
      }
      return List.copyOf(out);
    }

    private Inject inject(Object v, Inject fallback) {
      String s = String.valueOf(v).strip().toLowerCase(Locale.ROOT);
      return switch (s) {
        case "auto" -> Inject.AUTO;
        case "always" -> Inject.ALWAYS;
        case "never" -> Inject.NEVER;
        default -> {
          problem(new String[] {"share", "inject"}, "share.inject must be auto, always or never, found '" + v + "'");
          yield fallback;
        }
      };
    }

    private String ref(Object v, String fallback) {
      if (Boolean.FALSE.equals(v) || v == null) {
        return null;
      }
      if (Boolean.TRUE.equals(v)) {
        return "ref";
      }
      String s = String.valueOf(v).strip();
      if (!NAME.matcher(s).matches() || s.startsWith("utm_")) {
        problem(new String[] {"share", "ref"}, "share.ref must be false, true (for 'ref') or a parameter name of "
            + "letters, digits, '_', '-' or '.' that does not start with utm_, found '" + v + "'");
        return fallback;
      }
      return s;
    }

    private CardStyle card(Object v, CardStyle fallback) {
      if (!(v instanceof Map<?, ?> m)) {
        problem(new String[] {"share", "card"}, "share.card must be colours such as "
            + "{ background: \"#ffffff\", text: \"#111111\", accent: \"#1f4fb8\" }");
        return fallback;
      }
      Map<String, String> colours = new LinkedHashMap<>(Map.of("background", fallback.background(),
          "text", fallback.text(), "accent", fallback.accent(), "muted", fallback.muted()));
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String k = String.valueOf(e.getKey());
        String c = String.valueOf(e.getValue()).strip();
        if (!colours.containsKey(k)) {
          problem(new String[] {"share", "card", k}, "share.card." + k + " is not a card colour; use background, text, accent, muted");
        } else if (!COLOUR.matcher(c).matches()) {
          problem(new String[] {"share", "card", k}, "share.card." + k
              + " must be a colour such as \"#1f4fb8\" (quoted), found '" + c + "'");
        } else {
          colours.put(k, c);
        }
      }
      return new CardStyle(colours.get("background"), colours.get("text"), colours.get("accent"), colours.get("muted"));
    }

    /**
     * Tracking parameters: {@code false} turns them all off; each key takes a value, {@code false}, or
     * {@code { name, value }}; keys not given keep the base's.
     */
    private List<UtmParam> params(Object v, String group, List<UtmParam> base, List<String> keys,
        Map<String, String> defaults) {
      if (Boolean.FALSE.equals(v)) {
        return List.of();
      }
      if (Boolean.TRUE.equals(v)) {
        List<UtmParam> on = new ArrayList<>();
        for (String k : keys) {
          if (defaults.containsKey(k)) {
            on.add(new UtmParam(k, "utm_" + k, defaults.get(k)));
          }
        }
        return List.copyOf(on);
      }
      if (!(v instanceof Map<?, ?> m)) {
        problem(new String[] {"share", group}, "share." + group + " must be false or settings such as "
            + "{ source: \"{network}\", campaign: false }, found '" + v + "'");
        return base;
      }
      Map<String, UtmParam> byKey = new LinkedHashMap<>();
      for (String k : keys) {
        base.stream().filter(p -> p.key().equals(k)).findFirst().ifPresent(p -> byKey.put(k, p));
      }
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String k = String.valueOf(e.getKey());
        String[] at = {"share", group, k};
        if (!keys.contains(k)) {
          problem(at, "share." + group + "." + k + " is not a tracking parameter; use " + String.join(", ", keys));
          continue;
        }
        Object val = e.getValue();
        String name = byKey.containsKey(k) ? byKey.get(k).name() : "utm_" + k;
        String value = byKey.containsKey(k) ? byKey.get(k).value() : defaults.getOrDefault(k, "");
        if (Boolean.FALSE.equals(val) || val == null) {
          byKey.remove(k);
          continue;
        }
        if (Boolean.TRUE.equals(val)) {
          value = defaults.getOrDefault(k, value);
        } else if (val instanceof Map<?, ?> nv) {
          for (Map.Entry<?, ?> f : nv.entrySet()) {
            String fk = String.valueOf(f.getKey());
            if (fk.equals("name")) {
              String n = String.valueOf(f.getValue()).strip();
              if (!NAME.matcher(n).matches()) {
                problem(at, "share." + group + "." + k + ".name must be 1 to 40 letters, digits, '_', '-' or '.', found '" + n + "'");
              } else {
                name = n;
              }
            } else if (fk.equals("value")) {
              value = checkedValue(f.getValue(), at, value);
            } else {
              problem(at, "share." + group + "." + k + "." + fk + " is unknown; use name and value");
            }
          }
        } else {
          value = checkedValue(val, at, value);
        }
        if (value.isEmpty()) {
          problem(at, "share." + group + "." + k + " has an empty value; write false to turn it off");
        }
        byKey.put(k, new UtmParam(k, name, value));
      }
      List<UtmParam> out = new ArrayList<>();
      for (String k : keys) {
        if (byKey.containsKey(k)) {
          out.add(byKey.get(k));
        }
      }
      return List.copyOf(out);
    }

    private String checkedValue(Object val, String[] at, String fallback) {
      String s = String.valueOf(val).strip();
      String key = String.join(".", at);
      if (!VALUE.matcher(s).matches()) {
        problem(at, key + " must be a line of at most 200 characters, found '" + s + "'");
        return fallback;
      }
      Matcher m = TOKEN.matcher(s);
      while (m.find()) {
        if (!TOKENS.contains(m.group(1))) {
          problem(at, key + ": unknown placeholder {" + m.group(1) + "}; use {network}, {medium}, {slug} or {placement}");
          return fallback;
        }
      }
      return s;
    }

    private String template(Object v, String key, Set<String> tokens, String fallback) {
      String s = v == null ? "" : String.valueOf(v).strip();
      String[] at = {"share", key};
      if (s.isEmpty()) {
        problem(at, "share." + key + " is empty; write a text such as \"{title}\"");
        return fallback;
      }
      Matcher m = TOKEN.matcher(s);
      while (m.find()) {
        if (!tokens.contains(m.group(1))) {
          problem(at, "share." + key + ": unknown placeholder {" + m.group(1) + "}; use {title}, {description}, {author} or {site}");
          return fallback;
        }
      }
      return s;
    }

    private String value(Object v, String[] at, String fallback) {
      if (v == null || v.toString().isBlank()) {
        problem(at, String.join(".", at) + " is empty");
        return fallback;
      }
      return checkedValue(v, at, fallback);
    }

    private void problem(String[] keyPath, String message) {
      problems.add(new Problem(file, KeyLines.find(text, keyPath), message));
    }
  }
}

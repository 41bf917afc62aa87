package dev.shareworthy.share;

import dev.shareworthy.Problem;
import dev.shareworthy.ShareworthyException;
import dev.shareworthy.content.Page;
import dev.shareworthy.content.Post;
import dev.shareworthy.content.SiteConfig;
import dev.shareworthy.content.SiteConfigReader;
import dev.shareworthy.template.PageInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A build's sharing: reads the {@code share:} settings of the site and of each post (reporting every problem
 * at once), and gives each page its metadata ({@code meta} in templates) and each post its share links
 * ({@code share}), decides which posts get a generated card, and writes the cards and the Mastodon page.
 * One instance per build; it holds nothing another build could see.
 */
public final class Sharing {

  /** Where the Mastodon page is written, below the site's base path. */
  public static final String MASTODON_PAGE = "/share/mastodon/";
  /** The folder of generated cards. */
  public static final String CARDS = "/cards/";

  private final Path siteDir;
  private final SiteConfig site;
  private final ShareConfig config;
  private final Map<String, ShareConfig> perPost;
  private final Map<String, String> cardPaths;
  /** The same paths as a set: asked once per post, so never a scan of {@link #cardPaths}' values. */
  private final Set<String> cardFiles;
  private final DateTimeFormatter cardDates;
  private final String cardHost;
  private final ImageSizes sizes = new ImageSizes();
  private final String script;
  private final ShareInjector injector;
  /**
   * Each post's metadata and links by its source, kept while the post record, its card and the settings stay
   * the same: the dev server plans every page on each edit, and only the edited post is a new record.
   */
  private final Map<String, Memo> memo;
  /** The posts this was prepared for, in the order the site lists them. */
  private final List<Post> posts;
  /** {@link #cards} of {@link #posts}, once asked. */
  private volatile Map<String, SocialCard> cardMap;

  private record Memo(Post post, String card, ShareMetadata metadata, ShareBlock block, SocialCard socialCard) {}

  private Sharing(Path siteDir, SiteConfig site, ShareConfig config, List<Post> posts,
      Map<String, ShareConfig> perPost, Map<String, String> cardPaths, Map<String, Memo> memo) {
    this.posts = posts;
    this.memo = memo;
    this.siteDir = siteDir;
    this.site = site;
    this.config = config;
    this.perPost = perPost;
    this.cardPaths = cardPaths;
    this.cardFiles = new HashSet<>(cardPaths.values());
    this.cardDates = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(site.language()));
    this.cardHost = URI.create(site.baseUrl()).getHost();
    this.script = resource("share.js");
    this.injector = new ShareInjector(config.inject(), script, resource("share.css"));
  }

  /** The same settings, card paths, resources and memo for the next version of the posts. */
  private Sharing(Sharing previous, List<Post> posts, Map<String, ShareConfig> perPost) {
    this.posts = posts;
    this.memo = previous.memo;
    this.siteDir = previous.siteDir;
    this.site = previous.site;
    this.config = previous.config;
    this.perPost = perPost;
    this.cardPaths = previous.cardPaths;
    this.cardFiles = previous.cardFiles;
    this.cardDates = previous.cardDates;
    this.cardHost = previous.cardHost;
    this.script = previous.script;
    this.injector = previous.injector;
  }

  /**
   * Reads the share settings of the site and its posts.
   *
   * @throws ShareworthyException naming site.yaml or the post's file, the line and the key of every bad setting
   */
  public static Sharing prepare(Path siteDir, SiteConfig site, List<Post> posts) {
    return prepare(siteDir, site, posts, null);
  }

  /**
   * Like {@link #prepare(Path, SiteConfig, List)}, reusing what {@code previous} worked out for posts that did not
   * change when the settings did not either.
   */
  public static Sharing prepare(Path siteDir, SiteConfig site, List<Post> posts, Sharing previous) {
    if (previous != null && previous.site.equals(site)) {
      Sharing next = previous.after(posts);
      if (next != null) {
        return next;
      }
    }
    List<Problem> problems = new ArrayList<>();
    Object raw = site.params().get("share");
    ShareConfig config;
    if (previous != null && previous.site.equals(site)) {
      config = previous.config; // the same site.yaml settings: read once per session, not once per edit
    } else {
      config = raw == null ? ShareConfig.defaults()
          : ShareConfig.readSite(raw, SiteConfigReader.FILE, read(siteDir.resolve(SiteConfigReader.FILE)), problems);
    }
    Map<String, ShareConfig> perPost = new HashMap<>();
    Map<String, String> cards = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (Post post : posts) {
      Object own = post.params().get("share");
      if (own != null) {
        perPost.put(post.source(), config.withPost(own, post.source(), read(siteDir.resolve(post.source())), problems));
      }
      if (config.cards() && post.image() == null) {
        String name = post.slug().isEmpty() ? "post" : post.slug();
        String file = name;
        for (int n = 2; !taken.add(file); n++) {
          file = name + "-" + n; // two posts with one slug under different dated permalinks
        }
        cards.put(post.source(), CARDS + file + ".png");
      }
    }
    if (!problems.isEmpty()) {
      throw new ShareworthyException(problems);
    }
    boolean same = previous != null && previous.site.equals(site) && previous.config.equals(config);
    return new Sharing(siteDir, site, config, posts, perPost, cards,
        same ? previous.memo : new java.util.concurrent.ConcurrentHashMap<>());
  }

  /**
   * This sharing for the next version of the same posts after an edit: every post where it was, with the same
   * slug and the same need for a card, so the card paths hold. Null when the posts moved, came or went.
   */
  private Sharing after(List<Post> next) {
    if (next.size() != posts.size()) {
      return null;
    }
    List<Post> changed = new ArrayList<>();
    for (int i = 0; i < next.size(); i++) {
      Post now = next.get(i);
      Post was = posts.get(i);
      if (now == was) {
        continue;
      }
      if (!now.source().equals(was.source()) || !now.slug().equals(was.slug())
          || (now.image() == null) != (was.image() == null)) {
        return null;
      }
      changed.add(now);
    }
    Map<String, ShareConfig> nextPerPost = perPost;
    List<Problem> problems = new ArrayList<>();
    for (Post post : changed) {
      Object own = post.params().get("share");
      if (own != null || perPost.containsKey(post.source())) {
        if (nextPerPost == perPost) {
          nextPerPost = new HashMap<>(perPost);
        }
        nextPerPost.remove(post.source());
        if (own != null) {
          nextPerPost.put(post.source(),
              config.withPost(own, post.source(), read(siteDir.resolve(post.source())), problems));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ShareworthyException(problems);
    }
    Sharing sharing = new Sharing(this, next, nextPerPost);
    Map<String, SocialCard> cards = cardMap;
    if (cards != null) {
      // The same map while no card changed (an edit of a post's body): the caller then sees the same cards
      // at a glance instead of comparing every post's.
      Map<String, SocialCard> updated = cards;
      for (Post post : changed) {
        String path = cardPaths.get(post.source());
        SocialCard card = path == null ? null : sharing.memo(post).socialCard();
        if (card != null && !card.equals(updated.get(path.substring(1)))) {
          if (updated == cards) {
            updated = new LinkedHashMap<>(cards);
          }
          updated.put(path.substring(1), card);
        }
      }
      sharing.cardMap = updated;
    }
    return sharing;
  }

  private Memo memo(Post post) {
    String card = cardPaths.get(post.source());
    Memo m = memo.get(post.source());
    if (m == null || m.post() != post || !java.util.Objects.equals(m.card(), card)) {
      m = new Memo(post, card, postMetadata(post), postBlock(post), card == null ? null : socialCard(post));
      memo.put(post.source(), m);
    }
    return m;
  }

  /** The site's settings (without any post's own). */
  public ShareConfig config() {
    return config;
  }

  /** The post-processing step that adds what a theme left out; see {@link ShareInjector#process}. */
  public ShareInjector injector() {
    return injector;
  }

  /** A post's share links, or null when sharing is off for it. */
  public ShareBlock block(Post post) {
    return memo(post).block();
  }

  private ShareBlock postBlock(Post post) {
    ShareConfig c = configOf(post);
    if (!c.enabled() || c.networks().isEmpty()) {
      return null;
    }
    SharedPost shared = new SharedPost(post.title(), post.description(), post.author(), site.title(), post.slug(),
        post.canonical(), imageOf(post));
    List<ShareLink> links = ShareLinks.build(c, shared, site.url(MASTODON_PAGE));
    return new ShareBlock(links, post.title(), ShareLinks.text(c, shared), c.ref(), script);
  }

  /** A post's link in the feeds: its permalink with the feed's tracking parameters. */
  public String feedLink(Post post) {
    return TrackedUrl.of(post.permalink(), config.feedTracking(post.slug()));
  }

  /** The metadata of a post's page. */
  public ShareMetadata metadata(Post post) {
    return memo(post).metadata();
  }

  private ShareMetadata postMetadata(Post post) {
    String image = imageOf(post);
    ImageSizes.Size size = sizeOf(image, post.permalink(), post.bundle());
    String published = iso(post.date());
    String modified = iso(post.lastmod() != null && post.lastmod().isAfter(post.date()) ? post.lastmod() : post.date());
    String alt = alt(post.params(), post.title());
    Map<String, Object> ld = new LinkedHashMap<>();
    ld.put("@context", "https://schema.org");
    ld.put("@type", "BlogPosting");
    ld.put("headline", post.title());
    ld.put("description", emptyToNull(post.description()));
    ld.put("datePublished", published);
    ld.put("dateModified", modified);
    ld.put("author", person(post.author()));
    ld.put("publisher", person(site.author()));
    ld.put("image", image);
    ld.put("url", post.canonical());
    ld.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", post.canonical()));
    ld.put("inLanguage", site.language());
    ld.put("keywords", post.tags().isEmpty() ? null : post.tags().stream().map(t -> t.name()).toList());
    return new ShareMetadata(post.title(), documentTitle("post", post.title()), post.description(), post.canonical(),
        "article", site.title(), site.locale(), image, size.width(), size.height(), image == null ? null : alt,
        published, modified, post.tags().stream().map(t -> t.name()).toList(), post.author(), card(image, size),
        Json.write(ld), site.absoluteUrl("/feed.xml"), site.absoluteUrl("/atom.xml"));
  }

  /** The metadata of a standalone page, such as About. */
  public ShareMetadata metadata(Page page) {
    String image = page.image() != null ? page.image() : defaultImage();
    ImageSizes.Size size = sizeOf(image, page.permalink(), page.bundle());
    // A standalone page (About, Colophon) is a WebPage to search engines, as a post is a BlogPosting.
    Map<String, Object> ld = new LinkedHashMap<>();
    ld.put("@context", "https://schema.org");
    ld.put("@type", "WebPage");
    ld.put("name", page.title());
    ld.put("description", emptyToNull(page.description()));
    ld.put("url", page.canonical());
    ld.put("image", image);
    ld.put("inLanguage", site.language());
    ld.put("isPartOf", Map.of("@type", "WebSite", "name", site.title(), "url", site.baseUrl()));
    return new ShareMetadata(page.title(), documentTitle("page", page.title()), page.description(), page.canonical(),
        "website", site.title(), site.locale(), image, size.width(), size.height(),
        image == null ? null : alt(page.params(), page.title()), null, null, List.of(), null, card(image, size),
        Json.write(ld), site.absoluteUrl("/feed.xml"), site.absoluteUrl("/atom.xml"));
  }

  /** The metadata of a generated page: home, listings, archive, 404; the home page's first page carries {@code WebSite}. */
  public ShareMetadata metadata(PageInfo page) {
    String image = page.image() != null ? page.image() : defaultImage();
    ImageSizes.Size size = sizeOf(image, null, null);
    String jsonLd = null;
    if (page.kind().equals("home") && page.permalink().equals(site.baseUrl())) {
      Map<String, Object> ld = new LinkedHashMap<>();
      ld.put("@context", "https://schema.org");
      ld.put("@type", "WebSite");
      ld.put("name", site.title());
      ld.put("url", site.baseUrl());
      ld.put("description", emptyToNull(site.description()));
      ld.put("inLanguage", site.language());
      ld.put("publisher", person(site.author()));
      jsonLd = Json.write(ld);
    }
    String description = page.description() == null ? "" : page.description();
    return new ShareMetadata(page.title(), documentTitle(page.kind(), page.title()), description, page.permalink(),
        "website", site.title(), site.locale(), image, size.width(), size.height(), image == null ? null : page.title(),
        null, null, List.of(), null, card(image, size), jsonLd, site.absoluteUrl("/feed.xml"),
        site.absoluteUrl("/atom.xml"));
  }

  /** Site paths of the files {@link #writeFiles} writes, so static files cannot collide with them. */
  public List<String> files(List<Post> posts) {
    List<String> files = new ArrayList<>(cardPaths.values());
    if (usesMastodon(posts)) {
      files.add(MASTODON_PAGE + "index.html");
    }
    return files.stream().map(f -> f.substring(1)).toList();
  }

  /**
   * Writes the generated cards (drawn only when the cache lacks them, in parallel on the calling pool) and the
   * Mastodon page when a post links to it.
   */
  public Written writeFiles(Path out, List<Post> posts, CardCache cache, Instant now) {
    Map<String, SocialCard> cards = cards(posts);
    Map<String, Long> sizes = new java.util.concurrent.ConcurrentHashMap<>();
    if (!cards.isEmpty()) {
      List<Map.Entry<String, SocialCard>> all = new ArrayList<>(cards.entrySet());
      all.parallelStream().forEach(e -> sizes.put(e.getKey(), cache.write(e.getValue(), out.resolve(e.getKey()))));
      cache.prune(now);
    }
    int written = cards.size();
    if (usesMastodon(posts)) {
      Path file = out.resolve(MASTODON_PAGE.substring(1)).resolve("index.html");
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, mastodonPage(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      written++;
    }
    return new Written(written, sizes);
  }

  /**
   * What {@link #writeFiles} wrote.
   *
   * @param files how many files
   * @param cards each card's size in bytes, by its file relative to the site root ({@code cards/hello.png}); every
   *     card is {@link SocialCard#WIDTH} by {@link SocialCard#HEIGHT} pixels
   */
  public record Written(int files, Map<String, Long> cards) {}

  /**
   * The social card of every post that gets one, by output file relative to the site root
   * ({@code cards/hello.png}); the dev server makes each from the cache on first request.
   */
  public Map<String, SocialCard> cards(List<Post> posts) {
    if (posts == this.posts && cardMap != null) {
      return cardMap;
    }
    Map<String, SocialCard> cards = new LinkedHashMap<>();
    for (Post post : posts) {
      String path = cardPaths.get(post.source());
      if (path != null) {
        cards.put(path.substring(1), memo(post).socialCard());
      }
    }
    if (posts == this.posts) {
      cardMap = cards;
    }
    return cards;
  }

  private SocialCard socialCard(Post post) {
    return new SocialCard(post.title(), site.title(), post.date().atZoneSameInstant(site.timezone()).format(cardDates),
        cardHost, config.card());
  }


  /** The Mastodon share page's HTML when a post links to Mastodon, else null. */
  public String mastodonPage(List<Post> posts) {
    return usesMastodon(posts) ? mastodonPage() : null;
  }

  String mastodonPage() {
    return resource("mastodon.html")
        .replace("@LANG@", Html.escape(site.language()))
        .replace("@SITE@", Html.escape(site.title()))
        .replace("@HOME@", Html.escape(site.basePath()))
        .replace("@CANONICAL@", Html.escape(site.absoluteUrl(MASTODON_PAGE)));
  }

  private boolean usesMastodon(List<Post> posts) {
    return posts.stream().map(this::configOf).anyMatch(c -> c.enabled() && c.networks().contains(Network.MASTODON));
  }

  private ShareConfig configOf(Post post) {
    return perPost.getOrDefault(post.source(), config);
  }

  /** The image chain: front matter image, else a bundle's cover or feature image, else the card, else the site's default. */
  private String imageOf(Post post) {
    if (post.image() != null) {
      return post.image();
    }
    String card = cardPaths.get(post.source());
    return card != null ? site.absoluteUrl(card) : defaultImage();
  }

  private String defaultImage() {
    String d = config.defaultImage();
    if (d == null) {
      return null;
    }
    if (d.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
      return d;
    }
    return site.absoluteUrl(d.startsWith("/") ? d : "/" + d);
  }

  /** The size of an image of this site, read from its file; a card's is known; another host's is unknown. */
  private ImageSizes.Size sizeOf(String image, String pagePermalink, Path bundle) {
    if (image == null || !image.startsWith(site.baseUrl())) {
      return ImageSizes.Size.UNKNOWN;
    }
    String path = image.substring(site.baseUrl().length());
    int cut = path.indexOf('?') >= 0 ? path.indexOf('?') : path.indexOf('#');
    if (cut >= 0) {
      path = path.substring(0, cut);
    }
    path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    if (("/" + path).startsWith(CARDS) && cardFiles.contains("/" + path)) {
      return new ImageSizes.Size(SocialCard.WIDTH, SocialCard.HEIGHT);
    }
    if (bundle != null && pagePermalink != null && image.startsWith(pagePermalink)) {
      Path inBundle = bundle.resolve(URLDecoder.decode(image.substring(pagePermalink.length()), StandardCharsets.UTF_8)).normalize();
      if (inBundle.startsWith(bundle)) {
        return sizes.of(inBundle);
      }
    }
    Path staticDir = siteDir.resolve("static");
    Path file = staticDir.resolve(path).normalize();
    return file.startsWith(staticDir) ? sizes.of(file) : ImageSizes.Size.UNKNOWN;
  }

  /** X shows a large image from 300×157 pixels; an image of unknown size is taken as meant to be large. */
  private static String card(String image, ImageSizes.Size size) {
    if (image == null) {
      return "summary";
    }
    boolean known = size.width() > 0 && size.height() > 0;
    return !known || (size.width() >= 300 && size.height() >= 157) ? "summary_large_image" : "summary";
  }

  private String documentTitle(String kind, String title) {
    return kind.equals("home") || title.equals(site.title()) ? site.title() : title + " · " + site.title();
  }

  private static String alt(Map<String, Object> params, String title) {
    Object alt = params.get("imageAlt");
    return alt != null && !alt.toString().isBlank() ? alt.toString().strip() : title;
  }

  private static Map<String, Object> person(String name) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("@type", "Person");
    p.put("name", name);
    return p;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String iso(OffsetDateTime t) {
    return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      return null; // lines are then unknown; the file itself was read (and checked) by the content loader
    }
  }

  static String resource(String name) {
    try (InputStream in = Sharing.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource dev/shareworthy/share/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

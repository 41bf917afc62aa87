package dev.shareworthy.share;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A place a post can be shared to, with the id used in site.yaml, the link's label and what the network
 * limits. Share addresses are the networks' current public ones; they need no script and no account
 * on the blog's side.
 */
public enum Network {
  /** The device's own share sheet (Web Share API); shown only where the browser has it. */
  NATIVE("native", "Share…", "social", 0, null),
  X("x", "X", "social", 280, ShareText.Measure.X_WEIGHTED),
  FACEBOOK("facebook", "Facebook", "social", 0, null),
  LINKEDIN("linkedin", "LinkedIn", "social", 0, null),
  REDDIT("reddit", "Reddit", "social", 300, ShareText.Measure.CODE_POINTS),
  HACKERNEWS("hackernews", "Hacker News", "social", 80, ShareText.Measure.CODE_POINTS),
  BLUESKY("bluesky", "Bluesky", "social", 300, ShareText.Measure.GRAPHEMES),
  MASTODON("mastodon", "Mastodon", "social", 500, ShareText.Measure.CODE_POINTS),
  WHATSAPP("whatsapp", "WhatsApp", "social", 0, null),
  TELEGRAM("telegram", "Telegram", "social", 0, null),
  PINTEREST("pinterest", "Pinterest", "social", 500, ShareText.Measure.CODE_POINTS),
  EMAIL("email", "Email", "email", 0, null),
  /** Copies the tracked link to the clipboard; without JavaScript it is a plain link to the post. */
  COPY("copy", "Copy link", "social", 0, null);

  private final String id;
  private final String label;
  private final String medium;
  private final int limit;
  private final ShareText.Measure measure;

  Network(String id, String label, String medium, int limit, ShareText.Measure measure) {
    this.id = id;
    this.label = label;
    this.medium = medium;
    this.limit = limit;
    this.measure = measure;
  }

  /** The id written in site.yaml and used as {@code utm_source}, such as {@code hackernews}. */
  public String id() {
    return id;
  }

  /** The visible name, such as {@code Hacker News}. */
  public String label() {
    return label;
  }

  /** The default {@code utm_medium}: {@code email} for email, {@code social} for the rest. */
  public String medium() {
    return medium;
  }

  /** The network's limit on the shared text (or title), 0 for none that matters. */
  public int limit() {
    return limit;
  }

  /** How the network counts {@link #limit()}, or null without a limit. */
  public ShareText.Measure measure() {
    return measure;
  }

  /** The network with this id, such as {@code bluesky}; {@code twitter} is accepted for X. */
  public static Optional<Network> byId(String id) {
    String key = id.strip().toLowerCase(Locale.ROOT);
    if (key.equals("twitter")) {
      return Optional.of(X);
    }
    return Arrays.stream(values()).filter(n -> n.id.equals(key)).findFirst();
  }

  /** Every id, comma-separated, for error messages. */
  static String ids() {
    return Arrays.stream(values()).map(Network::id).collect(Collectors.joining(", "));
  }
}

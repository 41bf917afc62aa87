package dev.shareworthy.check.rules;

import java.util.Locale;
import java.util.Set;

/** Small text helpers the rules share: shortening for messages, stopwords, URL hosts. */
final class Texts {

  private Texts() {}

  /**
   * A number with a fixed count of decimals, exactly as {@code String.format(Locale.ROOT, "%.2f", value)} writes
   * it (the shortest decimal form, rounded half up), without a Formatter: parsing the format cost more than the
   * rule that reported it. Negative and non-finite values go to String.format.
   */
  static String fixed(double value, int decimals) {
    boolean negative = Double.doubleToRawLongBits(value) < 0; // -0.0 too
    if (negative || Double.isNaN(value) || Double.isInfinite(value)) {
      return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
    return new java.math.BigDecimal(Double.toString(value)).setScale(decimals, java.math.RoundingMode.HALF_UP)
        .toPlainString();
  }

  /** A text cut at about {@code max} characters for a message, with an ellipsis. */
  static String shorten(String text, int max) {
    String t = collapse(text.strip());
    if (t.length() <= max) {
      return t;
    }
    int cut = t.lastIndexOf(' ', max);
    return t.substring(0, cut > max / 2 ? cut : max) + "…";
  }

  /** Whitespace runs made one space, as {@code replaceAll("\\s+", " ")} would. */
  static String collapse(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean inRun = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        if (!inRun) {
          out.append(' ');
        }
        inRun = true;
      } else {
        out.append(c);
        inRun = false;
      }
    }
    return out.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The host of an absolute http(s) or protocol-relative URL, lower case, or null. */
  static String host(String url) {
    String u = url.strip();
    String lower = u.toLowerCase(Locale.ROOT);
    int start;
    if (lower.startsWith("http://")) {
      start = 7;
    } else if (lower.startsWith("https://")) {
      start = 8;
    } else if (lower.startsWith("//")) {
      start = 2;
    } else {
      return null;
    }
    int end = start;
    while (end < lower.length() && "/?#".indexOf(lower.charAt(end)) < 0) {
      end++;
    }
    String host = lower.substring(start, end);
    int at = host.lastIndexOf('@');
    if (at >= 0) {
      host = host.substring(at + 1);
    }
    int colon = host.startsWith("[") ? host.indexOf(']') + 1 : host.indexOf(':');
    if (colon > 0 && colon < host.length()) {
      host = host.substring(0, colon);
    }
    return host.isEmpty() ? null : host;
  }

  /** Whether a host is one of {@code domains} or a subdomain of one. */
  static boolean hostIn(String host, Iterable<String> domains) {
    for (String d : domains) {
      String domain = d.toLowerCase(Locale.ROOT);
      if (host.equals(domain) || host.endsWith("." + domain)) {
        return true;
      }
    }
    return false;
  }

  /** Hosts that only ever exist on the writer's own machine or in examples, never on the web. */
  static boolean localOrExample(String host) {
    return host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.") || host.equals("[::1]")
        || host.equals("0.0.0.0") || host.endsWith(".local") || host.endsWith(".test") || host.endsWith(".invalid")
        || host.equals("example.com") || host.equals("example.org") || host.equals("example.net")
        || host.endsWith(".example.com") || host.endsWith(".example") || host.endsWith(".example.org");
  }

  /** Common short words of a language that carry no topic, for keyword counting; empty for unknown languages. */
  static Set<String> stopwords(String language) {
    String l = language.toLowerCase(Locale.ROOT);
    int dash = l.indexOf('-') >= 0 ? l.indexOf('-') : l.indexOf('_');
    String base = dash > 0 ? l.substring(0, dash) : l;
    return switch (base) {
      case "en" -> ENGLISH;
      case "de" -> GERMAN;
      case "fr" -> FRENCH;
      case "es" -> SPANISH;
      default -> Set.of();
    };
  }

  /** {@link #stopwords} as {@link dev.shareworthy.check.Words#hash(String)} hashes, for rules that count hashes. */
  static Set<Long> stopwordHashes(String language) {
    Set<String> words = stopwords(language);
    return words == ENGLISH ? ENGLISH_HASHES : words == GERMAN ? GERMAN_HASHES : words == FRENCH ? FRENCH_HASHES
        : words == SPANISH ? SPANISH_HASHES : Set.of();
  }

  private static Set<Long> hashes(Set<String> words) {
    return words.stream().map(dev.shareworthy.check.Words::hash).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  static final Set<String> ENGLISH = Set.of(("a about above after again against all also am an and any are as at "
      + "be because been before being below between both but by can could did do does doing down during each "
      + "even every few for from further get gets got had has have having he her here hers herself him himself "
      + "his how i if in into is it it's its itself just let like made make many may me more most much must my "
      + "myself no nor not now of off often on once one only or other our ours ourselves out over own per quite "
      + "rather really same say says she should so some such than that that's the their theirs them themselves "
      + "then there these they this those though through to too two under until up upon us use used very was "
      + "we well were what when where which while who whom why will with would yet you your yours yourself "
      + "yourselves don't doesn't isn't aren't can't won't didn't i'm you're we're they're it'll i've you've "
      + "we've thing things way ways time lot still back first new").split(" "));

  static final Set<String> GERMAN = Set.of(("der die das den dem des ein eine einer eines einem einen und oder "
      + "aber nicht ist sind war waren wird werden hat haben hatte ich du er sie es wir ihr mit von zu zum zur im "
      + "in an auf aus bei für über unter vor nach als wie wenn dass auch nur noch schon sich so man mehr sehr "
      + "kann können muss diese dieser dieses was wer wo doch da dann denn ja nein kein keine").split(" "));

  static final Set<String> FRENCH = Set.of(("le la les un une des du de et ou mais ne pas est sont était il elle "
      + "ils elles nous vous je tu on en dans sur pour par avec sans que qui quoi ce cette ces son sa ses leur "
      + "leurs au aux plus très se y a été être avoir fait comme si tout tous").split(" "));

  static final Set<String> SPANISH = Set.of(("el la los las un una unos unas y o pero no es son era fue de del al "
      + "en con sin por para que qui se su sus lo le les nos yo tú él ella ellos ellas nosotros como más muy ya "
      + "este esta estos estas ese esa hay ha han ser estar").split(" "));

  private static final Set<Long> ENGLISH_HASHES = hashes(ENGLISH);
  private static final Set<Long> GERMAN_HASHES = hashes(GERMAN);
  private static final Set<Long> FRENCH_HASHES = hashes(FRENCH);
  private static final Set<Long> SPANISH_HASHES = hashes(SPANISH);
}

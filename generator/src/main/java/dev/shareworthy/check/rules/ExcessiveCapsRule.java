package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import dev.shareworthy.check.TextBlock;
import dev.shareworthy.check.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Shouting: an all-caps title, a run of capitalised words, or capitals all over the text. Short acronyms (API,
 * HTTP, NASA) are how careful writers write and never count alone.
 */
public final class ExcessiveCapsRule implements Rule {

  static final RuleInfo INFO = new RuleInfo("excessive-caps", Category.SPAM, Severity.WARNING,
      "Finds an all-caps title, runs of consecutive all-caps words, and all-caps words making up too much of "
          + "the text; short acronyms alone never count.",
      "Capitals read as shouting; readers and spam filters both treat shouted posts as junk.",
      "Write in sentence case and use bold or a clear sentence for emphasis.",
      Thresholds.of("maxRun", 4, "maxCapsShare", 10));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PageContext page, Reporter out) {
    String title = page.title();
    if (title != null && shoutedTitle(title)) {
      out.report(page.keyLine("title"), "Title is in capitals: \"" + Texts.shorten(title, 60) + "\"");
    }
    int maxRun = out.integer("maxRun");
    int words = 0;
    int shouting = 0;
    for (TextBlock b : page.blocks()) {
      if (!b.capitalPair()) {
        words += b.proseWords();
        continue; // no word in capitals here: most blocks of most posts
      }
      List<String> ws = Words.split(b.prose());
      words += ws.size();
      List<String> run = new ArrayList<>();
      boolean reported = false;
      for (int i = 0; i <= ws.size(); i++) {
        String w = i < ws.size() ? ws.get(i) : null;
        if (w != null && Words.allCaps(w)) {
          run.add(w);
          if (shoutingWord(w)) {
            shouting++;
          }
          continue;
        }
        if (!reported && run.size() > maxRun && run.stream().anyMatch(ExcessiveCapsRule::shoutingWord)) {
          out.report(page.lineOf(b), "A run of " + run.size() + " words in capitals (maximum is " + maxRun
              + "): \"" + Texts.shorten(String.join(" ", run), 60) + "\"");
          reported = true;
        }
        run.clear();
      }
    }
    double share = out.number("maxCapsShare");
    if (words >= 20 && shouting * 100.0 > share * words) {
      out.report(page.bodyLine(), shouting + " of " + words + " words are in capitals ("
          + Texts.fixed(shouting * 100.0 / words, 0) + "%; maximum is " + trim(share) + "%)");
    }
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  /** A title with at least two words of letters, all in capitals, not just an acronym or two. */
  static boolean shoutedTitle(String title) {
    List<String> ws = Words.split(title);
    int letterWords = 0;
    boolean anyShouting = false;
    for (String w : ws) {
      if (Words.letters(w) == 0) {
        continue;
      }
      if (!w.equals(w.toUpperCase(Locale.ROOT)) || Words.letters(w) < 1) {
        return false;
      }
      letterWords++;
      anyShouting |= shoutingWord(w);
    }
    return letterWords >= 2 && anyShouting;
  }

  /**
   * An all-caps word that is not an acronym: five letters or more ("AMAZING") or a common English word
   * ("FREE", "NOW"). Four-letter acronyms such as HTML or NASA stay acronyms.
   */
  static boolean shoutingWord(String w) {
    if (!Words.allCaps(w)) {
      return false;
    }
    String lower = w.toLowerCase(Locale.ROOT);
    if (Words.letters(w) >= 5) {
      return !ACRONYMS.contains(lower) && hasVowel(lower);
    }
    return Texts.ENGLISH.contains(lower) || COMMON.contains(lower);
  }

  private static boolean hasVowel(String w) {
    for (int i = 0; i < w.length(); i++) {
      if ("aeiouy".indexOf(w.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Long acronyms a technical writer uses all the time. */
  private static final java.util.Set<String> ACRONYMS = java.util.Set.of("https", "oauth", "ascii", "cobol",
      "fortran", "jpeg", "mysql", "nginx", "posix", "redis", "scsi", "sqlite", "unesco", "nato", "wysiwyg",
      "cmyk", "jsonp", "graphql", "bitcoin", "nasdaq", "avif", "webp", "dnssec", "ipsec", "lidar", "radar",
      "laser", "fifo", "lifo", "simd", "utf", "ieee", "gdpr", "hipaa", "saml", "ldap", "smtp", "imap", "xhtml");

  /** Short everyday words that, in capitals, are shouting rather than acronyms. */
  private static final java.util.Set<String> COMMON = java.util.Set.of("free", "buy", "sale", "best", "hot", "win",
      "cash", "deal", "fast", "act", "stop", "wow", "omg", "huge", "must", "need", "want", "save", "big", "easy",
      "love", "hate", "go", "get", "see", "read", "look", "top", "new", "real", "true", "fake", "yes", "ever",
      "only", "last", "money", "gift", "hurry", "today", "click", "here", "open", "deals", "wins", "zero", "off");
}

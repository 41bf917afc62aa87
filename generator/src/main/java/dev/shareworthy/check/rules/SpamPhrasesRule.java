package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import dev.shareworthy.check.ProseWords;
import dev.shareworthy.check.TextBlock;
import dev.shareworthy.check.Words;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Sales-pitch phrases that make a post read like an ad and trip spam filters. */
public final class SpamPhrasesRule implements Rule {

  static final RuleInfo INFO = new RuleInfo("spam-phrases", Category.SPAM, Severity.WARNING,
      "Finds sales-pitch phrases such as \"act now\" or \"100% free\" in the title, description and body.",
      "Readers share what makes them look smart, never an ad; mail and chat filters also flag these phrases.",
      "Say what the reader gets in plain words instead of pushing them to act.",
      Thresholds.of("phrases", List.of("act now", "buy now", "100% free", "risk free", "risk-free",
          "limited time", "once in a lifetime", "money back", "earn extra cash", "no credit card", "order now",
          "click below", "100% guaranteed", "double your", "make money fast", "what are you waiting for",
          "while supplies last", "don't miss out", "special promotion", "exclusive deal", "call now",
          "apply now", "get paid", "cash bonus", "no strings attached", "satisfaction guaranteed")));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PageContext page, Reporter out) {
    List<String> phrases = out.list("phrases");
    String title = lower(page.title());
    String description = page.post() == null || page.post().hasDescription() ? lower(page.share().description()) : "";
    java.util.function.Supplier<String> body = page::lowerProse; // only built when a phrase's words are all there
    for (String phrase : phrases) {
      String p = lower(phrase);
      int inTitle = count(title, p);
      int inDescription = count(description, p);
      // Most pages have none of the phrase's words: a lookup per word spares a search through the text.
      int inBody = allWordsIn(page.proseWords(), wordHashes(p)) ? count(body.get(), p) : 0;
      if (inTitle + inDescription + inBody == 0) {
        continue;
      }
      int line;
      if (inTitle > 0) {
        line = page.keyLine("title");
      } else if (inDescription > 0) {
        line = page.keyLine("description", "summary");
      } else {
        line = 0;
        for (TextBlock b : page.blocks()) {
          if (count(lower(b.prose()), p) > 0) {
            line = page.lineOf(b);
            break;
          }
        }
      }
      int total = inTitle + inDescription + inBody;
      out.report(line, "Uses the sales phrase \"" + phrase + "\"" + (total > 1 ? " " + total + " times" : ""));
    }
  }

  private static boolean allWordsIn(ProseWords words, long[] phraseWords) {
    for (long w : phraseWords) {
      if (!words.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** The phrases' words as hashes, worked out once per phrase rather than once per page. */
  private final Map<String, long[]> hashes = new ConcurrentHashMap<>();

  private long[] wordHashes(String phrase) {
    return hashes.computeIfAbsent(phrase, p -> Words.split(p).stream().mapToLong(Words::hash).toArray());
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /** Occurrences as whole words: "act now" in "react nowadays" does not count. */
  static int count(String text, String phrase) {
    int count = 0;
    int from = 0;
    while (true) {
      int at = text.indexOf(phrase, from);
      if (at < 0) {
        return count;
      }
      int end = at + phrase.length();
      boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean endOk = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startOk && endOk) {
        count++;
      }
      from = at + 1;
    }
  }
}

package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import dev.shareworthy.check.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A phrase repeated until it crowds out the writing, and the density of the post's own {@code keyphrase}.
 * Needs a stopword list, so it runs on English, German, French and Spanish pages.
 */
public final class KeywordStuffingRule implements Rule {

  static final RuleInfo INFO = new RuleInfo("keyword-stuffing", Category.SPAM, Severity.WARNING,
      "Finds a phrase of 1 to 3 non-stopwords used at least 5 times and making up more than 5% of the words; "
          + "with a 'keyphrase' in the front matter, checks its density the way Yoast does (0.5% to 3%).",
      "Text written for search engines instead of people reads badly, and search engines punish it.",
      "Use synonyms and pronouns, and write for the reader; mention the key phrase where it is natural.",
      Thresholds.of("minOccurrences", 5, "maxShare", 5.0, "keyphraseMinDensity", 0.5,
          "keyphraseMaxDensity", 3.0));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PageContext page, Reporter out) {
    Set<String> stop = Texts.stopwords(page.language());
    List<String> words = new ArrayList<>(page.proseWords().size());
    for (String w : page.proseWords()) {
      words.add(w.toLowerCase(Locale.ROOT).replace('’', '\''));
    }
    int total = words.size();
    if (total < 50) {
      return;
    }
    Object keyphrase = page.post() != null ? page.post().params().get("keyphrase")
        : page.entry() != null ? page.entry().params().get("keyphrase") : null;
    if (keyphrase instanceof String k && !k.isBlank()) {
      checkKeyphrase(page, out, words, k);
    }
    if (stop.isEmpty()) {
      return;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < total; i++) {
      StringBuilder phrase = new StringBuilder();
      for (int n = 1; n <= 3 && i + n <= total; n++) {
        String w = words.get(i + n - 1);
        if (stop.contains(w) || Words.letters(w) < 3) {
          break;
        }
        if (n > 1) {
          phrase.append(' ');
        }
        phrase.append(w);
        counts.merge(phrase.toString(), 1, Integer::sum);
      }
    }
    int min = out.integer("minOccurrences");
    double maxShare = out.number("maxShare");
    String worst = null;
    double worstShare = 0;
    int worstCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      int n = e.getKey().split(" ").length;
      double share = e.getValue() * n * 100.0 / total;
      if (e.getValue() >= min && share > maxShare && (share > worstShare
          || share == worstShare && e.getKey().compareTo(worst) < 0)) {
        worst = e.getKey();
        worstShare = share;
        worstCount = e.getValue();
      }
    }
    if (worst != null) {
      out.report(page.bodyLine(), String.format(Locale.ROOT, "\"%s\" appears %d times, %.1f%% of the %d words "
          + "(maximum is %s%%)", worst, worstCount, worstShare, total, trim(maxShare)));
    }
  }

  private static void checkKeyphrase(PageContext page, Reporter out, List<String> words, String keyphrase) {
    List<String> phrase = new ArrayList<>();
    for (String w : Words.split(keyphrase)) {
      phrase.add(w.toLowerCase(Locale.ROOT).replace('’', '\''));
    }
    if (phrase.isEmpty()) {
      return;
    }
    int count = 0;
    for (int i = 0; i + phrase.size() <= words.size(); i++) {
      if (words.subList(i, i + phrase.size()).equals(phrase)) {
        count++;
      }
    }
    double density = count * 100.0 / words.size();
    double max = out.number("keyphraseMaxDensity");
    double min = out.number("keyphraseMinDensity");
    int line = page.keyLine("keyphrase");
    if (density > max) {
      out.report(line, String.format(Locale.ROOT, "Keyphrase \"%s\" appears %d times in %d words, a density of "
          + "%.1f%% (maximum is %s%%)", keyphrase.strip(), count, words.size(), density, trim(max)));
    } else if (density < min) {
      out.report(Severity.INFO, line, String.format(Locale.ROOT, "Keyphrase \"%s\" appears %d times in %d words, "
          + "a density of %.1f%% (minimum is %s%%)", keyphrase.strip(), count, words.size(), density, trim(min)));
    }
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}

package dev.shareworthy.check.rules;

import dev.shareworthy.check.Category;
import dev.shareworthy.check.PageContext;
import dev.shareworthy.check.Reporter;
import dev.shareworthy.check.Rule;
import dev.shareworthy.check.RuleInfo;
import dev.shareworthy.check.Severity;
import dev.shareworthy.check.Words;
import dev.shareworthy.check.ProseWords;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
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
    ProseWords words = page.proseWords();
    int total = words.size();
    if (total < 50) {
      return;
    }
    Object keyphrase = page.post() != null ? page.post().params().get("keyphrase")
        : page.entry() != null ? page.entry().params().get("keyphrase") : null;
    if (keyphrase instanceof String k && !k.isBlank()) {
      checkKeyphrase(page, out, words, k);
    }
    Set<Long> stop = Texts.stopwordHashes(page.language());
    if (stop.isEmpty()) {
      return;
    }
    int min = out.integer("minOccurrences");
    double maxShare = out.number("maxShare");
    // A phrase of n words can only pass the share if each of its words is used at least (share x words / n)
    // times, so only words used (share x words / 3) times start a phrase: in normal text none or one or two.
    double floor = Math.max(min, maxShare * total / 100.0 / 3);
    Set<Long> frequent = new HashSet<>();
    words.counts((hash, times) -> {
      if (times >= floor && !stop.contains(hash)) {
        frequent.add(hash);
      }
    });
    if (frequent.isEmpty()) {
      return;
    }
    Map<String, Integer> counts = new HashMap<>();
    StringBuilder phrase = new StringBuilder();
    for (int i = 0; i < total; i++) {
      phrase.setLength(0);
      for (int n = 1; n <= 3 && i + n <= total; n++) {
        int w = i + n - 1;
        if (!frequent.contains(words.hash(w)) || words.letters(w) < 3) {
          break;
        }
        if (n > 1) {
          phrase.append(' ');
        }
        phrase.append(words.word(w));
        counts.merge(phrase.toString(), 1, Integer::sum);
      }
    }
    String worst = null;
    double worstShare = 0;
    int worstCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      int n = 1 + (int) e.getKey().chars().filter(c -> c == ' ').count();
      double share = e.getValue() * n * 100.0 / total;
      if (e.getValue() >= min && share > maxShare && (share > worstShare
          || share == worstShare && e.getKey().compareTo(worst) < 0)) {
        worst = e.getKey();
        worstShare = share;
        worstCount = e.getValue();
      }
    }
    if (worst != null) {
      out.report(page.bodyLine(), "\"" + worst + "\" appears " + worstCount + " times, "
          + Texts.fixed(worstShare, 1) + "% of the " + total + " words (maximum is " + trim(maxShare) + "%)");
    }
  }

  private static void checkKeyphrase(PageContext page, Reporter out, ProseWords words, String keyphrase) {
    List<String> parts = Words.split(keyphrase);
    if (parts.isEmpty()) {
      return;
    }
    long[] phrase = new long[parts.size()];
    for (int i = 0; i < phrase.length; i++) {
      phrase[i] = Words.hash(parts.get(i).replace('’', '\''));
    }
    int count = 0;
    outer:
    for (int i = 0; i + phrase.length <= words.size(); i++) {
      for (int j = 0; j < phrase.length; j++) {
        if (words.hash(i + j) != phrase[j]) {
          continue outer;
        }
      }
      count++;
    }
    double density = count * 100.0 / words.size();
    double max = out.number("keyphraseMaxDensity");
    double min = out.number("keyphraseMinDensity");
    int line = page.keyLine("keyphrase");
    if (density > max) {
      out.report(line, "Keyphrase \"" + keyphrase.strip() + "\" appears " + count + " times in "
          + words.size() + " words, a density of " + Texts.fixed(density, 1) + "% (maximum is " + trim(max) + "%)");
    } else if (density < min) {
      out.report(Severity.INFO, line, "Keyphrase \"" + keyphrase.strip() + "\" appears " + count
          + " times in " + words.size() + " words, a density of " + Texts.fixed(density, 1) + "% (minimum is "
          + trim(min) + "%)");
    }
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}

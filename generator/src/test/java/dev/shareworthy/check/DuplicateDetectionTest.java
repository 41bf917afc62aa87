package dev.shareworthy.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shareworthy.check.rules.DuplicateContentRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Duplicate detection at scale: thousands of posts written from one small vocabulary and sharing a sign-off
 * line, with a few near-copies planted among them. Every copy is found and nothing else, through the LSH
 * candidates rather than a comparison of every pair.
 */
class DuplicateDetectionTest {

  private static final String[] VOCABULARY = ("the of and to in is that for it as with was on be by this are from or "
      + "at system build page site post template render markdown parse output input file folder static generator "
      + "content feed tag index list layout theme config value option cache memory thread process request server "
      + "client browser engine library module package version release change commit branch merge review test "
      + "speed fast slow budget measure metric graph chart table row column query schema record field type class")
      .split(" ");

  @Test
  void findsPlantedNearCopiesAmongThreeThousandPostsAndNothingElse() {
    Random random = new Random(7);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      StringBuilder t = new StringBuilder();
      for (int w = 0; w < 400; w++) {
        t.append(VOCABULARY[random.nextInt(VOCABULARY.length)]).append(w % 12 == 11 ? ". " : " ");
      }
      t.append("Start with make build and read on, it is worth it. See more for more.");
      texts.add(t.toString());
    }
    // Near-copies: a post with a few words changed, and one with a paragraph added.
    texts.set(1200, texts.get(17).replaceFirst("the ", "a ").replaceFirst("cache", "caches"));
    texts.set(2999, texts.get(400) + " One more closing paragraph with a few more words in it for the readers.");
    List<Finding> findings = checkSite(texts.stream().map(String::toLowerCase).toList());
    assertThat(findings).extracting(Finding::source).containsExactlyInAnyOrder("content/posts/p17.md",
        "content/posts/p1200.md", "content/posts/p400.md", "content/posts/p2999.md");
    assertThat(findings).filteredOn(f -> f.source().equals("content/posts/p17.md")).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("Body text is 9").endsWith(
            "the same as content/posts/p1200.md (/posts/p1200/) (limit is 80%)"));
  }

  @Test
  void threeCopiesOfOnePostAreEachReportedAgainstTheOtherTwo() {
    List<String> texts = randomTexts(11, 200, 300);
    // Three pages with one band key in every band: one chain of three in each band's table, compared once per pair.
    texts.set(90, texts.get(5));
    texts.set(150, texts.get(5));
    List<Finding> findings = checkSite(texts);
    assertThat(findings).extracting(f -> f.source() + " ~ " + f.message().replaceAll(" \\(limit.*", ""))
        .containsExactlyInAnyOrder(
            "content/posts/p5.md ~ Body text is 100% the same as content/posts/p90.md (/posts/p90/)",
            "content/posts/p5.md ~ Body text is 100% the same as content/posts/p150.md (/posts/p150/)",
            "content/posts/p90.md ~ Body text is 100% the same as content/posts/p5.md (/posts/p5/)",
            "content/posts/p90.md ~ Body text is 100% the same as content/posts/p150.md (/posts/p150/)",
            "content/posts/p150.md ~ Body text is 100% the same as content/posts/p5.md (/posts/p5/)",
            "content/posts/p150.md ~ Body text is 100% the same as content/posts/p90.md (/posts/p90/)");
  }

  /** Body texts of random words from the vocabulary, the same for the same seed. */
  private static List<String> randomTexts(long seed, int posts, int words) {
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < posts; i++) {
      StringBuilder t = new StringBuilder();
      for (int w = 0; w < words; w++) {
        t.append(VOCABULARY[random.nextInt(VOCABULARY.length)]).append(' ');
      }
      texts.add(t.toString());
    }
    return texts;
  }

  /** The rule's findings over posts content/posts/p0.md, p1.md... with these body texts. */
  private static List<Finding> checkSite(List<String> texts) {
    List<Finding> findings = new ArrayList<>();
    List<SiteWideRule.Collected<DuplicateContentRule.Shingles>> pages = new ArrayList<>();
    RuleInfo info = new DuplicateContentRule().info();
    for (int i = 0; i < texts.size(); i++) {
      Reporter out = new Reporter(info, new RuleConfig(null, info.thresholds()), "content/posts/p" + i + ".md",
          "/posts/p" + i + "/", findings::add);
      pages.add(new SiteWideRule.Collected<>(DuplicateContentRule.shingles("/posts/p" + i + "/",
          ProseWords.of(texts.get(i))), out));
    }
    new DuplicateContentRule().checkSite(pages);
    return findings;
  }

  @Test
  void shortPagesAreNotCompared() {
    assertThat(DuplicateContentRule.shingles("/x/", ProseWords.of("too short to say anything"))).isNull();
  }

  @Test
  void aPageThatRepeatsOnePhraseIsTooShortToCompareHoweverLong() {
    String chant = "buy this course today ".repeat(60); // 240 words, but only four different 5-word sequences
    assertThat(DuplicateContentRule.shingles("/x/", ProseWords.of(chant))).isNull();
  }

  @Test
  void aPostThatRepeatsItsTextIsStillACopyOfIt() {
    List<String> texts = randomTexts(3, 50, 200);
    // The same 5-word sequences, each twice: as sets the two texts are almost equal (counted with repeats, half).
    texts.set(30, texts.get(8) + texts.get(8));
    List<Finding> findings = checkSite(texts);
    assertThat(findings).extracting(Finding::source).containsExactlyInAnyOrder("content/posts/p8.md",
        "content/posts/p30.md");
    assertThat(findings).allSatisfy(f -> assertThat(f.message()).startsWith("Body text is 9"));
  }
}

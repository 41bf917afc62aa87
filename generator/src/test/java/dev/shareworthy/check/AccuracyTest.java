package dev.shareworthy.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shareworthy.Shareworthy;
import dev.shareworthy.build.BuildOptions;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Runs every rule over the labelled corpus and measures it. Each post of {@code check-corpus} declares in its front
 * matter the rules that must fire on it ({@code expect}) and those that must not ({@code expectNot}; {@code [all]}
 * means every rule it does not expect); each page of {@code check-corpus-html} does the same in
 * {@code <meta name="expect">} and {@code <meta name="expect-not">}, for {@code check --html}. Prints precision and
 * recall per rule, and fails on any label that does not hold.
 */
class AccuracyTest {

  private static final Path CORPUS = Path.of("src/test/resources/check-corpus");
  private static final Path HTML_CORPUS = Path.of("src/test/resources/check-corpus-html");

  @TempDir static Path tmp;
  static List<Labelled> labelled = new ArrayList<>();
  static Set<String> ruleIds = new TreeSet<>();

  /** A page's labels and what fired on it. */
  record Labelled(String source, Set<String> expect, Set<String> expectNot, Set<String> fired) {}

  @BeforeAll
  static void runCorpora() throws IOException {
    Checks.rules().forEach(r -> ruleIds.add(r.id()));
    Path site = tmp.resolve("corpus");
    copy(CORPUS, site);
    writeHugeImage(site.resolve("static/images/huge.png"));
    CheckReport report = Shareworthy.build(BuildOptions.of(site).withOutput(tmp.resolve("out"))
        .withNow(Instant.parse("2026-01-01T00:00:00Z")).withChecks(true)).checks();
    Map<String, Set<String>> fired = firedBySource(report);
    try (Stream<Path> files = Files.list(site.resolve("content/posts"))) {
      for (Path f : files.sorted().toList()) {
        String source = "content/posts/" + f.getFileName();
        Map<?, ?> fm = frontMatter(f);
        labelled.add(label(source, list(fm.get("expect")), list(fm.get("expectNot")),
            fired.getOrDefault(source, Set.of()), ruleIds));
      }
    }
    CheckReport html = Checks.run(CheckOptions.html(HTML_CORPUS, "https://html.example.org/"));
    Set<String> htmlRules = new TreeSet<>();
    html.rules().forEach(r -> htmlRules.add(r.id()));
    Map<String, Set<String>> htmlFired = firedBySource(html);
    try (Stream<Path> files = Files.walk(HTML_CORPUS)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        String source = HTML_CORPUS.relativize(f).toString().replace('\\', '/');
        Document doc = Jsoup.parse(f.toFile(), "UTF-8");
        labelled.add(label("html:" + source, split(doc.select("meta[name=expect]").attr("content")),
            split(doc.select("meta[name=expect-not]").attr("content")), htmlFired.getOrDefault(source, Set.of()),
            htmlRules));
      }
    }
  }

  @Test
  void everyLabelHolds() {
    List<String> wrong = new ArrayList<>();
    for (Labelled l : labelled) {
      for (String rule : l.expect()) {
        if (!l.fired().contains(rule)) {
          wrong.add(l.source() + ": " + rule + " should fire but did not");
        }
      }
      for (String rule : l.expectNot()) {
        if (l.fired().contains(rule)) {
          wrong.add(l.source() + ": " + rule + " fired but should not");
        }
      }
    }
    printPrecisionAndRecall();
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyRuleHasThreePagesWhereItMustFireAndThreeWhereItMustNot() {
    for (String rule : ruleIds) {
      long positives = labelled.stream().filter(l -> l.expect().contains(rule)).count();
      long negatives = labelled.stream().filter(l -> l.expectNot().contains(rule)).count();
      assertThat(positives).as("pages where %s must fire", rule).isGreaterThanOrEqualTo(3);
      assertThat(negatives).as("pages where %s must not fire", rule).isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void labelsNameOnlyRealRules() {
    for (Labelled l : labelled) {
      assertThat(ruleIds).as(l.source()).containsAll(l.expect()).containsAll(l.expectNot());
    }
  }

  private static void printPrecisionAndRecall() {
    StringBuilder out = new StringBuilder(String.format("%n%-22s %4s %4s %4s %4s %9s %7s%n", "rule", "TP", "FP", "FN",
        "TN", "precision", "recall"));
    for (String rule : ruleIds) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      int tn = 0;
      for (Labelled l : labelled) {
        boolean fired = l.fired().contains(rule);
        if (l.expect().contains(rule)) {
          if (fired) {
            tp++;
          } else {
            fn++;
          }
        } else if (l.expectNot().contains(rule)) {
          if (fired) {
            fp++;
          } else {
            tn++;
          }
        }
      }
      out.append(String.format("%-22s %4d %4d %4d %4d %9s %7s%n", rule, tp, fp, fn, tn, ratio(tp, tp + fp),
          ratio(tp, tp + fn)));
    }
    System.out.println(out);
  }

  private static String ratio(int a, int b) {
    return b == 0 ? "-" : String.format("%.2f", (double) a / b);
  }

  private static Labelled label(String source, List<String> expect, List<String> expectNot, Set<String> fired,
      Set<String> rules) {
    Set<String> not = new TreeSet<>();
    for (String r : expectNot) {
      if (r.equals("all")) {
        rules.stream().filter(id -> !expect.contains(id)).forEach(not::add);
      } else {
        not.add(r);
      }
    }
    return new Labelled(source, new TreeSet<>(expect), not, fired);
  }

  private static Map<String, Set<String>> firedBySource(CheckReport report) {
    Map<String, Set<String>> fired = new TreeMap<>();
    for (Finding f : report.findings()) {
      fired.computeIfAbsent(f.source(), k -> new HashSet<>()).add(f.rule());
    }
    return fired;
  }

  private static Map<?, ?> frontMatter(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int end = text.indexOf("\n---", 4);
    return (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(text.substring(4, end));
  }

  private static List<String> list(Object o) {
    if (o == null) {
      return List.of();
    }
    return ((List<?>) o).stream().map(String::valueOf).toList();
  }

  private static List<String> split(String s) {
    return s.isBlank() ? List.of() : Stream.of(s.split(",")).map(String::strip).collect(Collectors.toList());
  }

  /** Over 5 MB: random pixels do not compress. Made here rather than kept in the repository. */
  private static void writeHugeImage(Path file) throws IOException {
    BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(42);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        image.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    ImageIO.write(image, "png", file.toFile());
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}

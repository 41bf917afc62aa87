package dev.shareworthy.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SocialCardTest {

  private static final ShareConfig.CardStyle STYLE = ShareConfig.DEFAULT_CARD;
  private static final int BACKGROUND = 0xfcfcfa;

  @TempDir Path dir;

  private final CardFonts fonts = new CardFonts();

  private static SocialCard card(String title) {
    return new SocialCard(title, "Second Customers", "9 March 2026", "sample.shareworthy.dev", STYLE);
  }

  private BufferedImage png(SocialCard card) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(card.png(fonts)));
  }

  @Test
  void isA1200By630Png() throws IOException {
    BufferedImage image = png(card("Why readers share"));
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(630);
    assertThat(image.getRGB(600, 20) & 0xffffff).as("background").isEqualTo(BACKGROUND);
    assertThat(image.getRGB(5, 300) & 0xffffff).as("accent bar").isEqualTo(0x1f4fb8);
    assertThat(ink(image, 80, 200, 1120, 500)).as("title drawn").isGreaterThan(2000);
  }

  @Test
  void anUnchangedCardIsNeverDrawnAgain() throws IOException {
    CardCache cache = new CardCache(dir.resolve("cache"));
    Path first = dir.resolve("out1/cards/a.png");
    Path second = dir.resolve("out2/cards/a.png");
    cache.write(card("Same title"), first);
    cache.write(card("Same title"), second);
    assertThat(cache.drawn()).isEqualTo(1);
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));

    cache.write(card("Another title"), dir.resolve("out2/cards/b.png"));
    assertThat(cache.drawn()).isEqualTo(2);
    // A new build with a fresh cache object still finds the cards on disk.
    CardCache later = new CardCache(dir.resolve("cache"));
    later.write(card("Same title"), dir.resolve("out3/cards/a.png"));
    assertThat(later.drawn()).isZero();
  }

  @Test
  void aCachedCardIsMarkedUsedAtMostOncePerDay() throws IOException {
    CardCache cache = new CardCache(dir.resolve("cache"));
    cache.write(card("Used often"), dir.resolve("out1/cards/a.png"));
    Path cached;
    try (var files = Files.list(dir.resolve("cache"))) {
      cached = files.filter(f -> f.toString().endsWith(".png")).findFirst().orElseThrow();
    }
    java.time.Instant hourAgo = java.time.Instant.now().minus(java.time.Duration.ofHours(1))
        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS); // any file system keeps whole seconds
    Files.setLastModifiedTime(cached, java.nio.file.attribute.FileTime.from(hourAgo));
    cache.write(card("Used often"), dir.resolve("out2/cards/a.png"));
    assertThat(Files.getLastModifiedTime(cached).toInstant()).as("used an hour ago: left as it is").isEqualTo(hourAgo);

    java.time.Instant daysAgo = java.time.Instant.now().minus(java.time.Duration.ofDays(3));
    Files.setLastModifiedTime(cached, java.nio.file.attribute.FileTime.from(daysAgo));
    cache.write(card("Used often"), dir.resolve("out3/cards/a.png"));
    assertThat(Files.getLastModifiedTime(cached).toInstant()).as("used three days ago: marked used now")
        .isAfter(hourAgo);
    assertThat(cache.drawn()).isEqualTo(1);
  }

  @Test
  void theHashCoversEverythingTheCardShows() {
    SocialCard base = card("T");
    assertThat(card("T").hash()).isEqualTo(base.hash());
    assertThat(card("U").hash()).isNotEqualTo(base.hash());
    assertThat(new SocialCard("T", "Other", "9 March 2026", "sample.shareworthy.dev", STYLE).hash()).isNotEqualTo(base.hash());
    assertThat(new SocialCard("T", "Second Customers", "10 March 2026", "sample.shareworthy.dev", STYLE).hash())
        .isNotEqualTo(base.hash());
    assertThat(new SocialCard("T", "Second Customers", "9 March 2026", "sample.shareworthy.dev",
        new ShareConfig.CardStyle("#000000", "#ffffff", "#ff0000", "#888888")).hash()).isNotEqualTo(base.hash());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "A very long title that goes on and on about referral loops, word of mouth, advocates, newsletters, preview "
          + "cards and every other thing a blogger might want to write about in one single headline",
      "Supercalifragilisticexpialidociousantidisestablishmentarianismfloccinaucinihilipilification and more words "
          + "Pneumonoultramicroscopicsilicovolcanoconiosis",
      "共有されるブログ記事を書くための十の方法と、その効果を測る仕組みについて、そしてもっと長い説明が続きます。共有されるブログ記事を書くための十の方法",
      "https://example.com/a/very/long/url/without/any/spaces/at/all/that/keeps/going/and/going/forever/and/ever"})
  void aLongTitleStaysInsideItsBoxInAtMostThreeLines(String title) throws IOException {
    BufferedImage image = png(card(title));
    assertThat(ink(image, 80, 200, 1120, 500)).as("title drawn").isGreaterThan(2000);
    assertThat(ink(image, 1125, 150, 1199, 500)).as("nothing past the right margin").isZero();
    // Between the title and the date line: empty, so a fourth line never runs into the date.
    assertThat(ink(image, 80, 505, 1120, 530)).as("gap above the date").isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"なぜ読者は共有するのか", "为什么读者会分享", "독자가 공유하는 이유", "لماذا يشارك القراء",
      "למה קוראים משתפים", "पाठक क्यों साझा करते हैं", "ทำไมผู้อ่านถึงแบ่งปัน", "Почему читатели делятся",
      "Γιατί μοιράζονται", "Sharing 🎉🚀 with friends ❤️ 👍"})
  void commonScriptsAndEmojiHaveAFont(String title) throws IOException {
    requireCardFonts();
    CardFonts.Styled styled = fonts.style(title, java.awt.Font.BOLD, 60f);
    assertThat(styled.text()).as("characters without a font are dropped; here every one has a font")
        .isEqualTo(title);
    assertThat(ink(png(card(title)), 80, 200, 1120, 500)).isGreaterThan(1000);
  }

  @Test
  void rightToLeftTitlesStartAtTheRightMargin() throws IOException {
    BufferedImage image = png(card("لماذا يشارك القراء"));
    assertThat(ink(image, 900, 200, 1120, 500)).isGreaterThan(500);
    assertThat(ink(image, 80, 200, 300, 500)).isZero();
  }

  @Test
  void charactersNoFontHasAreDroppedNotBoxed() {
    assertThat(fonts.style("a\u0378b\uE000c 🇩🇪 d", java.awt.Font.PLAIN, 20f).text()).isEqualTo("abc d");
  }

  /** The card fonts that .ci/install-deps.sh installs; a developer machine without them skips, CI fails. */
  private static void requireCardFonts() {
    List<String> families = List.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
    boolean present = families.contains("Noto Sans") && families.contains("Symbola")
        && families.contains("WenQuanYi Micro Hei");
    if (!present && System.getenv("CI") == null) {
      assumeTrue(false, "card fonts missing: sudo bash .ci/install-deps.sh");
    }
  }

  /** How many pixels in the rectangle differ clearly from the background. */
  private static int ink(BufferedImage image, int x0, int y0, int x1, int y1) {
    int count = 0;
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        int diff = Math.abs(((rgb >> 16) & 0xff) - 0xfc) + Math.abs(((rgb >> 8) & 0xff) - 0xfc) + Math.abs((rgb & 0xff) - 0xfa);
        if (diff > 60) {
          count++;
        }
      }
    }
    return count;
  }
}

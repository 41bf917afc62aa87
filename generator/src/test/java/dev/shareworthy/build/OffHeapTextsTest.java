package dev.shareworthy.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The source texts a checked build keeps for the checks come back exactly as they were read. */
class OffHeapTextsTest {

  @Test
  void givesBackEachTextAsItWasKept() {
    OffHeapTexts texts = new OffHeapTexts();
    keep(texts, "a.md", "---\ntitle: Plain\n---\nText.\r\nMore.\n");
    keep(texts, "b.md", "Crème brûlée, 東京, emoji 🚀 and a lone \uFFFD replacement character");
    keep(texts, "empty.md", "");
    keep(texts, "latin.md", "naïve café"); // Latin-1 only: its bytes are UTF-8 all the same

    assertThat(texts.get("a.md")).isEqualTo("---\ntitle: Plain\n---\nText.\r\nMore.\n");
    assertThat(texts.get("b.md")).isEqualTo("Crème brûlée, 東京, emoji 🚀 and a lone \uFFFD replacement character");
    assertThat(texts.get("empty.md")).isEmpty();
    assertThat(texts.get("latin.md")).isEqualTo("naïve café");
    assertThat(texts.get("never-kept.md")).isNull();
  }

  @Test
  void keepsATextFromTheBytesItWasReadFromPastAByteOrderMark() {
    OffHeapTexts texts = new OffHeapTexts();
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] ascii = "plain text".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] latin = "naïve café".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    texts.put("a.md", concat(bom, ascii), 3, "plain text".length());
    // Two characters of two bytes each: kept as UTF-8, and decoded as such from past the mark.
    texts.put("b.md", concat(bom, latin), 3, "naïve café".length());

    assertThat(texts.get("a.md")).isEqualTo("plain text");
    assertThat(texts.get("b.md")).isEqualTo("naïve café");
  }

  /** Keeps a text as the build keeps a file's: from its UTF-8 bytes. */
  private static void keep(OffHeapTexts texts, String name, String text) {
    texts.put(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, text.length());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void aTextKeptAgainReplacesTheOldOne() {
    OffHeapTexts texts = new OffHeapTexts();
    keep(texts, "a.md", "first version");
    keep(texts, "a.md", "second version");

    assertThat(texts.get("a.md")).isEqualTo("second version");
  }

  @Test
  void textsLargerThanABufferAndManyTextsWrittenInParallelAllComeBackWhole() {
    OffHeapTexts texts = new OffHeapTexts();
    String huge = "word ".repeat(1_200_000); // 6 MB: more than the largest buffer
    keep(texts, "huge.md", huge);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      expected.add("post " + i + " " + "lorem ipsum ".repeat(i % 700));
    }
    IntStream.range(0, expected.size()).parallel().forEach(i -> keep(texts, "p" + i + ".md", expected.get(i)));

    assertThat(texts.get("huge.md")).isEqualTo(huge);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(texts.get("p" + i + ".md")).as("text %d", i).isEqualTo(expected.get(i));
    }
  }

  @Test
  void aStoreOutOfRoomKeepsNothingMoreAndSaysSoWithNull() {
    OffHeapTexts texts = new OffHeapTexts(64 << 10); // one first buffer
    String tenKb = "x".repeat(10_000);
    for (int i = 0; i < 10; i++) {
      keep(texts, "p" + i + ".md", tenKb + i);
    }

    assertThat(texts.get("p0.md")).isEqualTo(tenKb + 0);
    assertThat(texts.get("p5.md")).isEqualTo(tenKb + 5);
    assertThat(texts.get("p6.md")).as("the seventh does not fit in 64 KB").isNull();
    assertThat(texts.get("p9.md")).isNull();
  }
}

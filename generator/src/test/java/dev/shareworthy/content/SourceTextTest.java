package dev.shareworthy.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.shareworthy.Problem;
import dev.shareworthy.ShareworthyException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTextTest {

  @TempDir
  Path dir;

  @Test
  void readsUtf8Text() throws Exception {
    Path file = Files.writeString(dir.resolve("a.md"), "Grüße, 日本\n", StandardCharsets.UTF_8);

    assertThat(SourceText.read(file, "a.md")).isEqualTo("Grüße, 日本\n");
  }

  @Test
  void dropsALeadingByteOrderMark() throws Exception {
    Path file = Files.writeString(dir.resolve("a.md"), "\uFEFF---\ntitle: T\n", StandardCharsets.UTF_8);

    assertThat(SourceText.read(file, "a.md")).isEqualTo("---\ntitle: T\n");
  }

  @Test
  void givesTheBytesATextWasDecodedFromWhichAreItsUtf8Form() throws Exception {
    String text = "Crème brûlée, 東京, 🚀 and a real \uFFFD\n";
    Path plain = Files.writeString(dir.resolve("a.md"), text, StandardCharsets.UTF_8);
    Path marked = Files.writeString(dir.resolve("b.md"), "\uFEFF" + text, StandardCharsets.UTF_8);

    for (Path file : List.of(plain, marked)) {
      SourceText.Read read = SourceText.readWithBytes(file, "x.md");
      assertThat(read.text()).isEqualTo(text);
      assertThat(java.util.Arrays.copyOfRange(read.utf8(), read.from(), read.utf8().length))
          .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void namesTheLineOfTheFirstByteThatIsNotUtf8() throws Exception {
    Path file = Files.writeString(dir.resolve("a.md"), "line one\nline two\ncaf\u00e9 in Latin-1\n",
        StandardCharsets.ISO_8859_1);

    ShareworthyException e = catchThrowableOfType(ShareworthyException.class,
        () -> SourceText.read(file, "content/posts/a.md"));

    assertThat(e.problems()).containsExactly(new Problem("content/posts/a.md", 3,
        "is not valid UTF-8 text; save it with UTF-8 encoding"));
  }

  @Test
  void aMissingFileIsAProblemNotACrash() {
    ShareworthyException e = catchThrowableOfType(ShareworthyException.class,
        () -> SourceText.read(dir.resolve("nope.md"), "nope.md"));

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).file()).isEqualTo("nope.md");
    assertThat(e.problems().get(0).message()).startsWith("cannot read the file: NoSuchFile ");
  }
}

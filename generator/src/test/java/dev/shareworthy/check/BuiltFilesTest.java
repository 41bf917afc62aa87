package dev.shareworthy.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A built site's folder as the checks read it. */
class BuiltFilesTest {

  @TempDir Path tmp;

  /** The checks read each page without asking first whether it is there: a missing page is no page, not an error. */
  @Test
  void readingAPageThatIsNotAFileGivesNull() throws Exception {
    Files.createDirectories(tmp.resolve("posts/a"));
    Files.writeString(tmp.resolve("posts/a/index.html"), "<p>é</p>");
    Files.createDirectories(tmp.resolve("posts/folder/index.html")); // a folder where a page would be
    BuiltFiles files = BuiltFiles.folder(tmp);

    assertThat(files.readIfFile("posts/a/index.html")).isEqualTo("<p>é</p>".getBytes("UTF-8"));
    assertThat(files.readIfFile("posts/missing/index.html")).isNull();
    assertThat(files.readIfFile("posts/folder/index.html")).isNull();
  }
}

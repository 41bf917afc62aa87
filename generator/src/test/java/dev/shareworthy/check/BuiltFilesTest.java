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

  /**
   * After a build, the checks take what the build wrote from the build: its pages exist and its cards' sizes are
   * known, without a look-up. Anything else is looked up in the folder as before.
   */
  @Test
  void aFolderABuildWroteAnswersFromWhatItWroteAndLooksUpTheRest() throws Exception {
    Files.createDirectories(tmp.resolve("posts/a"));
    Files.writeString(tmp.resolve("posts/a/index.html"), "<p>a</p>");
    Files.writeString(tmp.resolve("robots.txt"), "User-agent: *"); // written by a part that tells nothing
    Files.createDirectories(tmp.resolve("cards"));
    Files.write(tmp.resolve("cards/a.png"), new byte[] {1, 2, 3}); // not a PNG: proves the header is not read
    Files.write(tmp.resolve("cards/b.png"), new byte[] {1, 2, 3});
    ImageFile card = new ImageFile(48_000, false, 1200, 630, null);
    BuiltFiles files = BuiltFiles.written(tmp, java.util.Set.of("posts/a/index.html", "cards/a.png"),
        java.util.Map.of("cards/a.png", card));

    assertThat(files.isFile("posts/a/index.html")).isTrue();
    assertThat(files.isFile("robots.txt")).isTrue();
    assertThat(files.isFile("posts/missing/index.html")).isFalse();
    assertThat(files.isDirectory("posts/a")).isTrue();
    assertThat(files.isDirectory("posts/a/index.html")).isFalse();
    assertThat(files.readIfFile("posts/a/index.html")).isEqualTo("<p>a</p>".getBytes("UTF-8"));

    SiteIndex site = new SiteIndex(files, "https://example.org/");
    SiteIndex.Target known = site.resolve("/posts/a/", "/cards/a.png");
    SiteIndex.Target unknown = site.resolve("/posts/a/", "/cards/b.png");
    assertThat(known.exists()).isTrue();
    assertThat(site.image(known)).isEqualTo(card);
    assertThat(site.image(unknown).readable()).isFalse(); // read from the folder: three bytes are no image
    assertThat(site.image(unknown).bytes()).isEqualTo(3);
    assertThat(BuiltFiles.folder(tmp).image("cards/a.png")).isNull();
  }
}

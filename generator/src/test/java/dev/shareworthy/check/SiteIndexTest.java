package dev.shareworthy.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteIndexTest {

  @TempDir
  Path out;

  private static final String[] LINKS = {"/", "/posts/a/", "/posts/a", "/posts/a/index.html", "/about",
      "/cards/a.png", "/cards/missing.png", "/posts/a/#intro", "/posts/a/?utm_source=x", "/posts/%61/",
      "/posts/./a/", "/posts//a/", "/posts/a/../b/", "https://example.org//posts/a/", "/posts/a.", "/posts/a/.",
      "/.well-known/x", "/posts/a+b/", "/posts/a b/", "/posts/a|b/", "//other.org/x",
      "https://example.org/", "https://example.org/posts/a/", "https://example.org/cards/a.png",
      "https://example.org/posts/a/../../x", "https://EXAMPLE.org/posts/a/", "https://example.org:8443/posts/a/",
      "http://example.org/posts/a/", "https://other.org/posts/a/", "relative/", "../a/", "#top", "mailto:a@b.c",
      "/blog/posts/a/", "https://example.org/blog/posts/a/", "/blog", "/blog/", "/blog/about", "/blog/cards/a.png"};

  @Test
  void plainLinksResolveAsParsingTheUrlWould() throws IOException {
    for (String base : new String[] {"https://example.org/", "https://example.org/blog/"}) {
      for (String prefix : new String[] {"", "blog/"}) {
        write(prefix + "index.html");
        write(prefix + "posts/a/index.html");
        write(prefix + "about.html");
        write(prefix + "cards/a.png");
      }
      SiteIndex index = new SiteIndex(BuiltFiles.folder(out), base);
      for (String link : LINKS) {
        assertThat(index.resolve("/posts/a/", link)).as(base + " " + link)
            .isEqualTo(link.startsWith("mailto:") ? null : index.resolveParsed("/posts/a/", link));
      }
    }
  }

  @Test
  void findsFilesFoldersAndExtensionlessPages() throws IOException {
    write("posts/a/index.html");
    write("about.html");
    SiteIndex index = new SiteIndex(BuiltFiles.folder(out), "https://example.org/");
    assertThat(index.resolve("/", "/posts/a").exists()).isTrue();
    assertThat(index.resolve("/", "/posts/a").file()).isEqualTo(out.resolve("posts/a/index.html"));
    assertThat(index.resolve("/", "https://example.org/about").file()).isEqualTo(out.resolve("about.html"));
    assertThat(index.resolve("/", "/posts/b/").exists()).isFalse();
    assertThat(index.resolve("/", "https://example.org/posts/../../etc/passwd").problem())
        .isEqualTo("points outside the site");
    assertThat(index.resolve("/", "https://elsewhere.org/posts/a/")).isNull();
  }

  private void write(String relative) throws IOException {
    Path f = out.resolve(relative);
    Files.createDirectories(f.getParent());
    Files.writeString(f, "<p id=top>x</p>");
  }
}

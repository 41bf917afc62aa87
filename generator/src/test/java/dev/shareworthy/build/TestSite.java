package dev.shareworthy.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small sites into a temporary folder for tests. */
final class TestSite {

  final Path dir;

  TestSite(Path dir) {
    this.dir = dir;
    write("site.yaml", """
        title: Test Blog
        baseUrl: https://blog.example.com/
        author: Ada
        description: A blog for tests.
        postsPerPage: 2
        timezone: UTC
        """);
  }

  TestSite write(String relative, String text) {
    try {
      Path file = dir.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  TestSite bytes(String relative, byte[] content) {
    try {
      Path file = dir.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  TestSite post(String name, String title, String date, String extraFrontMatter, String body) {
    return write("content/posts/" + name + ".md",
        "---\ntitle: \"" + title + "\"\ndate: " + date + "\n" + extraFrontMatter + "---\n" + body + "\n");
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.shareworthy.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files of a built site as the checks read them: a folder on disk, or the dev server's pages held in memory.
 * Paths are relative to the site root with forward slashes, such as {@code posts/x/index.html}. Safe for
 * parallel use.
 */
public interface BuiltFiles {

  /**
   * The folder files are named under in findings and summaries. For a site in memory it is a name only, never
   * read or written.
   */
  Path root();

  boolean isFile(String path);

  boolean isDirectory(String path);

  long size(String path) throws IOException;

  InputStream open(String path) throws IOException;

  /** A whole file's bytes. */
  default byte[] read(String path) throws IOException {
    try (InputStream in = open(path)) {
      return in.readAllBytes();
    }
  }

  /** The files of a built site's output folder. */
  static BuiltFiles folder(Path dir) {
    return new BuiltFiles() {
      @Override
      public Path root() {
        return dir;
      }

      @Override
      public boolean isFile(String path) {
        return Files.isRegularFile(dir.resolve(path));
      }

      @Override
      public boolean isDirectory(String path) {
        return Files.isDirectory(dir.resolve(path));
      }

      @Override
      public long size(String path) throws IOException {
        return Files.size(dir.resolve(path));
      }

      @Override
      public InputStream open(String path) throws IOException {
        return Files.newInputStream(dir.resolve(path));
      }

      @Override
      public byte[] read(String path) throws IOException {
        return Files.readAllBytes(dir.resolve(path)); // one array of the file's size, no copying
      }
    };
  }
}

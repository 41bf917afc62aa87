package dev.shareworthy.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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

  /** A whole file's bytes, or null when there is no such file. */
  default byte[] readIfFile(String path) throws IOException {
    return isFile(path) ? read(path) : null;
  }

  /** A file's size and its first {@code max} bytes (fewer when the file is shorter). */
  default Head head(String path, int max) throws IOException {
    try (InputStream in = open(path)) {
      return new Head(size(path), in.readNBytes(max));
    }
  }

  /** The start of a file, and its size. */
  record Head(long size, byte[] bytes) {}

  /**
   * What is known of an image file without reading it, or null: read it. For a folder a build has just
   * written, the cards it drew ({@link #written}).
   */
  default ImageFile image(String path) {
    return null;
  }

  /** The files of a built site's output folder. */
  static BuiltFiles folder(Path dir) {
    return written(dir, java.util.Set.of(), java.util.Map.of());
  }

  /**
   * The output folder a build has just written, with what the build knows of it: the files it wrote, which a
   * link to needs no look-up, and the images it drew. Anything else is looked up in the folder as by
   * {@link #folder}. A build writes into a new folder, so a file it wrote is there when the checks run.
   *
   * @param files paths of files the build wrote, relative to {@code dir} with forward slashes
   * @param images what the build knows of images it wrote, by the same paths
   */
  static BuiltFiles written(Path dir, java.util.Set<String> files, java.util.Map<String, ImageFile> images) {
    return new BuiltFiles() {
      @Override
      public Path root() {
        return dir;
      }

      @Override
      public boolean isFile(String path) {
        return files.contains(path) || Files.isRegularFile(dir.resolve(path));
      }

      @Override
      public boolean isDirectory(String path) {
        return !files.contains(path) && Files.isDirectory(dir.resolve(path));
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

      @Override
      public byte[] readIfFile(String path) throws IOException {
        // Read at once, without asking first: every page is read, and the question was a system call each.
        Path file = dir.resolve(path);
        try {
          return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
          return null;
        } catch (IOException e) {
          if (!Files.isRegularFile(file)) {
            return null; // a folder, say: no page, as isFile has it
          }
          throw e;
        }
      }

      @Override
      public Head head(String path, int max) throws IOException {
        // One opening for both: every post's share image is read, and system calls were most of that.
        try (FileChannel channel = FileChannel.open(dir.resolve(path))) {
          long size = channel.size();
          ByteBuffer bytes = ByteBuffer.allocate((int) Math.min(max, size));
          while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
            // a file shorter than its size said ends the loop with -1
          }
          return new Head(size, java.util.Arrays.copyOf(bytes.array(), bytes.position()));
        }
      }

      @Override
      public ImageFile image(String path) {
        return images.get(path);
      }
    };
  }
}

package dev.shareworthy.serve;

import dev.shareworthy.build.SiteFile;
import dev.shareworthy.build.SiteSnapshot;
import dev.shareworthy.check.BuiltFiles;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** The files of one served version of a site, as the checks read them: from memory, never from disk. */
final class SnapshotFiles implements BuiltFiles {

  /** A name for findings to call the site by; nothing is ever read or written there. */
  private static final Path ROOT = Path.of("served-site");

  private final SiteSnapshot site;

  SnapshotFiles(SiteSnapshot site) {
    this.site = site;
  }

  @Override
  public Path root() {
    return ROOT;
  }

  @Override
  public boolean isFile(String path) {
    return site.paths().contains(path);
  }

  @Override
  public boolean isDirectory(String path) {
    return !path.isEmpty() && site.paths().contains(path + "/index.html");
  }

  @Override
  public long size(String path) throws IOException {
    return file(path).bytes().length;
  }

  @Override
  public InputStream open(String path) throws IOException {
    return new ByteArrayInputStream(file(path).bytes());
  }

  private SiteFile file(String path) throws IOException {
    SiteFile f = site.file(path); // renders a page still pending since the last edit
    if (f == null) {
      throw new FileNotFoundException(path);
    }
    return f;
  }
}

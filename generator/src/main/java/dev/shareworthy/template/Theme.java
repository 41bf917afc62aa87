package dev.shareworthy.template;

import dev.shareworthy.ShareworthyException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.function.Consumer;

/**
 * A theme: Pebble templates and static assets, either in the site's own {@code themes/<name>/} folder or
 * built in on the classpath under {@code shareworthy/themes/<name>/}.
 */
public final class Theme {

  static final String SUFFIX = ".peb";
  private static final String CLASSPATH_ROOT = "shareworthy/themes/";

  private final String name;
  private final Path folder;
  private final ClassLoader classLoader;

  private Theme(String name, Path folder, ClassLoader classLoader) {
    this.name = name;
    this.folder = folder;
    this.classLoader = classLoader;
  }

  /**
   * Finds a theme by name: the site's {@code themes/<name>/} first, then the built-in themes.
   *
   * @throws ShareworthyException naming both places looked in when there is no such theme
   */
  public static Theme locate(Path siteDir, String name) {
    Path local = siteDir.resolve("themes").resolve(name);
    if (Files.isDirectory(local.resolve("templates"))) {
      return new Theme(name, local, null);
    }
    ClassLoader loader = Theme.class.getClassLoader();
    if (!name.contains("/") && !name.contains("\\") && loader.getResource(CLASSPATH_ROOT + name + "/theme.yaml") != null) {
      return new Theme(name, null, loader);
    }
    throw ShareworthyException.of("site.yaml", 0, "theme '" + name + "' not found: there is no folder "
        + "themes/" + name + "/templates in the site and no built-in theme of that name; "
        + "use 'theme: default' or add the theme folder");
  }

  public String name() {
    return name;
  }

  /** The Pebble loader of the theme's templates. */
  Loader<?> templateLoader() {
    if (folder != null) {
      FileLoader loader = new FileLoader(folder.resolve("templates").toAbsolutePath().toString());
      loader.setSuffix(SUFFIX);
      return loader;
    }
    ClasspathLoader loader = new ClasspathLoader(classLoader);
    loader.setPrefix(CLASSPATH_ROOT + name + "/templates");
    loader.setSuffix(SUFFIX);
    return loader;
  }

  /**
   * Walks the theme's static files.
   *
   * @param visitor called with each regular file and its path relative to the static folder, with forward slashes
   */
  public void forEachStaticFile(StaticFileVisitor visitor) throws IOException {
    if (folder != null) {
      walk(folder.resolve("static"), visitor);
      return;
    }
    URL url = classLoader.getResource(CLASSPATH_ROOT + name + "/static/");
    if (url == null) {
      return;
    }
    try {
      if ("file".equals(url.getProtocol())) {
        walk(Paths.get(url.toURI()), visitor);
      } else if ("jar".equals(url.getProtocol())) {
        String spec = url.getPath(); // file:/x/y.jar!/shareworthy/themes/default/static/
        int bang = spec.indexOf("!/");
        Path jar = Paths.get(new URL(spec.substring(0, bang)).toURI());
        // A file system of our own, not the JVM-wide one registered by URI: two builds never share it.
        try (FileSystem zip = FileSystems.newFileSystem(jar, (ClassLoader) null)) {
          walk(zip.getPath(spec.substring(bang + 1)), visitor);
        }
      } else {
        throw new IOException("cannot list theme files at " + url);
      }
    } catch (URISyntaxException e) {
      throw new IOException("cannot list theme files at " + url, e);
    }
  }

  private static void walk(Path root, StaticFileVisitor visitor) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (var files = Files.walk(root)) {
      files.filter(Files::isRegularFile).forEach(unchecked(file -> {
        String relative = root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/");
        visitor.visit(file, relative);
      }));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static Consumer<Path> unchecked(IoConsumer consumer) {
    return p -> {
      try {
        consumer.accept(p);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  private interface IoConsumer {
    void accept(Path p) throws IOException;
  }

  /** Receives one static file of a theme. */
  @FunctionalInterface
  public interface StaticFileVisitor {
    void visit(Path file, String relativePath) throws IOException;
  }
}

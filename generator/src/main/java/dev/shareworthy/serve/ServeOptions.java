package dev.shareworthy.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How to serve a site.
 *
 * @param siteDir the site folder, holding site.yaml
 * @param bind the address to listen on; loopback by default, so nobody else on the network sees drafts
 * @param port the port, or 0 for any free one
 * @param nextFreePort whether a port in use means trying the next ones (said in {@link DevServer#notice()})
 *     instead of failing
 * @param drafts whether posts with {@code draft: true} are shown
 * @param future whether posts dated after now are shown
 * @param listener hears every rebuild and every failed one
 * @param extensions add pages under {@code /_shareworthy/} and panels to served pages; {@link #of} and the
 *     command line use {@link #defaultExtensions}
 */
public record ServeOptions(Path siteDir, String bind, int port, boolean nextFreePort, boolean drafts, boolean future,
    ServeListener listener, List<ServeExtension> extensions) {

  public static final int DEFAULT_PORT = 1313;
  public static final String LOOPBACK = "127.0.0.1";

  public ServeOptions {
    Objects.requireNonNull(siteDir, "siteDir");
    bind = bind == null ? LOOPBACK : bind;
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
    }
    listener = listener == null ? ServeListener.SILENT : listener;
    extensions = List.copyOf(extensions == null ? List.of() : extensions);
  }

  /**
   * Serves {@code siteDir} on 127.0.0.1:1313, or the next free port, without drafts or future posts, with the
   * {@link #defaultExtensions}.
   */
  public static ServeOptions of(Path siteDir) {
    return new ServeOptions(siteDir, LOOPBACK, DEFAULT_PORT, true, false, false, ServeListener.SILENT,
        defaultExtensions(siteDir));
  }

  /** What the dev server adds by default: the findings panel and the share previews ({@link WritingAids}). */
  public static List<ServeExtension> defaultExtensions(Path siteDir) {
    return List.of(new WritingAids(siteDir));
  }

  public ServeOptions withBind(String address) {
    return new ServeOptions(siteDir, address, port, nextFreePort, drafts, future, listener, extensions);
  }

  /** A fixed port: taken means failing, not moving on. 0 picks any free port. */
  public ServeOptions withPort(int p) {
    return new ServeOptions(siteDir, bind, p, false, drafts, future, listener, extensions);
  }

  public ServeOptions withDrafts(boolean include) {
    return new ServeOptions(siteDir, bind, port, nextFreePort, include, future, listener, extensions);
  }

  public ServeOptions withFuture(boolean include) {
    return new ServeOptions(siteDir, bind, port, nextFreePort, drafts, include, listener, extensions);
  }

  public ServeOptions withListener(ServeListener l) {
    return new ServeOptions(siteDir, bind, port, nextFreePort, drafts, future, l, extensions);
  }

  public ServeOptions withExtensions(List<ServeExtension> list) {
    return new ServeOptions(siteDir, bind, port, nextFreePort, drafts, future, listener, list);
  }
}

package dev.shareworthy.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.shareworthy.Problem;
import dev.shareworthy.ShareworthyException;
import dev.shareworthy.build.BuildOptions;
import dev.shareworthy.build.Rebuild;
import dev.shareworthy.build.SiteSession;
import dev.shareworthy.build.SiteSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running dev server: serves one site from memory on loopback, watches its sources, rebuilds what an edit
 * changes and tells open pages to reload (or to swap their stylesheets, or to show a build error). Start it with
 * {@link dev.shareworthy.Shareworthy#serve}; {@link #close()} stops it. Never writes into the site's folder.
 *
 * <p>Each request reads the served state once, from one volatile field holding an immutable snapshot, so it sees
 * one whole version of the site however a rebuild runs beside it.
 */
public final class DevServer implements AutoCloseable {

  /** Where the server's own pages live, outside the site's URLs. */
  public static final String PREFIX = "/_shareworthy/";
  private static final String SCRIPT_PATH = PREFIX + "reload.js";
  private static final int MAX_PORT_TRIES = 20;

  private final ServeOptions options;
  private final SiteSession session;
  private final Path siteDir;
  private final LiveReload liveReload = new LiveReload();
  /** Renders the pages an edit left pending, at low priority, so the next edit's rebuild never waits for it. */
  private final java.util.concurrent.ExecutorService pendingRenderer = java.util.concurrent.Executors
      .newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "shareworthy-render-pending");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
      });
  private final byte[] script;
  private HttpServer server;
  private ThreadPoolExecutor executor;
  private SourceWatcher watcher;
  private String notice;
  private volatile State state;
  private final Object outcomes = new Object();
  private long outcomeCount;
  private Outcome lastOutcome;

  /** What is served: the last good site (null before the first) and the problems standing in the way now. */
  private record State(SiteSnapshot site, List<Problem> problems, Instant since) {}

  /**
   * The result of one build or rebuild, as tests and the log see it.
   *
   * @param sequence counts outcomes from 1 (the first build)
   * @param rebuild the rebuild, or null when it failed
   * @param problems why it failed, or empty
   * @param announced from the first file event of the batch (or the start of the first build) until open
   *     pages were told
   */
  public record Outcome(long sequence, Rebuild rebuild, List<Problem> problems, Duration announced) {

    public Outcome {
      problems = List.copyOf(problems);
    }

    public boolean succeeded() {
      return rebuild != null;
    }
  }

  private DevServer(ServeOptions options) {
    this.options = options;
    this.siteDir = options.siteDir().toAbsolutePath().normalize();
    this.session = new SiteSession(BuildOptions.of(siteDir).withDrafts(options.drafts()).withFuture(options.future()));
    try (InputStream in = DevServer.class.getResourceAsStream("reload.js")) {
      this.script = in.readAllBytes();
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("the live-reload script is missing from the jar", e);
    }
  }

  /**
   * Builds the site, starts serving and watching. A site that does not build yet still gets served: its pages
   * show the problems until they are fixed.
   *
   * @throws ShareworthyException when the site folder does not exist, or the address or port cannot be used
   */
  public static DevServer start(ServeOptions options) {
    if (!Files.isDirectory(options.siteDir())) {
      throw ShareworthyException.of(options.siteDir().toString(), 0, "the site folder does not exist");
    }
    DevServer server = new DevServer(options);
    try {
      server.open();
      return server;
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  private void open() {
    long start = System.nanoTime();
    bind();
    rebuild(Set.of(), start, true);
    try {
      watcher = new SourceWatcher(siteDir, batch -> rebuild(batch.paths(), batch.firstEvent(), false));
    } catch (IOException e) {
      throw new ShareworthyException(new Problem(siteDir.toString(), 0, "cannot watch the site's files: " + e), e);
    }
    watcher.start();
    server.start();
  }

  private void bind() {
    InetAddress address;
    try {
      address = InetAddress.getByName(options.bind());
    } catch (UnknownHostException e) {
      throw ShareworthyException.of("--bind", 0, "cannot listen on '" + options.bind() + "': unknown address; "
          + "use an address of this machine such as 127.0.0.1");
    }
    int port = options.port();
    for (int tries = 1; ; tries++, port++) {
      try {
        server = HttpServer.create(new InetSocketAddress(address, port), 64);
        break;
      } catch (BindException e) {
        if (!options.nextFreePort() || options.port() == 0 || tries >= MAX_PORT_TRIES || port == 65535) {
          throw ShareworthyException.of("--port", 0, "port " + port + " on " + options.bind() + " is in use "
              + "(another server is running there); stop it or choose another port with --port");
        }
      } catch (IOException e) {
        throw new ShareworthyException(new Problem("--bind", 0, "cannot listen on " + options.bind() + ":" + port
            + ": " + e.getMessage()), e);
      }
    }
    if (port != options.port() && options.port() != 0) {
      notice = "Port " + options.port() + " is in use, so serving on port " + port + " instead.";
    }
    // Bounded: a burst of requests queues, then runs on the accepting thread (which slows accepting) instead
    // of growing threads without end. Live-reload streams hold no thread.
    AtomicInteger threads = new AtomicInteger();
    executor = new ThreadPoolExecutor(4, 16, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(256), r -> {
      Thread t = new Thread(r, "shareworthy-http-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    }, new ThreadPoolExecutor.CallerRunsPolicy());
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  /** The address pages are served at, base path included, such as {@code http://127.0.0.1:1313/}. */
  public URI url() {
    InetSocketAddress address = server.getAddress();
    String host = address.getAddress().isAnyLocalAddress() ? "localhost" : address.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    State s = state;
    String base = s != null && s.site() != null ? s.site().site().basePath() : "/";
    return URI.create("http://" + host + ":" + address.getPort() + base);
  }

  /** The port listened on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Something the user should hear, such as the port having moved because the asked one was taken; or null. */
  public String notice() {
    return notice;
  }

  /** The site as served now, or null when it has never built. */
  public SiteSnapshot site() {
    return state.site();
  }

  /** The problems standing now; empty when the last build succeeded. */
  public List<Problem> problems() {
    return state.problems();
  }

  /** How many builds and rebuilds have finished, successful or not; the first build is 1. */
  public long outcomes() {
    synchronized (outcomes) {
      return outcomeCount;
    }
  }

  /**
   * Waits until a build or rebuild after the {@code after}-th has finished, for tests and tools that edit
   * files and want to see the result.
   *
   * @return its outcome, or null when none finished within {@code timeout}
   */
  public Outcome awaitOutcome(long after, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (outcomes) {
      while (outcomeCount <= after) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return null;
        }
        TimeUnit.NANOSECONDS.timedWait(outcomes, left);
      }
      return lastOutcome; // the latest: with several finished, it is the state the files are in now
    }
  }

  /** How many pages are listening for live reload. */
  public int liveReloadClients() {
    return liveReload.clients();
  }

  private void rebuild(Set<Path> changed, long firstEvent, boolean first) {
    State before = state;
    List<String> sources = new ArrayList<>();
    for (Path p : changed) {
      if (p.startsWith(siteDir) && !p.equals(siteDir)) {
        sources.add(siteDir.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/"));
      }
    }
    try {
      Rebuild rebuild = first || changed.contains(siteDir) ? session.build() : session.update(changed);
      SiteSnapshot site = rebuild.snapshot();
      synchronized (this) {
        state = new State(site, List.of(), Instant.now());
      }
      boolean wasBroken = before != null && !before.problems().isEmpty();
      if (!first && (wasBroken || !rebuild.changed().isEmpty())) {
        if (rebuild.stylesOnly() && !wasBroken) {
          List<String> urls = rebuild.changed().stream().sorted().map(f -> site.site().url("/" + f)).toList();
          liveReload.styles(site.version(), urls);
        } else {
          liveReload.reload(site.version());
        }
      }
      Duration announced = Duration.ofNanos(System.nanoTime() - firstEvent);
      options.listener().rebuilt(rebuild, sources);
      finished(new Outcome(0, rebuild, List.of(), announced));
      for (ServeExtension extension : options.extensions()) {
        extension.rebuilt(rebuild); // after the announcement: the checks of the panel never delay a reload
      }
      // Pages that only list what changed render after the announcement, unless a request renders one first.
      pendingRenderer.execute(() -> renderPending(site));
    } catch (ShareworthyException e) {
      fail(e.problems(), firstEvent);
    } catch (UncheckedIOException e) {
      fail(List.of(new Problem("", 0, "cannot read the site's files: " + e.getCause())), firstEvent);
    } catch (RuntimeException e) {
      fail(List.of(new Problem("", 0, "the rebuild failed: " + e)), firstEvent);
    }
  }

  private void renderPending(SiteSnapshot site) {
    try {
      site.renderPending(() -> state.site() == site);
    } catch (ShareworthyException e) {
      synchronized (this) {
        if (state.site() != site || !state.problems().isEmpty()) {
          return; // a newer version is served, or the problems already show
        }
        state = new State(site, e.problems(), Instant.now());
      }
      liveReload.problems(e.problems());
      options.listener().failed(e.problems());
    }
  }

  private void fail(List<Problem> problems, long firstEvent) {
    synchronized (this) {
      SiteSnapshot last = state != null ? state.site() : null;
      state = new State(last, problems, Instant.now());
    }
    liveReload.problems(problems);
    options.listener().failed(problems);
    finished(new Outcome(0, null, problems, Duration.ofNanos(System.nanoTime() - firstEvent)));
  }

  private void finished(Outcome outcome) {
    synchronized (outcomes) {
      outcomeCount++;
      lastOutcome = new Outcome(outcomeCount, outcome.rebuild(), outcome.problems(), outcome.announced());
      outcomes.notifyAll();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    boolean streaming = false;
    try {
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      URI uri = exchange.getRequestURI();
      if (uri.getScheme() != null && !uri.getScheme().equalsIgnoreCase("http")) {
        Responses.text(exchange, 400, "Bad request: only http URLs are served here.");
        return;
      }
      String path = SafePath.decode(uri.getRawPath());
      if (path == null) {
        Responses.text(exchange, 400, "Bad request: the path is not allowed.");
        return;
      }
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        Responses.text(exchange, 405, "Method not allowed: the dev server only reads.");
        return;
      }
      State now = state;
      if (path.startsWith(PREFIX)) {
        streaming = own(exchange, path.substring(PREFIX.length()), uri.getRawQuery(), now);
      } else {
        new SiteResponder(exchange, now.site(), now.problems(), now.since(), this::pageInsert).serve(path,
            uri.getRawQuery());
      }
    } finally {
      if (!streaming) {
        exchange.close();
      }
    }
  }

  /** The server's own paths and the extensions'; returns whether the exchange stays open as an event stream. */
  private boolean own(HttpExchange exchange, String path, String query, State now) throws IOException {
    if ((PREFIX + path).equals(LiveReload.PATH)) {
      if (exchange.getRequestMethod().equals("HEAD")) {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.sendResponseHeaders(200, -1);
        return false;
      }
      liveReload.connect(exchange, () -> {
        State s = state;
        return LiveReload.hello(s.site() == null ? 0 : s.site().version(), s.problems());
      });
      return true;
    }
    if ((PREFIX + path).equals(SCRIPT_PATH)) {
      Responses.bytes(exchange, 200, "text/javascript; charset=utf-8", script, "no-cache");
      return false;
    }
    for (ServeExtension extension : options.extensions()) {
      ServeResponse response = extension.respond(path, query, now.site());
      if (response != null) {
        byte[] body = ContentTypes.isHtml(response.contentType())
            ? Injection.inject(response.body(), scriptTag(now.site()), "") : response.body();
        Responses.bytes(exchange, response.status(), response.contentType(), body, "no-store");
        return false;
      }
    }
    Responses.text(exchange, 404, "Not found: " + PREFIX + path);
    return false;
  }

  /** What goes before a served page's {@code </body>}: the extensions' panels, then the live-reload script. */
  private String pageInsert(String file, SiteSnapshot site) {
    StringBuilder insert = new StringBuilder();
    if (site != null) {
      for (ServeExtension extension : options.extensions()) {
        insert.append(extension.pageInsert(file, site));
      }
    }
    return insert.append(scriptTag(site)).toString();
  }

  /** The live-reload script, told which version the page is of (the one it was served from), or 0. */
  private static String scriptTag(SiteSnapshot site) {
    return "<script src=\"" + SCRIPT_PATH + "\" data-version=\"" + (site == null ? 0 : site.version()) + "\"></script>";
  }

  /**
   * Serves until the JVM is told to stop (Ctrl-C, SIGTERM), then closes: what the command line and the Maven
   * goal do after printing the address. An interrupt of the calling thread closes at once and is kept.
   */
  public void awaitStop() {
    java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
    Thread hook = new Thread(() -> {
      close();
      stopped.countDown();
    }, "shareworthy-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      stopped.await();
    } catch (InterruptedException e) {
      close();
      Runtime.getRuntime().removeShutdownHook(hook);
      Thread.currentThread().interrupt();
    }
  }

  /** Stops serving and watching; open pages lose their connection. Safe to call twice. */
  @Override
  public void close() {
    if (watcher != null) {
      watcher.close();
    }
    liveReload.close();
    pendingRenderer.shutdownNow();
    if (server != null) {
      server.stop(0);
    }
    if (executor != null) {
      executor.shutdownNow();
    }
    session.close();
    for (ServeExtension extension : options.extensions()) {
      extension.close();
    }
  }
}

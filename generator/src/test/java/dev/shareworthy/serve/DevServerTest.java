package dev.shareworthy.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shareworthy.Shareworthy;
import dev.shareworthy.ShareworthyException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dev server over real HTTP: serving rules, caching, methods, and what it refuses. */
class DevServerTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir
  Path temp;

  private Path site;
  private DevServer server;
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeEach
  void startServer() throws IOException {
    site = Files.createDirectories(temp.resolve("site"));
    write("site.yaml", "title: Served Blog\nbaseUrl: https://blog.example.com/\n");
    write("content/posts/hello.md", "---\ntitle: Hello\ndate: 2024-03-01\ntags: [greetings]\n---\nHello, readers.\n");
    write("content/posts/second.md", "---\ntitle: Second\ndate: 2024-03-02\n---\nThe second post.\n");
    write("content/pages/about.md", "---\ntitle: About\n---\nAbout this blog.\n");
    write("static/images/dot.png", "not really a png");
    write("static/notes/readme.txt", "plain text");
    write("static/data.json", "{}");
    // A secret beside the site that no request may reach.
    Files.writeString(temp.resolve("secret.txt"), "TOP SECRET");
    server = Shareworthy.serve(ServeOptions.of(site).withPort(0));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void servesPagesWithTheLiveReloadScriptAndCorrectTypes() throws Exception {
    HttpResponse<String> home = get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(home.body()).contains("Hello").contains("<script src=\"/_shareworthy/reload.js\"")
        .endsWith("</html>\n");

    assertThat(get("/css/style.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    assertThat(get("/images/dot.png").headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(get("/notes/readme.txt").headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
    assertThat(get("/data.json").headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(get("/feed.xml").headers().firstValue("Content-Type")).hasValue("application/rss+xml; charset=utf-8");
    assertThat(get("/sitemap.xml").headers().firstValue("Content-Type")).hasValue("application/xml; charset=utf-8");
    assertThat(get("/_shareworthy/reload.js").headers().firstValue("Content-Type"))
        .hasValue("text/javascript; charset=utf-8");
    // Only HTML gets the script.
    assertThat(get("/css/style.css").body()).doesNotContain("_shareworthy");
  }

  @Test
  void folderUrlsServeTheirIndexAndRedirectWithoutTheSlash() throws Exception {
    assertThat(get("/posts/hello/").body()).contains("Hello, readers.");
    assertThat(get("/posts/hello/index.html").body()).contains("Hello, readers.");

    HttpResponse<String> bare = get("/posts/hello?x=1");
    assertThat(bare.statusCode()).isEqualTo(301);
    assertThat(bare.headers().firstValue("Location")).hasValue("/posts/hello/?x=1");
  }

  @Test
  void aMissingFileGetsTheSites404PageWithStatus404() throws Exception {
    HttpResponse<String> missing = get("/no/such/page/");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("Page not found").contains("_shareworthy/reload.js");
  }

  @Test
  void unchangedFilesAre304ByEtagAndByDate() throws Exception {
    HttpResponse<String> first = get("/posts/hello/");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    String modified = first.headers().firstValue("Last-Modified").orElseThrow();

    assertThat(get("/posts/hello/", "If-None-Match", etag).statusCode()).isEqualTo(304);
    assertThat(get("/posts/hello/", "If-None-Match", "\"other\", " + etag).statusCode()).isEqualTo(304);
    assertThat(get("/posts/hello/", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    assertThat(get("/posts/hello/", "If-Modified-Since", modified).statusCode()).isEqualTo(304);
    assertThat(get("/posts/hello/", "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").statusCode())
        .isEqualTo(200);

    String cssTag = get("/css/style.css").headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> cached = get("/css/style.css", "If-None-Match", cssTag);
    assertThat(cached.statusCode()).isEqualTo(304);
    assertThat(cached.body()).isEmpty();
  }

  @Test
  void anEditChangesTheEtag() throws Exception {
    String before = get("/posts/hello/").headers().firstValue("ETag").orElseThrow();
    long n = server.outcomes();
    write("content/posts/hello.md", "---\ntitle: Hello\ndate: 2024-03-01\ntags: [greetings]\n---\nHello again.\n");
    awaitBody("/posts/hello/", "Hello again.", n);

    HttpResponse<String> after = get("/posts/hello/", "If-None-Match", before);
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(before);
  }

  @Test
  void headSendsTheHeadersWithoutTheBody() throws Exception {
    HttpResponse<String> get = get("/posts/hello/");
    HttpResponse<String> head = http.send(request("/posts/hello/").method("HEAD", HttpRequest.BodyPublishers.noBody())
        .build(), HttpResponse.BodyHandlers.ofString());

    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("Content-Length"))
        .hasValue(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length));
    assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"})
  void onlyGetAndHeadAreAllowed(String method) throws Exception {
    HttpResponse<String> response = http.send(request("/posts/hello/")
        .method(method, HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/../secret.txt",
      "/../../secret.txt",
      "/posts/../../secret.txt",
      "/%2e%2e/secret.txt",
      "/%2E%2E/%2e%2e/secret.txt",
      "/.%2e/secret.txt",
      "/posts%2F..%2F..%2Fsecret.txt",
      "/%2e%2e%2Fsecret.txt",
      "/%252e%252e/secret.txt",
      "/%252e%252e%252fsecret.txt",
      "/..%5csecret.txt",
      "/%5c..%5csecret.txt",
      "/posts/hello/%00",
      "/secret.txt%00.html",
      "/%c0%ae%c0%ae/secret.txt",
      "/%zz",
      "/./posts/hello/"})
  void refusesTraversalInEveryEncoding(String target) throws Exception {
    String response = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

    assertThat(response).startsWith("HTTP/1.1 400").doesNotContain("TOP SECRET");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/..\\secret.txt", "/posts\\..\\..\\secret.txt", "/a\u0000b"})
  void refusesBackslashesAndRawControlCharacters(String target) throws Exception {
    String response = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

    assertThat(response).startsWith("HTTP/1.1 400").doesNotContain("TOP SECRET");
  }

  @Test
  void absoluteUriTargetsServeOnlyTheSitesOwnPaths() throws Exception {
    String own = raw("GET http://elsewhere.example/posts/hello/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    assertThat(own).startsWith("HTTP/1.1 200").contains("Hello, readers.");

    String traversal = raw("GET http://localhost/../secret.txt HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    assertThat(traversal).startsWith("HTTP/1.1 400").doesNotContain("TOP SECRET");

    String file = raw("GET file:///etc/passwd HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    assertThat(file).startsWith("HTTP/1.1 400").doesNotContain("root:");
  }

  @Test
  void symbolicLinksOutOfTheSiteAreNotServed() throws Exception {
    Path link = site.resolve("static/leak.txt");
    Path dirLink = site.resolve("static/outside");
    try {
      Files.createSymbolicLink(link, temp.resolve("secret.txt"));
      Files.createSymbolicLink(dirLink, temp);
    } catch (UnsupportedOperationException | IOException e) {
      org.junit.jupiter.api.Assumptions.assumeTrue(false, "symbolic links are not supported here: " + e);
    }
    long n = server.outcomes();
    write("static/trigger.txt", "a change, so the static files are collected again");
    awaitBody("/trigger.txt", "a change", n);

    assertThat(get("/leak.txt").statusCode()).isEqualTo(404);
    assertThat(get("/leak.txt").body()).doesNotContain("TOP SECRET");
    assertThat(get("/outside/secret.txt").statusCode()).isEqualTo(404);
  }

  @Test
  void neverWritesIntoTheSiteFolder() throws Exception {
    long n = server.outcomes();
    write("content/posts/second.md", "---\ntitle: Second\ndate: 2024-03-02\n---\nEdited.\n");
    List<String> before = listing();
    awaitBody("/posts/second/", "Edited.", n);
    get("/");

    assertThat(listing()).isEqualTo(before);
  }

  @Test
  void aTakenPortFailsClearlyOrMovesOnSayingSo() throws Exception {
    int taken = server.port();
    assertThatThrownBy(() -> Shareworthy.serve(ServeOptions.of(site).withPort(taken)))
        .isInstanceOf(ShareworthyException.class)
        .hasMessageContaining("port " + taken + " on 127.0.0.1 is in use")
        .hasMessageContaining("--port");

    ServeOptions movesOn = new ServeOptions(site, "127.0.0.1", taken, true, false, false, null, List.of());
    try (DevServer second = Shareworthy.serve(movesOn)) {
      assertThat(second.port()).isNotEqualTo(taken);
      assertThat(second.notice()).isEqualTo("Port " + taken + " is in use, so serving on port " + second.port()
          + " instead.");
      assertThat(get(second.url(), "/posts/hello/").body()).contains("Hello, readers.");
    }
  }

  @Test
  void listensOnLoopbackByDefault() {
    assertThat(ServeOptions.of(site).bind()).isEqualTo("127.0.0.1");
    assertThat(server.url().getHost()).isEqualTo("127.0.0.1");
  }

  @Test
  void aSiteThatDoesNotBuildIsStillServedWithItsProblems() throws Exception {
    Path broken = Files.createDirectories(temp.resolve("broken"));
    Files.writeString(broken.resolve("site.yaml"), "title: Broken\nbaseUrl: https://b.example.com/\n");
    Files.createDirectories(broken.resolve("content/posts"));
    Files.writeString(broken.resolve("content/posts/bad.md"), "---\ntitle: [unclosed\ndate: 2024-01-01\n---\nx\n");
    try (DevServer s = Shareworthy.serve(ServeOptions.of(broken).withPort(0))) {
      assertThat(s.problems()).extracting(p -> p.file()).containsExactly("content/posts/bad.md");
      HttpResponse<String> page = get(s.url(), "/");
      assertThat(page.statusCode()).isEqualTo(500);
      assertThat(page.body()).contains("content/posts/bad.md").contains("_shareworthy/reload.js");

      long n = s.outcomes();
      Files.writeString(broken.resolve("content/posts/bad.md"), "---\ntitle: Good\ndate: 2024-01-01\n---\nFixed.\n");
      DevServer.Outcome fixed = s.awaitOutcome(n, WAIT);
      assertThat(fixed).isNotNull();
      assertThat(fixed.succeeded()).isTrue();
      assertThat(get(s.url(), "/posts/bad/").body()).contains("Fixed.");
    }
  }

  @Test
  void eventsGreetWithTheVersionAndAnnounceEdits() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout((int) WAIT.toMillis());
      socket.getOutputStream().write("GET /_shareworthy/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      assertThat(readUntil(in, "event: hello")).contains("text/event-stream");
      assertThat(in.readLine()).isEqualTo("data: {\"version\":1,\"problems\":[]}");
      awaitClients(1);

      write("content/posts/hello.md", "---\ntitle: Hello\ndate: 2024-03-01\n---\nNew words.\n");
      readUntil(in, "event: reload");
      assertThat(in.readLine()).startsWith("data: {\"version\":");

      write("content/posts/hello.md", "---\ntitle: [broken\ndate: 2024-03-01\n---\nNew words.\n");
      readUntil(in, "event: problems");
      assertThat(in.readLine()).contains("\"file\":\"content/posts/hello.md\"", "\"line\":");
    }
  }

  private void awaitClients(int n) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (server.liveReloadClients() < n && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(server.liveReloadClients()).isGreaterThanOrEqualTo(n);
  }

  private static String readUntil(BufferedReader in, String line) throws IOException {
    StringBuilder seen = new StringBuilder();
    for (String l = in.readLine(); l != null; l = in.readLine()) {
      seen.append(l).append('\n');
      if (l.equals(line)) {
        return seen.toString();
      }
    }
    throw new AssertionError("stream ended before '" + line + "':\n" + seen);
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> files = Files.walk(site)) {
      return files.map(p -> site.relativize(p) + (Files.isDirectory(p) ? "/" : " " + p.toFile().length())).sorted()
          .toList();
    }
  }

  /** Polls until {@code path} shows {@code text}, after at least one rebuild since {@code outcomesBefore}. */
  private void awaitBody(String path, String text, long outcomesBefore) throws Exception {
    assertThat(server.awaitOutcome(outcomesBefore, WAIT)).as("a rebuild after the edit").isNotNull();
    long deadline = System.nanoTime() + WAIT.toNanos();
    String body = "";
    while (System.nanoTime() < deadline) {
      body = get(path).body();
      if (body.contains(text)) {
        return;
      }
      server.awaitOutcome(server.outcomes(), Duration.ofMillis(200));
    }
    assertThat(body).as(path).contains(text);
  }

  private String raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout((int) WAIT.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(server.url().resolve(path.substring(1))).timeout(WAIT);
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    return get(server.url(), path, headers);
  }

  private HttpResponse<String> get(URI base, String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path.substring(1))).timeout(WAIT);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private void write(String relative, String text) throws IOException {
    Path file = site.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}

package dev.shareworthy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServeCommandTest extends CommandLineTest {

  @BeforeEach
  void miniSite() throws Exception {
    write("site.yaml", "title: Mini\nbaseUrl: https://example.com/blog/\n");
    write("content/posts/2024-05-01-hello.md", "---\ntitle: Hello\n---\nHi there.\n");
  }

  @Test
  void servesUntilStoppedAndSaysWhere() throws Exception {
    AtomicInteger code = new AtomicInteger(-1);
    Thread serving = new Thread(() -> code.set(run("serve", site.toString(), "--port", "0")));
    serving.start();
    try {
      Matcher url = awaitOutput(Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/blog/) \\(Ctrl-C to stop\\)"));
      assertThat(out.toString()).contains("Built ").contains("pages rendered");

      HttpResponse<String> post = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(url.group(1) + "posts/hello/")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(post.statusCode()).isEqualTo(200);
      assertThat(post.body()).contains("Hi there.");
    } finally {
      serving.interrupt(); // as Ctrl-C does through the shutdown hook
      serving.join(20_000);
    }
    assertThat(code.get()).isZero();
    assertThat(out.toString()).contains("Stopped.");
  }

  @Test
  void aPortGivenAndTakenIsAClearError() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();

      assertThat(run("serve", site.toString(), "--port", String.valueOf(port))).isEqualTo(2);

      assertThat(err.toString()).contains("--port: port " + port + " on 127.0.0.1 is in use")
          .contains("choose another port with --port");
    }
  }

  @Test
  void aMissingSiteFolderIsAnInputError() {
    assertThat(run("serve", site.resolve("nowhere").toString(), "--port", "0")).isEqualTo(2);

    assertThat(err.toString()).contains("the site folder does not exist");
  }

  @Test
  void helpNamesTheOptions() {
    assertThat(run("serve", "--help")).isZero();

    assertThat(out.toString()).contains("--port", "--bind", "--drafts", "--future", "1313", "127.0.0.1");
  }

  private Matcher awaitOutput(Pattern pattern) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      Matcher m = pattern.matcher(out.toString());
      if (m.find()) {
        return m;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no line matching " + pattern + " in:\n" + out + err);
  }
}

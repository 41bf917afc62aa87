package dev.shareworthy.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shareworthy.Shareworthy;
import dev.shareworthy.build.Rebuild;
import dev.shareworthy.build.SiteSnapshot;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many concurrent requests on loopback while a post is edited over and over, bounded in requests and time:
 * no request fails, and every page is one whole version of the site: its revision matches the version the
 * server says it is, title and body alike.
 */
class DevServerLoadTest {

  private static final int CLIENTS = 8;
  private static final int MAX_REQUESTS = 2000;
  private static final Duration MAX_TIME = Duration.ofSeconds(8);
  private static final int EDITS = 30;
  private static final Pattern REV = Pattern.compile("rev-(\\d+)");
  private static final Pattern VERSION = Pattern.compile("data-version=\"(\\d+)\"");

  @TempDir
  Path temp;

  @Test
  void concurrentRequestsDuringEditsAllSucceedAndSeeWholeVersions() throws Exception {
    Path site = Files.createDirectories(temp.resolve("site"));
    Path scratch = Files.createDirectories(temp.resolve("scratch"));
    Files.writeString(site.resolve("site.yaml"), "title: Load\nbaseUrl: https://load.example.com/\npostsPerPage: 5\n");
    for (int i = 1; i <= 20; i++) {
      writeAtomically(site.resolve("content/posts/p" + i + ".md"), scratch,
          "---\ntitle: Post " + i + "\ndate: 2024-01-" + String.format("%02d", i) + "\ntags: [load]\n---\nBody " + i + ".\n");
    }
    writeAtomically(site.resolve("content/posts/edited.md"), scratch, edited(0));

    // The revision each served version holds, recorded as the server announces it.
    Map<Long, Integer> revisionOf = new ConcurrentHashMap<>();
    ServeListener recorder = new ServeListener() {
      @Override
      public void rebuilt(Rebuild rebuild, List<String> sources) {
        SiteSnapshot s = rebuild.snapshot();
        String title = s.posts().stream().filter(p -> p.source().endsWith("edited.md")).findFirst().orElseThrow().title();
        Matcher m = REV.matcher(title);
        assertThat(m.find()).isTrue();
        revisionOf.put(s.version(), Integer.parseInt(m.group(1)));
      }
    };
    try (DevServer server = Shareworthy.serve(ServeOptions.of(site).withPort(0).withListener(recorder))) {
      URI base = server.url();
      List<String> paths = List.of("", "posts/edited/", "tags/load/", "archive/", "posts/p3/", "css/style.css",
          "feed.xml", "page/2/");
      HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
      AtomicInteger sent = new AtomicInteger();
      List<String> failures = new CopyOnWriteArrayList<>();
      List<String[]> pages = new CopyOnWriteArrayList<>(); // path, body
      long deadline = System.nanoTime() + MAX_TIME.toNanos();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int offset = c;
        running.add(clients.submit(() -> {
          for (int n = offset; sent.incrementAndGet() <= MAX_REQUESTS && System.nanoTime() < deadline; n++) {
            String path = paths.get(n % paths.size());
            try {
              HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                  .build(), HttpResponse.BodyHandlers.ofString());
              if (r.statusCode() != 200) {
                failures.add(path + ": status " + r.statusCode());
              } else if (path.isEmpty() || path.endsWith("/")) {
                pages.add(new String[] {path, r.body()});
              }
            } catch (IOException | InterruptedException e) {
              failures.add(path + ": " + e);
            }
          }
          return null;
        }));
      }
      running.add(clients.submit(() -> {
        for (int rev = 1; rev <= EDITS && System.nanoTime() < deadline; rev++) {
          writeAtomically(site.resolve("content/posts/edited.md"), scratch, edited(rev));
          Thread.sleep(40); // an editor saving often; not a timing assumption of the test
        }
        return null;
      }));
      for (Future<?> f : running) {
        f.get();
      }
      clients.shutdown();

      assertThat(failures).isEmpty();
      assertThat(sent.get()).isGreaterThan(CLIENTS);
      assertThat(revisionOf.size()).as("rebuilds during the run").isGreaterThan(1);
      int checked = 0;
      for (String[] page : pages) {
        String body = page[1];
        assertThat(body).as(page[0]).endsWith("</html>\n");
        Matcher version = VERSION.matcher(body);
        assertThat(version.find()).as(page[0]).isTrue();
        Integer expected = revisionOf.get(Long.parseLong(version.group(1)));
        Matcher rev = REV.matcher(body);
        while (expected != null && rev.find()) {
          assertThat(Integer.parseInt(rev.group(1))).as(page[0] + " of version " + version.group(1))
              .isEqualTo(expected);
          checked++;
        }
      }
      assertThat(checked).isGreaterThan(0);
    }
  }

  private static String edited(int rev) {
    return "---\ntitle: Edited rev-" + rev + "\ndate: 2024-02-01\ntags: [load]\ndescription: Now at rev-" + rev
        + ".\n---\nThe body at rev-" + rev + ".\n\n" + "More words. ".repeat(200) + "\n";
  }

  /** Written beside and moved in, as editors save: the watcher never sees a half-written file. */
  private static void writeAtomically(Path file, Path scratch, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = Files.createTempFile(scratch, "edit", ".md");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}

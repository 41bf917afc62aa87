import dev.shareworthy.Shareworthy;
import dev.shareworthy.content.Post;
import dev.shareworthy.serve.DevServer;
import dev.shareworthy.serve.ServeExtension;
import dev.shareworthy.serve.ServeOptions;
import dev.shareworthy.serve.WritingAids;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the findings panel costs while serving a site: the first /_shareworthy/ list (every page checked on
 * demand), then over EDITS saves of one post: the edit's announcement (file saved to open pages told, which the
 * checks must not slow), the background checks of the changed pages, and save to the panel's findings for the
 * new version complete with the site-wide rules.
 *
 *   java -cp shareworthy.jar:. PanelTimer SITE_DIR [EDITS] [off]
 *
 * With {@code off}, the server runs without the writing aids and only the announcement is timed: the baseline.
 */
public class PanelTimer {

  public static void main(String[] args) throws Exception {
    Path site = Path.of(args[0]);
    int edits = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    boolean off = args.length > 2 && args[2].equals("off");
    WritingAids aids = new WritingAids(site);
    try (DevServer server = Shareworthy.serve(ServeOptions.of(site).withPort(0)
        .withExtensions(off ? List.<ServeExtension>of() : List.<ServeExtension>of(aids)))) {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port();
      Post post = server.site().posts().get(server.site().posts().size() / 2);
      Path file = site.resolve(post.source());
      String original = Files.readString(file);

      if (off) {
        List<Double> announced = new ArrayList<>();
        for (int i = -3; i < edits; i++) {
          long n = server.outcomes();
          Files.writeString(file, original + "\n\nEdit number " + i + " adds a sentence of its own.\n");
          DevServer.Outcome outcome = server.awaitOutcome(n, Duration.ofSeconds(60));
          if (i >= 0) {
            announced.add(outcome.announced().toNanos() / 1e6);
          }
          Thread.sleep(1000);
        }
        Files.writeString(file, original);
        System.out.printf("%d posts, %d edits, without the writing aids: announced median %.1f ms (worst %.1f)%n",
            server.site().posts().size(), edits, median(announced), Collections.max(announced));
        return;
      }
      // The list answers within a few seconds with the posts checked so far; it is reloaded until all are in.
      long t0 = System.nanoTime();
      int requests = 0;
      HttpResponse<String> list;
      do {
        list = http.send(HttpRequest.newBuilder(URI.create(base + "/_shareworthy/")).build(),
            HttpResponse.BodyHandlers.ofString());
        requests++;
      } while (list.body().contains("Checking posts:"));
      double listMs = (System.nanoTime() - t0) / 1e6;
      t0 = System.nanoTime();
      http.send(HttpRequest.newBuilder(URI.create(base + "/_shareworthy/")).build(), HttpResponse.BodyHandlers.ofString());
      double listAgainMs = (System.nanoTime() - t0) / 1e6;
      System.out.printf("%d posts: /_shareworthy/ list complete after %.0f ms (%d requests, status %d, %d KB), "
          + "again %.0f ms%n", server.site().posts().size(), listMs, requests, list.statusCode(),
          list.body().length() / 1024, listAgainMs);

      List<Double> announced = new ArrayList<>();
      List<Double> checks = new ArrayList<>();
      List<Double> ready = new ArrayList<>();
      List<Double> wide = new ArrayList<>();
      URI findings = URI.create(base + "/_shareworthy/findings?page=" + post.path());
      for (int i = -3; i < edits; i++) {
        long n = server.outcomes();
        long saved = System.nanoTime();
        Files.writeString(file, original + "\n\nEdit number " + i + " adds a sentence of its own.\n");
        DevServer.Outcome outcome = server.awaitOutcome(n, Duration.ofSeconds(60));
        long version = server.site().version();
        String body;
        do {
          body = http.send(HttpRequest.newBuilder(findings).build(), HttpResponse.BodyHandlers.ofString()).body();
        } while (!(body.contains("\"version\":" + version + ",") && body.contains("\"complete\":true")));
        double readyMs = (System.nanoTime() - saved) / 1e6;
        if (i >= 0) { // the first saves warm the JIT up
          announced.add(outcome.announced().toNanos() / 1e6);
          checks.add(aids.lastCheckNanos() / 1e6);
          ready.add(readyMs);
          wide.add(aids.lastSiteWideNanos() / 1e6);
        }
        Thread.sleep(1000); // saves a second apart, as a writer saves, each its own rebuild
      }
      Files.writeString(file, original);
      System.out.printf("%d posts, %d edits: announced median %.1f ms (worst %.1f); background checks of the "
              + "changed pages median %.1f ms (worst %.1f); save to complete findings median %.0f ms (worst %.0f)%n",
          server.site().posts().size(), edits, median(announced), Collections.max(announced), median(checks),
          Collections.max(checks), median(ready), Collections.max(ready));
      System.out.printf("%d posts: site-wide rules after each edit median %.1f ms (worst %.1f)%n",
          server.site().posts().size(), median(wide), Collections.max(wide));
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}

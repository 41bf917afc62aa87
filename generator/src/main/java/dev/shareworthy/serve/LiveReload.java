package dev.shareworthy.serve;

import com.sun.net.httpserver.HttpExchange;
import dev.shareworthy.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The Server-Sent Events stream open pages listen to ({@code /_shareworthy/events}). A connection does not hold
 * a request thread: its handler registers it and returns, and events are written from the rebuild thread.
 * Events: {@code hello} on connecting (the served version and any standing problems), {@code reload},
 * {@code css} (stylesheets to swap in place) and {@code problems} (a build error to show over the page).
 */
final class LiveReload implements AutoCloseable {

  static final String PATH = "/_shareworthy/events";
  private static final long KEEP_ALIVE_SECONDS = 15;

  private final Set<HttpExchange> clients = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "shareworthy-sse-keepalive");
    t.setDaemon(true);
    return t;
  });

  LiveReload() {
    // A comment line now and then finds connections whose browser went away, and keeps proxies from closing them.
    keepAlive.scheduleAtFixedRate(() -> broadcast(": keep-alive\n\n"), KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS,
        TimeUnit.SECONDS);
  }

  /** Opens the stream of one page, greeting it with the state as it is now. */
  void connect(HttpExchange exchange, Supplier<String> hello) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    // Registered before the greeting: a rebuild between the two is then sent, never lost.
    clients.add(exchange);
    if (!send(exchange, "retry: 500\n" + event("hello", hello.get()))) {
      clients.remove(exchange);
    }
  }

  int clients() {
    return clients.size();
  }

  void reload(long version) {
    broadcast(event("reload", "{\"version\":" + version + "}"));
  }

  void styles(long version, List<String> urls) {
    broadcast(event("css", "{\"version\":" + version + ",\"files\":" + Json.strings(urls) + "}"));
  }

  void problems(List<Problem> problems) {
    broadcast(event("problems", "{\"problems\":" + Json.problems(problems) + "}"));
  }

  static String hello(long version, List<Problem> problems) {
    return "{\"version\":" + version + ",\"problems\":" + Json.problems(problems) + "}";
  }

  private static String event(String name, String json) {
    return "event: " + name + "\ndata: " + json + "\n\n";
  }

  private void broadcast(String message) {
    for (HttpExchange client : clients) {
      if (!send(client, message)) {
        clients.remove(client);
      }
    }
  }

  private static boolean send(HttpExchange client, String message) {
    try {
      OutputStream out = client.getResponseBody();
      synchronized (client) {
        out.write(message.getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
      return true;
    } catch (IOException | RuntimeException e) {
      client.close(); // the page went away
      return false;
    }
  }

  @Override
  public void close() {
    keepAlive.shutdownNow();
    for (HttpExchange client : clients) {
      client.close();
    }
    clients.clear();
  }
}

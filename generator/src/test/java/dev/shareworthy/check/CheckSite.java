package dev.shareworthy.check;

import dev.shareworthy.Shareworthy;
import dev.shareworthy.build.BuildOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Writes small sites for the check tests and runs the checks over them. */
final class CheckSite {

  final Path dir;

  CheckSite(Path dir, String extraSiteYaml) {
    this.dir = dir;
    write("site.yaml", "title: Test Blog\nbaseUrl: https://blog.example.com/\nauthor: Ada\n" + extraSiteYaml);
  }

  CheckSite write(String relative, String text) {
    try {
      Path file = dir.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  CheckSite post(String name, String frontMatter, String body) {
    return write("content/posts/" + name + ".md", "---\n" + frontMatter + "---\n" + body + "\n");
  }

  CheckReport check() {
    return Shareworthy.build(BuildOptions.of(dir).withOutput(dir.resolve("out"))
        .withNow(Instant.parse("2026-01-01T00:00:00Z")).withChecks(true)).checks();
  }

  static List<Finding> of(CheckReport report, String rule) {
    return report.findings().stream().filter(f -> f.rule().equals(rule)).toList();
  }

  /** A paragraph of plain prose of about 90 words on a topic, different for each topic. */
  static String prose(String topic) {
    return "I started thinking about " + topic + " on a quiet Sunday. Most people never notice " + topic
        + " until it goes wrong. It is easy to miss the small parts that matter. My first attempt at " + topic
        + " was slow and a bit clumsy. A friend showed me a simpler way, and it stuck. Now I keep a short list of"
        + " steps and follow it each time. The list is not clever, but it works. I write down what went wrong so"
        + " that I can fix it next time. That habit has saved me more time than any tool.";
  }
}

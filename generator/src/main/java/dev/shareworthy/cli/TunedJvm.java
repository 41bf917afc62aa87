package dev.shareworthy.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the command line in a second JVM tuned for a short batch job, because {@code java -jar} cannot name
 * JVM options. A build is over in seconds, so the optimising compiler never pays back: with two cores it
 * spent more CPU compiling than the build spent working (a 1,000-post build took 4.9 s with the defaults
 * and 2.8 s with C1 only). The serial collector keeps a 10,000-post build under 400 MiB where the default
 * collector grew past 1 GiB. Options given to the first JVM are passed on, so {@code -Xmx} still works.
 */
final class TunedJvm {

  static final String LAUNCHED = "shareworthy.launched";
  /** Commands that do enough work to pay for a second JVM's start (about 0.1 s); --help stays here. */
  private static final java.util.Set<String> BATCH_COMMANDS = java.util.Set.of("build");

  private TunedJvm() {}

  /**
   * Runs {@code args} in a tuned child JVM and returns its exit code, or empty where that cannot or should
   * not be done: a command that is not a batch job, already in the child, {@code SHAREWORTHY_NO_FORK} set, not started from the jar, or the
   * child could not be started. Then the caller runs the command itself.
   */
  static Optional<Integer> run(String[] args) {
    boolean batch = args.length > 0 && BATCH_COMMANDS.contains(args[0]);
    if (!batch || System.getProperty(LAUNCHED) != null || System.getenv("SHAREWORTHY_NO_FORK") != null) {
      return Optional.empty();
    }
    Optional<Path> jar = ownJar();
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    if (jar.isEmpty() || !Files.isExecutable(java)) {
      return Optional.empty();
    }
    List<String> inherited = ManagementFactory.getRuntimeMXBean().getInputArguments();
    if (inherited.stream().anyMatch(a -> a.startsWith("-agentlib") || a.startsWith("-javaagent"))) {
      return Optional.empty(); // a debugger or profiler is attached to this JVM: stay in it
    }
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    if (inherited.stream().noneMatch(a -> a.startsWith("-XX:TieredStopAtLevel") || a.contains("TieredCompilation"))) {
      command.add("-XX:TieredStopAtLevel=1");
    }
    if (inherited.stream().noneMatch(a -> a.matches("-XX:\\+Use\\w*GC"))) {
      command.add("-XX:+UseSerialGC");
    }
    command.addAll(inherited);
    command.add("-D" + LAUNCHED + "=true");
    command.add("-cp");
    command.add(jar.get().toString());
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Process child;
    try {
      child = new ProcessBuilder(command).inheritIO().start();
    } catch (IOException e) {
      return Optional.empty();
    }
    // If this JVM is stopped (Ctrl-C, a CI timeout), the child must not go on alone.
    Thread stopChild = new Thread(child::destroy);
    Runtime.getRuntime().addShutdownHook(stopChild);
    try {
      return Optional.of(child.waitFor());
    } catch (InterruptedException e) {
      child.destroy();
      Thread.currentThread().interrupt();
      return Optional.of(130);
    }
  }

  private static Optional<Path> ownJar() {
    try {
      var source = TunedJvm.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return Optional.empty();
      }
      Path path = Paths.get(source.getLocation().toURI());
      return path.toString().endsWith(".jar") && Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}

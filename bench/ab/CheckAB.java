import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Compares two versions' check phase in one JVM: each jar gets its own class loader, and their rounds alternate
 * (A B, then B A...), so a machine whose speed drifts slows both alike. Prints each round, the median of B's CPU
 * time over A's in the same round, and the median CPU time of each version, the first round (compiling) left out.
 * What a round runs is {@code -Dab.phase}: the check phase by default. CheckAB A.jar B.jar SITE BUILT_OUTPUT ROUNDS
 */
public final class CheckAB {
  public static void main(String[] args) throws Exception {
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    int rounds = Integer.parseInt(args[4]);
    Path classes = Path.of(System.getProperty("ab.classes"));
    Method[] round = new Method[2];
    for (int v = 0; v < 2; v++) {
      URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[v]).toUri().toURL(), classes.toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      Class<?> phase = loader.loadClass(System.getProperty("ab.phase", "dev.shareworthy.build.CheckPhase"));
      phase.getMethod("prepare", String.class, String.class).invoke(null, args[2], args[3]);
      round[v] = phase.getMethod("round");
    }
    List<List<Double>> cpu = List.of(new ArrayList<>(), new ArrayList<>());
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < 2; k++) {
        int v = r % 2 == 0 ? k : 1 - k;
        System.gc();
        long wall = System.nanoTime();
        long start = os.getProcessCpuTime();
        int findings = (Integer) round[v].invoke(null);
        double seconds = (os.getProcessCpuTime() - start) / 1e9;
        if (r > 0) {
          cpu.get(v).add(seconds);
        }
        System.out.printf("round %d, %s: %.2f s wall, %.2f s CPU, %d found%n", r, v == 0 ? "A" : "B",
            (System.nanoTime() - wall) / 1e9, seconds, findings);
      }
    }
    // Each round's B against its A: both ran within seconds of each other, so a drifting machine moves them alike.
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < cpu.get(0).size(); i++) {
      ratios.add(cpu.get(1).get(i) / cpu.get(0).get(i));
    }
    Collections.sort(ratios);
    System.out.printf("B/A per round: median %.3f (%.3f to %.3f)%n", ratios.get(ratios.size() / 2), ratios.get(0),
        ratios.get(ratios.size() - 1));
    for (int v = 0; v < 2; v++) {
      List<Double> sorted = new ArrayList<>(cpu.get(v));
      Collections.sort(sorted);
      System.out.printf("%s (%s): median CPU %.2f s%n", v == 0 ? "A" : "B", args[v], sorted.get(sorted.size() / 2));
    }
  }
}

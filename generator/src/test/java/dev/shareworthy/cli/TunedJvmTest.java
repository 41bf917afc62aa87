package dev.shareworthy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TunedJvmTest {

  private static final long GB = 1L << 30;

  @Test
  void aPlainRunGetsC1TheSerialCollectorARoomyHeapAndWritesAClassArchive() {
    assertThat(TunedJvm.options(List.of(), null, Path.of("/c/a.jsa.tmp"), 16 * GB))
        .containsExactly("-XX:TieredStopAtLevel=1", "-XX:CompileCommand=quiet", "-XX:CompileCommand=CompileThresholdScaling,dev.shareworthy.check.*::*,0.2",
            "-XX:+UseSerialGC", "-XX:MaxTenuringThreshold=1", "-Xms512m", "-Xmn128m",
            "-XX:ArchiveClassesAtExit=/c/a.jsa.tmp",
            "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
  }

  @Test
  void theUsersTenuringSettingIsKept() {
    assertThat(TunedJvm.options(List.of("-XX:MaxTenuringThreshold=6"), null, null, 16 * GB))
        .containsExactly("-XX:TieredStopAtLevel=1", "-XX:CompileCommand=quiet", "-XX:CompileCommand=CompileThresholdScaling,dev.shareworthy.check.*::*,0.2",
            "-XX:+UseSerialGC", "-Xms512m", "-Xmn128m", "-XX:MaxTenuringThreshold=6");
  }

  @Test
  void theHeapKeepsItsDefaultStartOnASmallMachineOrWhenTheUserSizesIt() {
    // With 2 GB the default limit is 512 MB: a 512 MB start would leave the heap no room to grow.
    assertThat(TunedJvm.options(List.of(), null, null, 2 * GB)).noneMatch(o -> o.startsWith("-Xm"));
    for (String own : List.of("-Xmx300m", "-Xms1g", "-Xmn64m", "-XX:MaxRAMPercentage=50", "-XX:NewRatio=3")) {
      assertThat(TunedJvm.options(List.of(own), null, null, 16 * GB)).as(own)
          .containsExactly("-XX:TieredStopAtLevel=1", "-XX:CompileCommand=quiet", "-XX:CompileCommand=CompileThresholdScaling,dev.shareworthy.check.*::*,0.2",
              "-XX:+UseSerialGC", "-XX:MaxTenuringThreshold=1", own);
    }
  }

  /** The JIT option only names classes that exist: a renamed package would silently lose the tuning. */
  @Test
  void theCheckCodeCompiledEarlyIsThere() throws Exception {
    String pkg = TunedJvm.CHECK_CODE.substring(0, TunedJvm.CHECK_CODE.indexOf(".*"));
    assertThat(Class.forName(pkg + ".CheckEngine")).isNotNull();
    assertThat(TunedJvm.options(List.of("-XX:CompileCommand=CompileThresholdScaling,*::*,0.5"), null, null, 16 * GB))
        .noneMatch(o -> o.contains(TunedJvm.CHECK_CODE)); // the user's own scaling wins
  }

  @Test
  void aLaterRunMapsTheArchive() {
    assertThat(TunedJvm.options(List.of(), Path.of("/c/a.jsa"), null, 16 * GB))
        .contains("-XX:SharedArchiveFile=/c/a.jsa").noneMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit"));
  }

  @Test
  void theUsersOwnOptionsArePassedOnAndWin() {
    List<String> options = TunedJvm.options(List.of("-Xmx2g", "-XX:+UseG1GC", "-XX:-TieredCompilation", "-Xshare:off"),
        Path.of("/c/a.jsa"), null, 16 * GB);

    assertThat(options).containsExactly("-Xmx2g", "-XX:+UseG1GC", "-XX:-TieredCompilation", "-Xshare:off");
  }

  @Test
  void pruningKeepsTheMostRecentlyUsedArchivesAndNothingElseOfTheCache(@TempDir Path cache) throws Exception {
    Instant now = Instant.parse("2026-11-22T12:00:00Z");
    for (int i = 0; i < 5; i++) { // i days unused
      touch(cache.resolve("classes-0.1.0-" + i + ".jsa"), now.minus(Duration.ofDays(i)));
    }
    touch(cache.resolve("classes-0.1.0-9.jsa.tmp-123"), now.minus(Duration.ofHours(1))); // a run writing it now
    touch(cache.resolve("classes-0.1.0-8.jsa.tmp-77"), now.minus(Duration.ofDays(3))); // a killed run's
    Files.createDirectories(cache.resolve("cards"));
    touch(cache.resolve("cards").resolve("classes-old.jsa"), now.minus(Duration.ofDays(400)));
    touch(cache.resolve("notes.txt"), now.minus(Duration.ofDays(400)));

    TunedJvm.prune(cache, 3, now);

    try (var left = Files.list(cache)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("classes-0.1.0-0.jsa",
          "classes-0.1.0-1.jsa", "classes-0.1.0-2.jsa", "classes-0.1.0-9.jsa.tmp-123", "cards", "notes.txt");
    }
    assertThat(cache.resolve("cards").resolve("classes-old.jsa")).exists();
  }

  private static void touch(Path file, Instant modified) throws Exception {
    Files.writeString(file, "x");
    Files.setLastModifiedTime(file, FileTime.from(modified));
  }
}

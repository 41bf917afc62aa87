package dev.shareworthy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TunedJvmTest {

  @Test
  void aPlainRunGetsC1TheSerialCollectorAndWritesAClassArchive() {
    assertThat(TunedJvm.options(List.of(), null, Path.of("/c/a.jsa.tmp")))
        .containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:MaxTenuringThreshold=1",
            "-XX:ArchiveClassesAtExit=/c/a.jsa.tmp",
            "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
  }

  @Test
  void theUsersTenuringSettingIsKept() {
    assertThat(TunedJvm.options(List.of("-XX:MaxTenuringThreshold=6"), null, null))
        .containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:MaxTenuringThreshold=6");
  }

  @Test
  void aLaterRunMapsTheArchive() {
    assertThat(TunedJvm.options(List.of(), Path.of("/c/a.jsa"), null))
        .contains("-XX:SharedArchiveFile=/c/a.jsa").noneMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit"));
  }

  @Test
  void theUsersOwnOptionsArePassedOnAndWin() {
    List<String> options = TunedJvm.options(List.of("-Xmx2g", "-XX:+UseG1GC", "-XX:-TieredCompilation", "-Xshare:off"),
        Path.of("/c/a.jsa"), null);

    assertThat(options).containsExactly("-Xmx2g", "-XX:+UseG1GC", "-XX:-TieredCompilation", "-Xshare:off");
  }
}

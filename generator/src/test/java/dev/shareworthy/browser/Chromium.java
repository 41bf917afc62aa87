package dev.shareworthy.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium as every browser test drives it: the same binaries (never a downloaded browser),
 * the same flags, and a profile folder of the test's own.
 */
public final class Chromium {

  private static final Path BINARY = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  /** Fails in CI, where the browser tests must run, and skips elsewhere when Chromium is not installed. */
  public static void require() {
    if (Files.isExecutable(BINARY) && Files.isExecutable(DRIVER)) {
      return;
    }
    String missing = BINARY + " and " + DRIVER + " are needed for the browser tests;"
        + " install them with `sudo bash .ci/install-deps.sh` (Debian's chromium and chromium-driver)";
    if (System.getenv("CI") != null) {
      fail(missing);
    }
    assumeTrue(false, missing);
  }

  /**
   * Starts a headless Chromium.
   *
   * @param profile the folder for its profile, inside the test's temporary folder
   * @param extraArguments more command-line switches, such as a window size
   */
  public static ChromeDriver start(Path profile, String... extraArguments) throws IOException {
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    List<String> arguments = new ArrayList<>(List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + Files.createDirectories(profile)));
    arguments.addAll(List.of(extraArguments));
    options.addArguments(arguments);
    return new ChromeDriver(service, options);
  }
}

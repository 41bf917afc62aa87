package dev.shareworthy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build of Shareworthy, from the jar's resources. */
public final class Version {

  private Version() {}

  public static String get() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}

package org.divcalc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** The version of divcalc, from the build. */
public final class VersionProvider implements CommandLine.IVersionProvider {
  private static final String VERSION = load();

  private static String load() {
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/org/divcalc/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The version string, e.g. {@code 0.1.0}. */
  public static String version() {
    return VERSION;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"divcalc " + VERSION};
  }
}

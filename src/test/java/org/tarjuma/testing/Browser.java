package org.tarjuma.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The browser for browser tests: chromium, headless, 1400×1000, driven by its chromedriver. Found
 * on {@code PATH} or where Debian and Ubuntu put them; when missing, installed once per JVM (see
 * {@link ChromiumInstall}), apt-get's output in {@code target/chromium-install.log}. Thread-safe.
 */
public final class Browser {

  private static final Path LOG = Path.of("target", "chromium-install.log");
  private static Chromium found;
  private static IllegalStateException failed;

  private Browser() {}

  /**
   * A new headless chromium; the caller quits it.
   *
   * @throws IllegalStateException naming the command to run when chromium is missing and cannot be
   *     installed
   */
  public static ChromeDriver chrome() {
    Chromium chromium = chromium();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.browser().toString());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000");
    return new ChromeDriver(
        new ChromeDriverService.Builder().usingDriverExecutable(chromium.driver().toFile()).build(),
        options);
  }

  private static synchronized Chromium chromium() {
    if (found == null && failed == null) {
      try {
        found =
            Chromium.onThisMachine()
                .orElseGet(
                    () ->
                        ChromiumInstall.ensure(
                            Chromium::onThisMachine,
                            ChromiumInstall.packages(osRelease()),
                            root(),
                            Browser::run,
                            Path.of(
                                System.getProperty("java.io.tmpdir"), "tarjuma-chromium.lock")));
      } catch (IllegalStateException e) {
        failed = e;
      }
    }
    if (failed != null) {
      throw failed;
    }
    return found;
  }

  private static String osRelease() {
    try {
      return Files.readString(Path.of("/etc/os-release"));
    } catch (IOException e) {
      return "";
    }
  }

  /** Whether this process runs as root: /proc/self belongs to the process's user. */
  private static boolean root() {
    try {
      return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  private static int run(List<String> command) {
    try {
      Files.createDirectories(LOG.getParent());
      File log = LOG.toFile();
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .start();
      if (!process.waitFor(15, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        return 124;
      }
      return process.exitValue();
    } catch (IOException e) {
      return 127;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
  }
}

package org.tarjuma.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Installs chromium and its driver with apt-get (Debian's {@code chromium chromium-driver},
 * Ubuntu's {@code chromium-browser chromium-chromedriver}, which bring the snap), as root or
 * through passwordless {@code sudo -n}, under a file lock so that parallel test JVMs install once.
 * When it cannot, it throws one line naming the command to run by hand.
 */
final class ChromiumInstall {

  static final List<String> DEBIAN = List.of("chromium", "chromium-driver");
  static final List<String> UBUNTU = List.of("chromium-browser", "chromium-chromedriver");
  private static final List<String> APT =
      List.of("env", "DEBIAN_FRONTEND=noninteractive", "apt-get");

  /** Runs a command to its end and gives its exit status; a command that cannot start gives 127. */
  interface Shell {
    int run(List<String> command);
  }

  private ChromiumInstall() {}

  /**
   * Makes {@code present} true: under the lock, if still absent, runs apt-get update and install.
   *
   * @throws IllegalStateException when neither root nor passwordless sudo, when apt-get fails, or
   *     when the browser is still absent after it
   */
  static Chromium ensure(
      Supplier<Optional<Chromium>> present,
      List<String> packages,
      boolean root,
      Shell shell,
      Path lockFile) {
    try (FileChannel channel =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      Optional<Chromium> found = present.get();
      if (found.isPresent()) {
        return found.get();
      }
      List<String> prefix =
          privilege(root, shell)
              .orElseThrow(
                  () -> missing(packages, "not root and no passwordless sudo to install them"));
      for (List<String> command : commands(prefix, packages)) {
        int status = shell.run(command);
        if (status != 0) {
          throw missing(
              packages, "`" + String.join(" ", command) + "` failed with status " + status);
        }
      }
      return present
          .get()
          .orElseThrow(() -> missing(packages, "still not found after apt-get install"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + lockFile, e);
    }
  }

  /** Nothing to prepend as root, {@code sudo -n} when it works without a password, else empty. */
  static Optional<List<String>> privilege(boolean root, Shell shell) {
    if (root) {
      return Optional.of(List.of());
    }
    if (shell.run(List.of("sudo", "-n", "true")) == 0) {
      return Optional.of(List.of("sudo", "-n"));
    }
    return Optional.empty();
  }

  /** Ubuntu's package names on Ubuntu and its derivatives (by os-release), else Debian's. */
  static List<String> packages(String osRelease) {
    boolean ubuntu =
        osRelease
            .lines()
            .anyMatch(
                line ->
                    (line.startsWith("ID=") || line.startsWith("ID_LIKE="))
                        && line.contains("ubuntu"));
    return ubuntu ? UBUNTU : DEBIAN;
  }

  /** apt-get update, then the install, each after the prefix. */
  static List<List<String>> commands(List<String> prefix, List<String> packages) {
    return List.of(
        join(prefix, APT, List.of("update", "-qq")),
        join(prefix, APT, join(List.of("install", "-y", "-qq"), packages, List.of())));
  }

  /** The command to run by hand. */
  static String byHand(List<String> packages) {
    return "sudo apt-get install -y " + String.join(" ", packages);
  }

  private static List<String> join(List<String> a, List<String> b, List<String> c) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    out.addAll(c);
    return List.copyOf(out);
  }

  static IllegalStateException missing(List<String> packages, String why) {
    return new IllegalStateException(
        "The browser tests need chromium and chromedriver, not found on PATH, in /usr/bin,"
            + " /usr/lib/chromium or /snap/bin ("
            + why
            + "): run `"
            + byHand(packages)
            + "`");
  }
}

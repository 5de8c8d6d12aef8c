package org.tarjuma.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where chromium and its driver are: the names on {@code PATH} first, then the places Debian
 * ({@code /usr/bin}, {@code /usr/lib/chromium}) and Ubuntu's snap ({@code /snap/bin}) put them.
 */
record Chromium(Path browser, Path driver) {

  static final List<String> BROWSER_NAMES = List.of("chromium", "chromium-browser");
  static final List<String> DRIVER_NAMES = List.of("chromedriver", "chromium.chromedriver");
  static final List<Path> BROWSER_PLACES =
      List.of(
          Path.of("/usr/bin/chromium"),
          Path.of("/usr/lib/chromium/chromium"),
          Path.of("/snap/bin/chromium"));
  static final List<Path> DRIVER_PLACES =
      List.of(
          Path.of("/usr/bin/chromedriver"),
          Path.of("/usr/lib/chromium/chromedriver"),
          Path.of("/snap/bin/chromium.chromedriver"));

  /**
   * Both on this machine, as its {@code PATH} and the usual places have them; empty if either is
   * missing.
   */
  static Optional<Chromium> onThisMachine() {
    return find(System.getenv().getOrDefault("PATH", ""), BROWSER_PLACES, DRIVER_PLACES);
  }

  /** Both found on this {@code PATH} or in these places; empty if either is missing. */
  static Optional<Chromium> find(String path, List<Path> browserPlaces, List<Path> driverPlaces) {
    Optional<Path> browser = executable(candidates(path, BROWSER_NAMES, browserPlaces));
    Optional<Path> driver = executable(candidates(path, DRIVER_NAMES, driverPlaces));
    return browser.flatMap(b -> driver.map(d -> new Chromium(b, d)));
  }

  private static List<Path> candidates(String path, List<String> names, List<Path> places) {
    List<Path> out = new ArrayList<>();
    for (String folder : path.split(File.pathSeparator)) {
      if (!folder.isBlank()) {
        names.forEach(name -> out.add(Path.of(folder, name)));
      }
    }
    out.addAll(places);
    return out;
  }

  private static Optional<Path> executable(List<Path> candidates) {
    return candidates.stream()
        .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
        .findFirst();
  }
}

package org.tarjuma.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChromiumTest {

  @TempDir Path dir;

  private Path file(String relative, boolean executable) throws IOException {
    Path path = dir.resolve(relative);
    Files.createDirectories(path.getParent());
    Files.writeString(path, "#!/bin/sh\n");
    Files.setPosixFilePermissions(
        path, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
    return path;
  }

  private String path(String... folders) {
    return String.join(
        File.pathSeparator, List.of(folders).stream().map(f -> dir.resolve(f).toString()).toList());
  }

  /** The first folder on PATH holding an executable of the name wins, for each of the two. */
  @Test
  void findsBothOnPathInPathOrder() throws IOException {
    file("a/chromedriver", true);
    Path browser = file("b/chromium", true);
    file("c/chromium", true);
    Path driver = dir.resolve("a/chromedriver");

    assertThat(Chromium.find(path("a", "b", "c"), List.of(), List.of()))
        .contains(new Chromium(browser, driver));
  }

  /** A file that is not executable, or a folder of the name, is passed over. */
  @Test
  void passesOverWhatCannotRun() throws IOException {
    file("a/chromium", false);
    Files.createDirectories(dir.resolve("a/chromedriver"));
    Path browser = file("b/chromium", true);
    Path driver = file("b/chromedriver", true);

    assertThat(Chromium.find(path("a", "b"), List.of(), List.of()))
        .contains(new Chromium(browser, driver));
  }

  /** Ubuntu's names on PATH: chromium-browser and the snap's chromium.chromedriver. */
  @Test
  void findsUbuntuNames() throws IOException {
    Path browser = file("snap/chromium-browser", true);
    Path driver = file("snap/chromium.chromedriver", true);

    assertThat(Chromium.find(path("snap"), List.of(), List.of()))
        .contains(new Chromium(browser, driver));
  }

  /** Off PATH, the usual places are tried in their order. */
  @Test
  void fallsBackToTheUsualPlaces() throws IOException {
    Path browser = file("usr/lib/chromium/chromium", true);
    Path driver = file("snap/bin/chromium.chromedriver", true);

    assertThat(
            Chromium.find(
                path("empty"),
                List.of(dir.resolve("usr/bin/chromium"), browser),
                List.of(dir.resolve("usr/bin/chromedriver"), driver)))
        .contains(new Chromium(browser, driver));
  }

  /** The browser without its driver is not enough; neither is a blank PATH. */
  @Test
  void oneWithoutTheOtherIsNothing() throws IOException {
    Path browser = file("a/chromium", true);

    assertThat(Chromium.find(path("a"), List.of(browser), List.of())).isEmpty();
    assertThat(Chromium.find("", List.of(), List.of())).isEmpty();
  }

  /** The usual places are Debian's and the snap's. */
  @Test
  void theUsualPlacesAreDebiansAndTheSnaps() {
    assertThat(Chromium.BROWSER_PLACES)
        .extracting(Path::toString)
        .containsExactly("/usr/bin/chromium", "/usr/lib/chromium/chromium", "/snap/bin/chromium");
    assertThat(Chromium.DRIVER_PLACES)
        .extracting(Path::toString)
        .containsExactly(
            "/usr/bin/chromedriver",
            "/usr/lib/chromium/chromedriver",
            "/snap/bin/chromium.chromedriver");
  }
}

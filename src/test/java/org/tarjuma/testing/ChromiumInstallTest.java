package org.tarjuma.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChromiumInstallTest {

  private static final Chromium CHROMIUM =
      new Chromium(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromedriver"));
  private static final List<String> UPDATE =
      List.of("env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "update", "-qq");
  private static final List<String> INSTALL =
      List.of(
          "env",
          "DEBIAN_FRONTEND=noninteractive",
          "apt-get",
          "install",
          "-y",
          "-qq",
          "chromium",
          "chromium-driver");

  @TempDir Path dir;

  /** A shell that records each command and answers a status by the command's first word. */
  private static class FakeShell implements ChromiumInstall.Shell {
    final List<List<String>> ran = new ArrayList<>();
    final Map<String, Integer> status;
    final AtomicBoolean installed = new AtomicBoolean();

    FakeShell(Map<String, Integer> status) {
      this.status = status;
    }

    @Override
    public int run(List<String> command) {
      ran.add(command);
      int code = status.getOrDefault(command.getFirst(), 0);
      if (code == 0 && command.contains("install")) {
        installed.set(true);
      }
      return code;
    }

    Optional<Chromium> present() {
      return installed.get() ? Optional.of(CHROMIUM) : Optional.empty();
    }
  }

  private Path lock() {
    return dir.resolve("chromium.lock");
  }

  /** As root: apt-get update, then the install, with nothing before them. */
  @Test
  void asRootUpdatesThenInstalls() {
    FakeShell shell = new FakeShell(Map.of());
    assertThat(ChromiumInstall.ensure(shell::present, ChromiumInstall.DEBIAN, true, shell, lock()))
        .isEqualTo(CHROMIUM);
    assertThat(shell.ran).containsExactly(UPDATE, INSTALL);
  }

  /** Not root but passwordless sudo: the same two commands under sudo -n, after a check. */
  @Test
  void withPasswordlessSudoInstallsThroughIt() {
    FakeShell shell = new FakeShell(Map.of());
    ChromiumInstall.ensure(shell::present, ChromiumInstall.DEBIAN, false, shell, lock());
    List<String> sudo = List.of("sudo", "-n");
    assertThat(shell.ran)
        .containsExactly(
            List.of("sudo", "-n", "true"), concat(sudo, UPDATE), concat(sudo, INSTALL));
  }

  /** Neither root nor sudo: one line naming the command to run, and no apt-get. */
  @Test
  void withoutRightsFailsNamingTheCommand() {
    FakeShell shell = new FakeShell(Map.of("sudo", 1));
    assertThatThrownBy(
            () ->
                ChromiumInstall.ensure(
                    shell::present, ChromiumInstall.DEBIAN, false, shell, lock()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("run `sudo apt-get install -y chromium chromium-driver`")
        .hasMessageContaining("no passwordless sudo")
        .hasMessageNotContaining("\n");
    assertThat(shell.ran).containsExactly(List.of("sudo", "-n", "true"));
  }

  /** apt-get failing stops at that command, named with its status, and the command to run. */
  @Test
  void aFailedAptGetIsNamed() {
    FakeShell shell = new FakeShell(Map.of("env", 100));
    assertThatThrownBy(
            () ->
                ChromiumInstall.ensure(shell::present, ChromiumInstall.DEBIAN, true, shell, lock()))
        .hasMessageContaining("apt-get update -qq` failed with status 100")
        .hasMessageContaining("sudo apt-get install -y chromium chromium-driver");
    assertThat(shell.ran).containsExactly(UPDATE);
  }

  /** Installed by a parallel JVM while this one waited for the lock: nothing is run. */
  @Test
  void presentOnceTheLockIsHeldRunsNothing() {
    FakeShell shell = new FakeShell(Map.of());
    shell.installed.set(true);
    assertThat(ChromiumInstall.ensure(shell::present, ChromiumInstall.DEBIAN, true, shell, lock()))
        .isEqualTo(CHROMIUM);
    assertThat(shell.ran).isEmpty();
  }

  /** apt-get succeeding without the browser appearing is a failure too. */
  @Test
  void stillMissingAfterInstallFails() {
    FakeShell shell = new FakeShell(Map.of());
    assertThatThrownBy(
            () ->
                ChromiumInstall.ensure(
                    Optional::empty, ChromiumInstall.DEBIAN, true, shell, lock()))
        .hasMessageContaining("still not found after apt-get install");
  }

  /** The commands run while the lock file is locked, and it is free again after. */
  @Test
  void commandsRunUnderTheLock() throws IOException {
    List<Boolean> lockedDuring = new ArrayList<>();
    FakeShell shell =
        new FakeShell(Map.of()) {
          @Override
          public int run(List<String> command) {
            lockedDuring.add(locked());
            return super.run(command);
          }
        };
    ChromiumInstall.ensure(shell::present, ChromiumInstall.DEBIAN, true, shell, lock());
    assertThat(lockedDuring).containsExactly(true, true);
    assertThat(locked()).isFalse();
  }

  private boolean locked() {
    try (FileChannel channel = FileChannel.open(lock(), StandardOpenOption.WRITE)) {
      channel.tryLock().release();
      return false;
    } catch (OverlappingFileLockException e) {
      return true;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** Ubuntu and its derivatives get Ubuntu's names, in the install and in the message. */
  @Test
  void ubuntuGetsItsOwnPackageNames() {
    assertThat(ChromiumInstall.packages("NAME=\"Ubuntu\"\nID=ubuntu\nID_LIKE=debian\n"))
        .containsExactly("chromium-browser", "chromium-chromedriver");
    assertThat(ChromiumInstall.packages("ID=linuxmint\nID_LIKE=\"ubuntu debian\"\n"))
        .isEqualTo(ChromiumInstall.UBUNTU);
    assertThat(ChromiumInstall.packages("ID=debian\nVERSION_ID=\"12\"\n"))
        .isEqualTo(ChromiumInstall.DEBIAN);
    assertThat(ChromiumInstall.packages("")).isEqualTo(ChromiumInstall.DEBIAN);
    FakeShell shell = new FakeShell(Map.of("sudo", 1));
    assertThatThrownBy(
            () ->
                ChromiumInstall.ensure(
                    shell::present, ChromiumInstall.UBUNTU, false, shell, lock()))
        .hasMessageContaining(
            "run `sudo apt-get install -y chromium-browser chromium-chromedriver`");
    FakeShell root = new FakeShell(Map.of());
    ChromiumInstall.ensure(root::present, ChromiumInstall.UBUNTU, true, root, lock());
    assertThat(root.ran.get(1)).endsWith("chromium-browser", "chromium-chromedriver");
  }
}

package org.tarjuma.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A main class run to its end in a small JVM of its own, with an environment of its own: for what
 * reads environment variables once per process (credentials chains), which a test cannot change in
 * its own.
 */
public final class ChildJvm {

  private ChildJvm() {}

  /** How the run ended and everything it printed, standard error included. */
  public record Outcome(int exitCode, String output) {

    /** The text after {@code prefix} on the first line that starts with it, or null. */
    public String line(String prefix) {
      return output
          .lines()
          .filter(l -> l.startsWith(prefix))
          .map(l -> l.substring(prefix.length()))
          .findFirst()
          .orElse(null);
    }
  }

  /**
   * Runs {@code main} with {@code arguments} in a JVM whose environment is this process's without
   * any variable whose name starts with one of {@code dropped}, and with {@code set} added; waits
   * at most a minute.
   */
  public static Outcome run(
      Class<?> main, List<String> dropped, Map<String, String> set, String... arguments) {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-Dstdout.encoding=UTF-8",
                "-Dstderr.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
    command.addAll(List.of(arguments));
    try {
      Path log = Files.createTempFile("child-jvm", ".log");
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().keySet().removeIf(name -> dropped.stream().anyMatch(name::startsWith));
      builder.environment().putAll(set);
      Process process = builder.start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError("still running after a minute: " + main.getName());
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      Files.delete(log);
      return new Outcome(process.exitValue(), output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}

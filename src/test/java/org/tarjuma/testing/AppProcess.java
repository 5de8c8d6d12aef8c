package org.tarjuma.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The application in a process of its own, as an operator runs it: started with these arguments on
 * a free port, answered once its health endpoint is up; stopped as a supervisor would (SIGTERM) or
 * killed (SIGKILL). Its output goes to {@code app-<port>.log} in the given folder.
 */
public final class AppProcess implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path log;

  private AppProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts the application in a small JVM that starts fast (client compiler only); does not wait
   * for it (see {@link #awaitUp}).
   */
  public static AppProcess launch(Path logs, List<String> arguments) {
    return launch(logs, List.of("-Xmx384m", "-XX:TieredStopAtLevel=1"), arguments);
  }

  /** Starts the application with these JVM options; does not wait for it. */
  public static AppProcess launch(Path logs, List<String> jvmOptions, List<String> arguments) {
    return launch(logs, Map.of(), jvmOptions, arguments);
  }

  /**
   * Starts the application with these environment variables (added to this process's) and JVM
   * options; does not wait for it.
   */
  public static AppProcess launch(
      Path logs, Map<String, String> environment, List<String> jvmOptions, List<String> arguments) {
    try {
      int port;
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      String java = ProcessHandle.current().info().command().orElse("java");
      List<String> command = new ArrayList<>(List.of(java));
      command.addAll(jvmOptions);
      command.addAll(
          List.of(
              "-cp",
              System.getProperty("java.class.path"),
              "org.tarjuma.Tarjuma",
              "--server.port=" + port));
      command.addAll(arguments);
      Path log = logs.resolve("app-" + port + ".log");
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      return new AppProcess(process, port, log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the health endpoint answers 200; fails with the log when it does not in time. */
  public AppProcess awaitUp(Duration within) {
    ApiClient api = api();
    Instant until = Instant.now().plus(within);
    while (Instant.now().isBefore(until) && process.isAlive()) {
      try {
        if (api.get("/actuator/health").statusCode() == 200) {
          return this;
        }
      } catch (IllegalStateException notYet) {
        // not listening yet
      }
      sleep(200);
    }
    throw new AssertionError("the application did not start: " + log());
  }

  public int port() {
    return port;
  }

  public ApiClient api() {
    return new ApiClient(port);
  }

  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** SIGKILL: the process ends at once, with whatever it was doing. */
  public void kill() {
    try {
      process.destroyForcibly().waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** SIGTERM, and waits for the process to end as it does on a supervisor's stop. */
  public void stop() {
    try {
      process.destroy();
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public boolean alive() {
    return process.isAlive();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}

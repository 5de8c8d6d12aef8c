package org.tarjuma.job;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/** CPU time used by the parts of a benchmark that runs nodes as processes of their own. */
final class ProcessCpu {

  private ProcessCpu() {}

  /**
   * The CPU time used so far by each part: every node process, the embedded PostgreSQL's processes
   * together, and this process (the client and the engine stand-in).
   */
  static Map<String, Duration> read() {
    Map<String, Duration> used = new TreeMap<>();
    used.put("client and engine", cpuOf(ProcessHandle.current()));
    ProcessHandle.current()
        .descendants()
        .filter(p -> p.info().command().orElse("").endsWith("/java"))
        .forEach(p -> used.put("node " + p.pid(), cpuOf(p)));
    // The postmaster is not this process's child (pg_ctl starts it), so it is found by its binary.
    ProcessHandle.allProcesses()
        .filter(p -> p.info().command().orElse("").matches(".*embedded-pg.*/bin/postgres"))
        .forEach(p -> used.merge("PostgreSQL", cpuOf(p), Duration::plus));
    return used;
  }

  private static Duration cpuOf(ProcessHandle p) {
    return p.info().totalCpuDuration().orElse(Duration.ZERO);
  }

  /** The CPU each part used between two readings of {@link #read()}, in seconds. */
  static String between(Map<String, Duration> before, Map<String, Duration> after) {
    return after.entrySet().stream()
        .map(
            e ->
                String.format(
                    "%s %.2f",
                    e.getKey(),
                    e.getValue().minus(before.getOrDefault(e.getKey(), Duration.ZERO)).toMillis()
                        / 1000.0))
        .collect(java.util.stream.Collectors.joining(", "));
  }
}

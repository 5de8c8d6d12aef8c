package org.tarjuma.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line, {@code tarjuma translate|glossary|memory}: the root command, with the options
 * every command inherits ({@code --server}, {@code --key}) and the exit codes. Exit codes: 0 done,
 * 1 refused or failed (one line on stderr), 2 bad usage, 3 done but some sentences still need an
 * engine. Not thread-safe: one run, one instance.
 */
@Command(
    name = "tarjuma",
    mixinStandardHelpOptions = true,
    version = "tarjuma 0.1",
    description = "English news into Urdu, Pashto and Dari drafts that respect the glossary.",
    subcommands = {Translate.class, GlossaryCommand.class, MemoryCommand.class, JobCommand.class})
public final class Cli implements Callable<Integer> {

  static final int OK = 0;
  static final int FAILED = 1;
  static final int PARTIAL = 3;
  private static final List<String> COMMANDS = List.of("translate", "glossary", "memory");

  @Option(
      names = "--server",
      description = "A running Tarjuma, e.g. http://localhost:8080 (default: the embedded store)",
      scope = CommandLine.ScopeType.INHERIT)
  private URI server;

  @Option(
      names = "--key",
      description =
          "The API key for --server (default: the environment variable TARJUMA_KEY); the embedded"
              + " store needs none",
      defaultValue = "${env:TARJUMA_KEY}",
      scope = CommandLine.ScopeType.INHERIT)
  private String key;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  private final Embedded embedded;

  private Cli(Embedded embedded) {
    this.embedded = embedded;
  }

  /** Whether these arguments ask for the command line rather than the service. */
  public static boolean wanted(String[] args) {
    return args.length > 0
        && (COMMANDS.contains(args[0]) || args[0].equals("--help") || args[0].equals("-h"));
  }

  /**
   * Runs the command line and answers its exit code; never throws for what the command meets (a
   * failure is one line on {@code err}). Without {@code --server}, {@code embedded} starts the
   * Tarjuma it talks to, which is closed before this returns.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Embedded embedded) {
    CommandLine cli = new CommandLine(new Cli(embedded));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          line.getErr().println("tarjuma: " + e.getMessage());
          return FAILED;
        });
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return OK;
  }

  /** The API the options name: {@code --server}'s, or an embedded one started now. */
  Api api() {
    return Api.open(server, key, embedded);
  }
}

package org.tarjuma.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A command that does its work through the API: it opens the one the root command's options name,
 * hands it to {@link #on(Api)} and closes it, also on failure. Every subclass gets {@code --help}
 * and {@code --version} from this annotation.
 */
@Command(mixinStandardHelpOptions = true)
abstract class ApiCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The command's work against an open API; answers its exit code. */
  abstract int on(Api api) throws Exception;

  @Override
  public Integer call() throws Exception {
    try (Api api = root().api()) {
      return on(api);
    }
  }

  PrintWriter stdout() {
    return spec.commandLine().getOut();
  }

  PrintWriter stderr() {
    return spec.commandLine().getErr();
  }

  private Cli root() {
    CommandLine line = spec.commandLine();
    while (line.getParent() != null) {
      line = line.getParent();
    }
    return line.getCommand();
  }
}

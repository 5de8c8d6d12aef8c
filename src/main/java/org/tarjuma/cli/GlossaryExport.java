package org.tarjuma.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tarjuma glossary export}: the glossary as TBX, TBX-Basic or CSV, to a file or to stdout.
 */
@Command(name = "export", description = "Exports the glossary.")
final class GlossaryExport extends ApiCommand {

  @Option(
      names = "--format",
      defaultValue = "tbx",
      description = "tbx (everything), tbx-basic (for other termbase tools) or csv")
  String format;

  @Option(names = "--out", description = "File to write (default: standard output)")
  Path out;

  @Override
  int on(Api api) throws Exception {
    String file = api.get("/api/v1/glossary/export?format=" + format);
    if (out == null) {
      stdout().print(file);
    } else {
      Files.writeString(out, file, StandardCharsets.UTF_8);
    }
    return Cli.OK;
  }
}

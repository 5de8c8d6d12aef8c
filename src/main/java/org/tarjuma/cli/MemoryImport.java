package org.tarjuma.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tarjuma memory import}: a TMX file into the translation memory; prints the report. */
@Command(name = "import", description = "Imports a TMX 1.4b file, all or nothing.")
final class MemoryImport extends ApiCommand {

  @Parameters(paramLabel = "FILE.tmx")
  Path file;

  @Override
  int on(Api api) throws Exception {
    byte[] tmx = Files.readAllBytes(file);
    stdout().println(api.post("/api/v1/memory/import", "application/x-tmx+xml", tmx));
    return Cli.OK;
  }
}

package org.tarjuma.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tarjuma glossary import}: a TBX or CSV file (by its extension) to the glossary; prints the
 * server's report, the diff of a dry run unless {@code --apply}.
 */
@Command(name = "import", description = "Imports a TBX or CSV file; a dry run unless --apply.")
final class GlossaryImport extends ApiCommand {

  @Parameters(paramLabel = "FILE")
  Path file;

  @Option(
      names = "--apply",
      description = "Import for real (all or nothing); without it, only the diff")
  boolean apply;

  @Override
  int on(Api api) throws Exception {
    boolean csv = file.toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    String query = "format=" + (csv ? "csv" : "tbx") + "&dryRun=" + !apply;
    String type = csv ? "text/csv" : "application/xml";
    stdout().println(api.post("/api/v1/glossary/import?" + query, type, Files.readAllBytes(file)));
    return Cli.OK;
  }
}

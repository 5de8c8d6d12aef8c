package org.tarjuma.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tarjuma glossary import}: a TBX, CSV or OmegaT tab-separated glossary file (by its
 * extension: {@code .csv}; {@code .txt}, {@code .utf8}, {@code .tab}, {@code .tsv}; anything else
 * is sent as TBX) to the glossary; prints the server's report, the diff of a dry run unless {@code
 * --apply}. The server tells the CSV layouts apart by their header.
 */
@Command(
    name = "import",
    description = "Imports a TBX, CSV or OmegaT glossary file; a dry run unless --apply.")
final class GlossaryImport extends ApiCommand {

  @Parameters(paramLabel = "FILE")
  Path file;

  @Option(
      names = "--apply",
      description = "Import for real (all or nothing); without it, only the diff")
  boolean apply;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description =
          "The target language (ur, ps, prs) of a file that holds one and does not say which:"
              + " Weblate's CSV, OmegaT's glossary")
  String lang;

  @Override
  int on(Api api) throws Exception {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean tab = name.matches(".*\\.(txt|utf8|tab|tsv)");
    boolean csv = tab || name.endsWith(".csv");
    String query = "format=" + (csv ? "csv" : "tbx") + "&dryRun=" + !apply;
    if (lang != null) {
      query += "&lang=" + URLEncoder.encode(lang, StandardCharsets.UTF_8);
    }
    String type = tab ? "text/tab-separated-values" : csv ? "text/csv" : "application/xml";
    stdout().println(api.post("/api/v1/glossary/import?" + query, type, Files.readAllBytes(file)));
    return Cli.OK;
  }
}

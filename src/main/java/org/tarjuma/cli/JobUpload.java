package org.tarjuma.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tarjuma job upload}: an XLIFF 2 file translated elsewhere; prints the report. */
@Command(
    name = "upload",
    description = "Applies an XLIFF 2 file of a job's language, translated elsewhere.")
final class JobUpload extends ApiCommand {

  @Parameters(index = "0", paramLabel = "JOB")
  String job;

  @Parameters(index = "1", paramLabel = "LANG")
  String lang;

  @Parameters(index = "2", paramLabel = "FILE.xlf")
  Path file;

  @Option(names = "--approve", description = "Approve what it applies (translation memory).")
  boolean approve;

  @Override
  int on(Api api) throws Exception {
    String path =
        "/api/v1/jobs/"
            + URLEncoder.encode(job, StandardCharsets.UTF_8)
            + "/result/"
            + URLEncoder.encode(lang, StandardCharsets.UTF_8)
            + (approve ? "?approve=true" : "");
    stdout().println(api.post(path, "application/xliff+xml", Files.readAllBytes(file)));
    return Cli.OK;
  }
}

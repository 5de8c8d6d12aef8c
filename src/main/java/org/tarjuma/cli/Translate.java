package org.tarjuma.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/**
 * {@code tarjuma translate}: a job per article, awaited with a progress bar on stderr, each
 * translation written as {@code name.<lang>.<ext>} and named on stdout. Stops at the first job that
 * fails; exits 3 when a written translation still has sentences no engine translated.
 */
@Command(
    name = "translate",
    description = "Translates articles into the target languages, files out per language.")
final class Translate extends ApiCommand {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles (.txt, .md, .html)")
  List<Path> files;

  @Option(names = "--to", required = true, split = ",", description = "Targets: ur,ps,prs")
  List<String> targets;

  @Option(names = "--format", description = "text, markdown or html (default: from the extension)")
  String format;

  @Option(names = "--out", description = "Folder for the translations (default: beside each file)")
  Path out;

  @Option(names = "--article-id", description = "The outlet's id of the article, for revisions")
  String articleId;

  /** Refuses an unreadable file before anything starts. */
  @Override
  public Integer call() throws Exception {
    for (Path file : files) {
      if (!Files.isReadable(file)) {
        stderr().println("tarjuma: cannot read " + file);
        return Cli.FAILED;
      }
    }
    return super.call();
  }

  @Override
  int on(Api api) throws Exception {
    int result = Cli.OK;
    for (Path file : files) {
      int code = translate(api, file);
      if (code == Cli.FAILED) {
        return code;
      }
      if (code == Cli.PARTIAL) {
        result = code;
      }
    }
    return result;
  }

  private int translate(Api api, Path file) throws Exception {
    String type = contentType(format != null ? format.toLowerCase(Locale.ROOT) : kindOf(file));
    JsonNode job = api.json(api.post("/api/v1/jobs?" + query(), type, Files.readAllBytes(file)));
    String id = job.get("id").asString();
    JsonNode status = await(api, id, file.getFileName().toString());
    if (!status.get("status").asString().equals("done")) {
      stderr()
          .println(
              "tarjuma: job "
                  + id
                  + " for "
                  + file
                  + " failed: "
                  + status.path("error").asString(""));
      return Cli.FAILED;
    }
    return write(api, id, status, file);
  }

  private String query() {
    return "targets="
        + URLEncoder.encode(String.join(",", targets), StandardCharsets.UTF_8)
        + (articleId == null
            ? ""
            : "&articleId=" + URLEncoder.encode(articleId, StandardCharsets.UTF_8));
  }

  private JsonNode await(Api api, String id, String name) throws InterruptedException {
    Instant until = Instant.now().plus(Duration.ofHours(1));
    while (true) {
      JsonNode status = api.json(api.get("/api/v1/jobs/" + id));
      int done = 0;
      int total = 0;
      for (var l : status.get("languages").properties()) {
        done += l.getValue().get("done").asInt();
        total += l.getValue().get("total").asInt();
      }
      bar(stderr(), name, done, total);
      String state = status.get("status").asString();
      if (state.equals("done") || state.equals("failed") || Instant.now().isAfter(until)) {
        stderr().println();
        return status;
      }
      Thread.sleep(200);
    }
  }

  /** Writes the job's translations; answers 3 when one still needs an engine, else 0. */
  private int write(Api api, String id, JsonNode status, Path file) throws IOException {
    Path folder = out != null ? out : file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    int result = Cli.OK;
    for (var language : status.get("languages").properties()) {
      String lang = language.getKey();
      String text = api.get("/api/v1/jobs/" + id + "/result/" + lang);
      Path target = folder.resolve(withLang(file.getFileName().toString(), lang));
      Files.writeString(target, text, StandardCharsets.UTF_8);
      int missing = language.getValue().get("needsEngine").asInt();
      stdout().println(target + (missing > 0 ? " (" + missing + " sentences need an engine)" : ""));
      if (missing > 0) {
        result = Cli.PARTIAL;
      }
    }
    return result;
  }

  private static void bar(PrintWriter err, String name, int done, int total) {
    int width = 30;
    int filled = total == 0 ? 0 : done * width / total;
    err.print(
        "\r"
            + name
            + " ["
            + "#".repeat(filled)
            + " ".repeat(width - filled)
            + "] "
            + done
            + "/"
            + total);
    err.flush();
  }

  private static String contentType(String kind) {
    return switch (kind) {
      case "markdown", "md" -> "text/markdown; charset=UTF-8";
      case "html", "htm" -> "text/html; charset=UTF-8";
      case "text", "txt" -> "text/plain; charset=UTF-8";
      default ->
          throw new IllegalArgumentException(
              "unknown format '" + kind + "': use text, markdown or html");
    };
  }

  private static String kindOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "text" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String withLang(String name, String lang) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name + "." + lang : name.substring(0, dot) + "." + lang + name.substring(dot);
  }
}

package org.tarjuma;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line: {@code tarjuma translate|glossary|memory}. It always speaks the HTTP API: to
 * {@code --server URL}, or to a Tarjuma it starts in-process on the embedded store. Exit codes: 0
 * done, 1 refused or failed (one line on stderr), 2 bad usage, 3 done but some sentences still need
 * an engine.
 */
@Command(
    name = "tarjuma",
    mixinStandardHelpOptions = true,
    version = "tarjuma 0.1",
    description = "English news into Urdu, Pashto and Dari drafts that respect the glossary.",
    subcommands = {Cli.Translate.class, Cli.GlossaryCommand.class, Cli.MemoryCommand.class})
public final class Cli implements Callable<Integer> {

  static final int OK = 0;
  static final int FAILED = 1;
  static final int PARTIAL = 3;
  static final List<String> COMMANDS = List.of("translate", "glossary", "memory");

  @Option(
      names = "--server",
      description = "A running Tarjuma, e.g. http://localhost:8080 (default: the embedded store)",
      scope = CommandLine.ScopeType.INHERIT)
  URI server;

  @Option(
      names = "--key",
      description =
          "The API key for --server (default: the environment variable TARJUMA_KEY); the embedded"
              + " store needs none",
      defaultValue = "${env:TARJUMA_KEY}",
      scope = CommandLine.ScopeType.INHERIT)
  String key;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Whether these arguments ask for the command line rather than the service. */
  static boolean wanted(String[] args) {
    return args.length > 0
        && (COMMANDS.contains(args[0]) || args[0].equals("--help") || args[0].equals("-h"));
  }

  /** Runs the command line and answers its exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Cli());
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

  /** The API to talk to, started in-process when no server is given. */
  static final class Api implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final String key;
    private final ConfigurableApplicationContext embedded;

    Api(URI server, String key) {
      if (server != null) {
        this.base = server;
        this.key = key == null || key.isBlank() ? null : key.strip();
        this.embedded = null;
      } else {
        // The in-process server listens on loopback only and trusts a key made for this run.
        byte[] random = new byte[24];
        new java.security.SecureRandom().nextBytes(random);
        this.key = java.util.HexFormat.of().formatHex(random);
        this.embedded =
            new SpringApplication(Tarjuma.class)
                .run(
                    "--server.port=0",
                    "--server.address=127.0.0.1",
                    "--spring.main.banner-mode=off",
                    "--logging.level.root=WARN",
                    "--logging.level.org.tarjuma=WARN",
                    "--logging.level.org.springdoc=ERROR",
                    "--spring.main.log-startup-info=false",
                    "--tarjuma.security.admin-key=" + this.key);
        int port = ((WebServerApplicationContext) embedded).getWebServer().getPort();
        this.base = URI.create("http://127.0.0.1:" + port);
      }
    }

    HttpResponse<String> send(String method, String path, String contentType, byte[] body) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(base.resolve(path))
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofByteArray(body));
      if (contentType != null) {
        request.header("Content-Type", contentType);
      }
      if (key != null) {
        request.header("Authorization", "Bearer " + key);
      }
      try {
        return http.send(
            request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IllegalStateException(
            "cannot reach " + base + " (" + e.getClass().getSimpleName() + ")");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted");
      }
    }

    /** The answer's body when 2xx; otherwise the problem's detail as the failure. */
    String ok(HttpResponse<String> response) {
      if (response.statusCode() / 100 == 2) {
        return response.body();
      }
      String detail = response.body();
      try {
        JsonNode problem = JSON.readTree(response.body());
        if (problem.has("detail")) {
          detail = problem.get("detail").asString();
        }
      } catch (RuntimeException notJson) {
        // keep the body as it is
      }
      throw new IllegalStateException(detail.replaceAll("\\s+", " ").strip());
    }

    JsonNode json(String body) {
      return JSON.readTree(body);
    }

    @Override
    public void close() {
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  @Command(
      name = "translate",
      mixinStandardHelpOptions = true,
      description = "Translates articles into the target languages, files out per language.")
  static final class Translate implements Callable<Integer> {
    @CommandLine.ParentCommand Cli parent;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles (.txt, .md, .html)")
    List<Path> files;

    @Option(names = "--to", required = true, split = ",", description = "Targets: ur,ps,prs")
    List<String> targets;

    @Option(
        names = "--format",
        description = "text, markdown or html (default: from the extension)")
    String format;

    @Option(
        names = "--out",
        description = "Folder for the translations (default: beside each file)")
    Path out;

    @Option(names = "--article-id", description = "The outlet's id of the article, for revisions")
    String articleId;

    @Override
    public Integer call() throws Exception {
      PrintWriter err = spec.commandLine().getErr();
      PrintWriter stdout = spec.commandLine().getOut();
      for (Path file : files) {
        if (!Files.isReadable(file)) {
          err.println("tarjuma: cannot read " + file);
          return FAILED;
        }
      }
      int result = OK;
      try (Api api = new Api(parent.server, parent.key)) {
        for (Path file : files) {
          String kind = format != null ? format.toLowerCase(Locale.ROOT) : kindOf(file);
          String type =
              switch (kind) {
                case "markdown", "md" -> "text/markdown; charset=UTF-8";
                case "html", "htm" -> "text/html; charset=UTF-8";
                case "text", "txt" -> "text/plain; charset=UTF-8";
                default ->
                    throw new IllegalArgumentException(
                        "unknown format '" + kind + "': use text, markdown or html");
              };
          String query =
              "targets="
                  + URLEncoder.encode(String.join(",", targets), StandardCharsets.UTF_8)
                  + (articleId == null
                      ? ""
                      : "&articleId=" + URLEncoder.encode(articleId, StandardCharsets.UTF_8));
          JsonNode job =
              api.json(
                  api.ok(
                      api.send("POST", "/api/v1/jobs?" + query, type, Files.readAllBytes(file))));
          String id = job.get("id").asString();
          JsonNode status = await(api, id, file.getFileName().toString(), err);
          if (!status.get("status").asString().equals("done")) {
            err.println(
                "tarjuma: job "
                    + id
                    + " for "
                    + file
                    + " failed: "
                    + status.path("error").asString(""));
            return FAILED;
          }
          Path folder = out != null ? out : file.toAbsolutePath().getParent();
          Files.createDirectories(folder);
          for (var language : status.get("languages").properties()) {
            String lang = language.getKey();
            String text =
                api.ok(api.send("GET", "/api/v1/jobs/" + id + "/result/" + lang, null, null));
            Path target = folder.resolve(withLang(file.getFileName().toString(), lang));
            Files.writeString(target, text, StandardCharsets.UTF_8);
            int missing = language.getValue().get("needsEngine").asInt();
            stdout.println(
                target + (missing > 0 ? " (" + missing + " sentences need an engine)" : ""));
            if (missing > 0) {
              result = PARTIAL;
            }
          }
        }
      }
      return result;
    }

    private static JsonNode await(Api api, String id, String name, PrintWriter err)
        throws InterruptedException {
      Instant until = Instant.now().plus(Duration.ofHours(1));
      while (true) {
        JsonNode status = api.json(api.ok(api.send("GET", "/api/v1/jobs/" + id, null, null)));
        int done = 0;
        int total = 0;
        for (var l : status.get("languages").properties()) {
          done += l.getValue().get("done").asInt();
          total += l.getValue().get("total").asInt();
        }
        bar(err, name, done, total);
        String state = status.get("status").asString();
        if (state.equals("done") || state.equals("failed") || Instant.now().isAfter(until)) {
          err.println();
          return status;
        }
        Thread.sleep(200);
      }
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

    private static String kindOf(Path file) {
      String name = file.getFileName().toString();
      int dot = name.lastIndexOf('.');
      return dot < 0 ? "text" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String withLang(String name, String lang) {
      int dot = name.lastIndexOf('.');
      return dot < 0
          ? name + "." + lang
          : name.substring(0, dot) + "." + lang + name.substring(dot);
    }
  }

  @Command(
      name = "glossary",
      mixinStandardHelpOptions = true,
      description = "Imports or exports the glossary (TBX or CSV).",
      subcommands = {GlossaryCommand.Import.class, GlossaryCommand.Export.class})
  static final class GlossaryCommand {

    @Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Imports a TBX or CSV file; a dry run unless --apply.")
    static final class Import implements Callable<Integer> {
      @CommandLine.ParentCommand GlossaryCommand parent;
      @CommandLine.Spec CommandLine.Model.CommandSpec spec;

      @Parameters(paramLabel = "FILE")
      Path file;

      @Option(
          names = "--apply",
          description = "Import for real (all or nothing); without it, only the diff")
      boolean apply;

      @Override
      public Integer call() throws Exception {
        boolean csv = file.toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        try (Api api = new Api(root(spec).server, root(spec).key)) {
          String report =
              api.ok(
                  api.send(
                      "POST",
                      "/api/v1/glossary/import?format="
                          + (csv ? "csv" : "tbx")
                          + "&dryRun="
                          + !apply,
                      csv ? "text/csv" : "application/xml",
                      Files.readAllBytes(file)));
          spec.commandLine().getOut().println(report);
        }
        return OK;
      }
    }

    @Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Exports the glossary.")
    static final class Export implements Callable<Integer> {
      @CommandLine.Spec CommandLine.Model.CommandSpec spec;

      @Option(names = "--format", defaultValue = "tbx", description = "tbx or csv")
      String format;

      @Option(names = "--out", description = "File to write (default: standard output)")
      Path out;

      @Override
      public Integer call() throws Exception {
        try (Api api = new Api(root(spec).server, root(spec).key)) {
          String file =
              api.ok(api.send("GET", "/api/v1/glossary/export?format=" + format, null, null));
          if (out == null) {
            spec.commandLine().getOut().print(file);
          } else {
            Files.writeString(out, file, StandardCharsets.UTF_8);
          }
        }
        return OK;
      }
    }
  }

  @Command(
      name = "memory",
      mixinStandardHelpOptions = true,
      description = "Imports translation memory.",
      subcommands = {MemoryCommand.Import.class})
  static final class MemoryCommand {

    @Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Imports a TMX 1.4b file, all or nothing.")
    static final class Import implements Callable<Integer> {
      @CommandLine.Spec CommandLine.Model.CommandSpec spec;

      @Parameters(paramLabel = "FILE.tmx")
      Path file;

      @Override
      public Integer call() throws Exception {
        try (Api api = new Api(root(spec).server, root(spec).key)) {
          spec.commandLine()
              .getOut()
              .println(
                  api.ok(
                      api.send(
                          "POST",
                          "/api/v1/memory/import",
                          "application/x-tmx+xml",
                          Files.readAllBytes(file))));
        }
        return OK;
      }
    }
  }

  private static Cli root(CommandLine.Model.CommandSpec spec) {
    CommandLine line = spec.commandLine();
    while (line.getParent() != null) {
      line = line.getParent();
    }
    return line.getCommand();
  }
}

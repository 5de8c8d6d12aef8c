package org.tarjuma.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tarjuma.Tarjuma;
import org.tarjuma.testing.ApiClient;

/** The command line against a running server, and once on its own embedded store. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties =
        "spring.datasource.url=jdbc:h2:mem:cli;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class CliTest {

  @LocalServerPort int port;
  @TempDir Path out;

  record Run(int code, String out, String err) {}

  /** Runs the command line; against a server, with the test admin key unless one is given. */
  static Run cli(String... args) {
    List<String> all = new java.util.ArrayList<>(List.of(args));
    if (all.stream().anyMatch(a -> a.startsWith("--server"))
        && all.stream().noneMatch(a -> a.startsWith("--key"))) {
      all.add("--key=" + org.tarjuma.testing.ApiClient.ADMIN_KEY);
    }
    args = all.toArray(String[]::new);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), Tarjuma::start);
    return new Run(code, out.toString(), err.toString());
  }

  String server() {
    return "--server=http://localhost:" + port;
  }

  @Test
  void translatesTheSeedIntoThreeFilesWithAProgressBar() throws Exception {
    Run run =
        cli(
            "translate",
            "seeds/kandahar-strikes.txt",
            "--to",
            "ur,ps,prs",
            "--out",
            out.toString(),
            server());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("kandahar-strikes.txt [", "384/384");
    for (String lang : new String[] {"ur", "ps", "prs"}) {
      Path file = out.resolve("kandahar-strikes." + lang + ".txt");
      assertThat(run.out()).contains(file.toString());
      assertThat(Files.readString(file).lines().count())
          .isEqualTo(Files.readString(Path.of("seeds/kandahar-strikes.txt")).lines().count());
    }
    assertThat(Files.readString(out.resolve("kandahar-strikes.ur.txt"))).contains("قندھار");
  }

  @Test
  void aRevisionThatNeedsAnEngineExitsWithThree() {
    Run run =
        cli(
            "translate",
            "seeds/kandahar-strikes-revised.txt",
            "--to",
            "ur",
            "--out",
            out.toString(),
            server());
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.out()).contains("(4 sentences need an engine)");
  }

  @Test
  void badInputIsOneLineOnStderrAndANonZeroExit() {
    Run missing = cli("translate", "no/such/file.txt", "--to", "ur", server());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err().strip()).isEqualTo("tarjuma: cannot read no/such/file.txt");

    Run target =
        cli(
            "translate",
            "seeds/kandahar-strikes.txt",
            "--to",
            "de",
            "--out",
            out.toString(),
            server());
    assertThat(target.code()).isEqualTo(1);
    assertThat(target.err().strip())
        .startsWith("tarjuma: 'de' is not a supported target")
        .doesNotContain("\n");

    Run usage = cli("translate", "seeds/kandahar-strikes.txt");
    assertThat(usage.code()).isEqualTo(2);
    assertThat(usage.err()).contains("Missing required option: '--to");

    Run down =
        cli(
            "memory",
            "import",
            "src/test/resources/memory/sample.tmx",
            "--server=http://localhost:1");
    assertThat(down.code()).isEqualTo(1);
    assertThat(down.err().strip()).startsWith("tarjuma: cannot reach http://localhost:1");

    Run badKey =
        cli(
            "memory",
            "import",
            "src/test/resources/memory/sample.tmx",
            server(),
            "--key=tj_000000000000_not-a-key");
    assertThat(badKey.code()).isEqualTo(1);
    assertThat(badKey.err().strip())
        .isEqualTo("tarjuma: The API key is not valid: it is unknown, revoked or expired.");
  }

  @Test
  void everyCommandHasHelp() {
    for (String[] args :
        new String[][] {
          {"--help"},
          {"translate", "--help"},
          {"glossary", "--help"},
          {"glossary", "import", "--help"},
          {"glossary", "export", "--help"},
          {"memory", "import", "--help"},
          {"job", "upload", "--help"}
        }) {
      Run run = cli(args);
      assertThat(run.code()).as(String.join(" ", args)).isZero();
      assertThat(run.out()).contains("Usage: tarjuma");
    }
  }

  @Test
  void importsMemoryAndExportsTheGlossary() throws Exception {
    Run memory = cli("memory", "import", "src/test/resources/memory/sample.tmx", server());
    assertThat(memory.code()).as(memory.err()).isZero();
    assertThat(memory.out()).contains("\"imported\":3");

    Path csv = out.resolve("glossary.csv");
    Run export = cli("glossary", "export", "--format", "csv", "--out", csv.toString(), server());
    assertThat(export.code()).isZero();
    assertThat(Files.readString(csv)).contains("ispr", "ڈیورنڈ لائن");

    Run dryRun = cli("glossary", "import", csv.toString(), server());
    assertThat(dryRun.code()).as(dryRun.err()).isZero();
    assertThat(dryRun.out()).contains("\"dryRun\":true");
    Path basic = out.resolve("basic.tbx");
    Run tbx =
        cli("glossary", "export", "--format", "tbx-basic", "--out", basic.toString(), server());
    assertThat(tbx.code()).as(tbx.err()).isZero();
    assertThat(Files.readString(basic)).contains("type=\"TBX-Basic\"", "ڈیورنڈ لائن");
    Run basicDryRun = cli("glossary", "import", basic.toString(), server());
    assertThat(basicDryRun.code()).as(basicDryRun.err()).isZero();
    assertThat(basicDryRun.out()).contains("\"changed\":[]");
  }

  /**
   * OmegaT's .txt and Crowdin's .csv go to the server as CSV, which tells them apart; --lang names
   * the target language of a one-language file, and without it the server's refusal is printed.
   */
  @Test
  void importsTheGlossaryFilesOfOtherTools() {
    String dir = "src/test/resources/glossary/import/";
    Run omegat = cli("glossary", "import", dir + "omegat-ps.txt", "--lang", "ps", server());
    assertThat(omegat.code()).as(omegat.err()).isZero();
    assertThat(omegat.out()).contains("\"dryRun\":true", "\"kapisa\"", "column 3 (comment)");
    Run crowdin = cli("glossary", "import", dir + "crowdin.csv", server());
    assertThat(crowdin.out()).contains("\"parwan\"", "Description [en]");
    Run noLang = cli("glossary", "import", dir + "weblate-ur.csv", server());
    assertThat(noLang.code()).isEqualTo(1);
    assertThat(noLang.err()).contains("send lang=ur, ps or prs");
  }

  @Test
  void runsOnTheEmbeddedStoreWithoutAServer() throws Exception {
    System.setProperty(
        "spring.datasource.url",
        "jdbc:h2:mem:cli-embedded;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    try {
      Files.writeString(out.resolve("short.md"), "# Kabul\n\nThe talks ended.\n");
      Run run = cli("translate", out.resolve("short.md").toString(), "--to", "prs");
      assertThat(run.code()).isEqualTo(3);
      assertThat(Files.readString(out.resolve("short.prs.md")))
          .isEqualTo("# Kabul\n\nThe talks ended.\n");
    } finally {
      System.clearProperty("spring.datasource.url");
    }
  }

  // A job's XLIFF export sent back: the report on stdout; a language the job lacks: exit 1.
  @Test
  void uploadsAnXliffFileBackIntoAJob() throws Exception {
    ApiClient api = new ApiClient(port);
    String id =
        ApiClient.json(
                api.post("/api/v1/jobs", "{\"text\": \"It rained.\", \"targets\": [\"ur\"]}"))
            .get("id")
            .asString();
    Instant until = Instant.now().plusSeconds(30);
    while (!ApiClient.json(api.get("/api/v1/jobs/" + id)).get("status").asString().equals("done")
        && Instant.now().isBefore(until)) {
      Thread.sleep(100);
    }
    Path xliff = out.resolve("ur.xlf");
    Files.writeString(xliff, api.get("/api/v1/jobs/" + id + "/result/ur?as=xliff").body());

    Run run = cli("job", "upload", id, "ur", xliff.toString(), "--approve", server());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"approve\":true", "\"unchanged\":1");

    Run wrong = cli("job", "upload", id, "ps", xliff.toString(), server());
    assertThat(wrong.code()).isEqualTo(1);
    assertThat(wrong.err()).contains("not ps");
  }
}

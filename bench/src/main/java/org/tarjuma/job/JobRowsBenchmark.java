package org.tarjuma.job;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tarjuma.testing.Fixtures;

/**
 * What storing an all-hit seed job's rows costs on an embedded PostgreSQL: the seed article's
 * segments × 3 languages, one transaction per job, the columns {@code JobSegments} writes; first as
 * a job writes them, then each way changing one thing (no multi-row rewrite, a C collation on the
 * job id, no source text, no WAL, no primary key), each job of each way in turn with the others so
 * the machine's noise falls on all alike. Prints the database's collation and each way's p50 and
 * p90 in ms. Run: {@code ./mvnw -Pbench verify -Dbench.main=org.tarjuma.job.JobRowsBenchmark
 * -DskipTests}; {@code -Druns=300} through {@code JAVA_TOOL_OPTIONS}.
 */
public final class JobRowsBenchmark {

  public static void main(String[] args) throws Exception {
    // The seed article's segments, as a job stores them.
    List<String> sentences = new ArrayList<>();
    for (var segment :
        Fixtures.SEGMENTER
            .segment(
                Files.readString(Path.of("seeds/kandahar-strikes.txt")),
                org.tarjuma.segment.Format.TEXT,
                Fixtures.LANGUAGES.require("en"))
            .segments()) {
      sentences.add(segment.text());
    }
    int runs = Integer.getInteger("runs", 300);
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      String url = postgres.getJdbcUrl("postgres", "postgres");
      try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
          Statement s = c.createStatement()) {
        try (ResultSet rs =
            s.executeQuery(
                "SELECT datcollate FROM pg_database WHERE datname = current_database()")) {
          rs.next();
          System.out.println("database collation: " + rs.getString(1));
        }
        // The real table, as the migrations make it, and a copy of it for each way.
        org.flywaydb.core.Flyway.configure()
            .dataSource(url, "postgres", "postgres")
            .load()
            .migrate();
        s.execute("CREATE TABLE job_segment_c (LIKE job_segment INCLUDING ALL)");
        s.execute("ALTER TABLE job_segment_c ALTER COLUMN job_id TYPE VARCHAR(36) COLLATE \"C\"");
        s.execute("CREATE UNLOGGED TABLE job_segment_u (LIKE job_segment INCLUDING ALL)");
        s.execute("CREATE TABLE job_segment_n (LIKE job_segment INCLUDING DEFAULTS)");
      }
      Map<String, Way> ways = new LinkedHashMap<>();
      // As a job stores them (multi-row inserts, PostgresBatches), then each way that changes one
      // thing: what each thing costs.
      String rewritten = url + "&reWriteBatchedInserts=true";
      ways.put("as a job: rewritten batch", new Way(rewritten, "job_segment"));
      ways.put("batch, not rewritten", new Way(url, "job_segment"));
      ways.put("job_id COLLATE \"C\"", new Way(rewritten, "job_segment_c"));
      ways.put("without the source text", new Way(rewritten, "job_segment", true));
      ways.put("unlogged table (no WAL)", new Way(rewritten, "job_segment_u"));
      ways.put("without the primary key", new Way(rewritten, "job_segment_n"));
      System.out.printf(
          "%d sentences × 3 languages = %d rows per job; %d jobs per way after %d warm-up%n",
          sentences.size(), sentences.size() * 3, runs, runs / 3);
      for (int i = -runs / 3; i < runs; i++) {
        for (Way way : ways.values()) {
          long ns = way.store(sentences);
          if (i >= 0) {
            way.ms[i] = ns / 1e6;
          }
        }
      }
      ways.forEach(
          (name, way) -> {
            Arrays.sort(way.ms);
            System.out.printf(
                "%-28s p50 %.2f ms, p90 %.2f ms%n", name, way.ms[runs / 2], way.ms[runs * 9 / 10]);
          });
      for (Way way : ways.values()) {
        way.connection.close();
      }
    }
  }

  private static final class Way {
    final Connection connection;
    final String table;
    final double[] ms = new double[Integer.getInteger("runs", 300)];
    final boolean narrow;

    Way(String url, String table) throws Exception {
      this(url, table, false);
    }

    Way(String url, String table, boolean narrow) throws Exception {
      this.narrow = narrow;
      this.connection = DriverManager.getConnection(url, "postgres", "postgres");
      this.connection.setAutoCommit(false);
      this.table = table;
    }

    long store(List<String> sentences) throws Exception {
      String job = UUID.randomUUID().toString();
      long t0 = System.nanoTime();
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO "
                  + table
                  + " ("
                  + JobSegments.COLUMNS
                  + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (String lang : List.of("ur", "ps", "prs")) {
          for (int p = 0; p < sentences.size(); p++) {
            String source = sentences.get(p);
            insert.setString(1, job);
            insert.setString(2, lang);
            insert.setInt(3, p);
            insert.setString(4, Integer.toHexString(source.hashCode()) + "-" + p);
            insert.setString(5, narrow ? "" : source);
            insert.setString(6, "ترجمه ".repeat(source.length() / 6 + 1));
            insert.setString(7, "memory");
            insert.setString(8, "memory");
            insert.setString(9, "");
            insert.setString(10, "[]");
            insert.setLong(11, 0);
            insert.setString(12, null);
            insert.addBatch();
          }
        }
        insert.executeBatch();
      }
      connection.commit();
      return System.nanoTime() - t0;
    }
  }
}

package org.tarjuma.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database the tests that start Tarjuma run on, chosen by the system property {@value
 * #PROPERTY}: {@code h2} (or unset), each test's own H2 database as its URL names it; or {@code
 * postgresql} (the build's second test run), one embedded PostgreSQL for the whole JVM, started on
 * first use and stopped when the JVM exits, holding one database per H2 database: {@code
 * jdbc:h2:mem:jobs;…} becomes the database {@code jobs}, made on first use, so tests that share an
 * H2 name share a database and the others stay apart, exactly as on H2. A file URL becomes a
 * database named after the file. Thread-safe; every method throws {@link IllegalStateException}
 * when the property has any other value.
 */
public final class TestDatabase {

  /** The system property that chooses the database. */
  public static final String PROPERTY = "tarjuma.test.database";

  /** The superuser of the embedded server, which trusts local connections without a password. */
  static final String USER = "postgres";

  /** An H2 URL: {@code jdbc:h2:mem:<name>;…}, or a file (or server) with its settings. */
  private static final Pattern H2 = Pattern.compile("jdbc:h2:(?:(mem):|file:)?([^;]*)(;.*)?");

  /** PostgreSQL's limit on a database name, in bytes. */
  private static final int LONGEST_NAME = 63;

  private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
  private static EmbeddedPostgres server;
  private static final Set<String> made = new HashSet<>();

  private TestDatabase() {}

  /** Whether this JVM's tests run on PostgreSQL. */
  public static boolean postgresql() {
    String database = System.getProperty(PROPERTY, "h2");
    return switch (database) {
      case "h2" -> false;
      case "postgresql" -> true;
      default ->
          throw new IllegalStateException(
              PROPERTY + " must be h2 or postgresql, not \"" + database + "\"");
    };
  }

  /**
   * On PostgreSQL, the URL of the database that stands for this H2 URL, made if it does not exist
   * yet; empty on H2, and for a URL that is not H2's.
   */
  public static Optional<String> insteadOf(String url) {
    Matcher h2 = H2.matcher(url);
    if (!postgresql() || !h2.matches()) {
      return Optional.empty();
    }
    String name = h2.group(1) != null ? h2.group(2) : fileDatabase(h2.group(2));
    return Optional.of(database(name));
  }

  /**
   * The command-line arguments that start Tarjuma in another JVM on this H2 URL, or on PostgreSQL
   * on the database that stands for it (that JVM reaches this one's server).
   */
  public static List<String> arguments(String h2Url) {
    return insteadOf(h2Url)
        .map(
            url ->
                List.of(
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + USER,
                    "--spring.datasource.password="))
        .orElse(List.of("--spring.datasource.url=" + h2Url));
  }

  /** The file's name and a hash of its whole path: the same file, the same database. */
  private static String fileDatabase(String path) {
    String absolute = Path.of(path).toAbsolutePath().normalize().toString();
    String file = Path.of(absolute).getFileName().toString();
    return "file-" + DigestUtils.sha256Hex(absolute).substring(0, 12) + "-" + file;
  }

  private static synchronized String database(String name) {
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    String database =
        bytes.length <= LONGEST_NAME
            ? name
            : name.substring(0, LONGEST_NAME / 4) + "-" + hash(name);
    EmbeddedPostgres postgres = server();
    if (!made.contains(database)) {
      create(postgres, database);
      made.add(database);
    }
    return postgres.getJdbcUrl(USER, database);
  }

  private static String hash(String name) {
    return DigestUtils.sha256Hex(name).substring(0, 16);
  }

  private static void create(EmbeddedPostgres postgres, String database) {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        PreparedStatement exists =
            connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, database);
      try (ResultSet found = exists.executeQuery();
          Statement create = connection.createStatement()) {
        if (!found.next()) {
          create.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
          log.info("Test database {} made on the embedded PostgreSQL", database);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not make the test database " + database, e);
    }
  }

  private static EmbeddedPostgres server() {
    if (server == null) {
      try {
        // Registers its own shutdown hook: stopped, and its files deleted, when the JVM exits.
        // Every cached test context keeps its pool open: room for all of them.
        server = EmbeddedPostgres.builder().setServerConfig("max_connections", "1000").start();
      } catch (IOException e) {
        throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
      }
    }
    return server;
  }
}

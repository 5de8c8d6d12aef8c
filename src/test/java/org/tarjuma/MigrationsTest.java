package org.tarjuma;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The same migrations run on embedded H2 and on real PostgreSQL and give the same tables. */
class MigrationsTest {

  @Test
  void sameSchemaOnH2AndPostgres() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:migrations;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      DataSource pg = postgres.getPostgresDatabase();
      int h2Applied = migrate(h2);
      int pgApplied = migrate(pg);
      assertThat(pgApplied).isEqualTo(h2Applied).isPositive();
      Map<String, String> h2Columns = columns(h2);
      assertThat(h2Columns).containsKey("instance.started_at");
      assertThat(columns(pg)).isEqualTo(h2Columns);
      for (DataSource db : new DataSource[] {h2, pg}) {
        new JdbcTemplate(db)
            .update(
                "INSERT INTO instance (id, host, version, started_at) VALUES (?, ?, ?, ?)",
                "n1",
                "host",
                "0.1.0",
                Timestamp.from(Instant.now()));
        assertThat(
                new JdbcTemplate(db).queryForObject("SELECT count(*) FROM instance", Integer.class))
            .isEqualTo(1);
      }
    }
  }

  private static int migrate(DataSource db) {
    return Flyway.configure()
        .dataSource(db)
        .locations("classpath:db/migration")
        .load()
        .migrate()
        .migrationsExecuted;
  }

  /** table.column → a coarse type, for the tables the migrations made (not Flyway's own). */
  private static Map<String, String> columns(DataSource db) throws SQLException {
    Map<String, String> out = new TreeMap<>();
    try (Connection c = db.getConnection();
        ResultSet rs = c.getMetaData().getColumns(null, "public", "%", "%")) {
      while (rs.next()) {
        String table = rs.getString("TABLE_NAME").toLowerCase();
        if (!table.startsWith("flyway")) {
          out.put(
              table + "." + rs.getString("COLUMN_NAME").toLowerCase(),
              coarse(rs.getInt("DATA_TYPE")) + (rs.getInt("NULLABLE") == 0 ? " not null" : ""));
        }
      }
    }
    return out;
  }

  /** The JDBC type, in the few kinds the migrations use: drivers name them differently. */
  private static String coarse(int jdbcType) {
    return switch (jdbcType) {
      case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR, Types.NCLOB ->
          "text";
      case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> "timestamp";
      case Types.INTEGER -> "integer";
      case Types.BIGINT -> "bigint";
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> "bytes";
      case Types.BOOLEAN, Types.BIT -> "boolean";
      default -> "jdbc type " + jdbcType;
    };
  }
}

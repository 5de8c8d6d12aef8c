package org.tarjuma.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions in the tables V13 makes, through Spring Session's own repository, on H2 and PostgreSQL.
 */
class StoredSessionsTest {

  private static final String CONTEXT = "SPRING_SECURITY_CONTEXT";

  @Test
  void whatThePagesKeepInASessionComesBackOnH2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:stored-sessions;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    assertSessionsComeBack(h2);
  }

  @Test
  void whatThePagesKeepInASessionComesBackOnPostgres() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      assertSessionsComeBack(postgres.getPostgresDatabase());
    }
  }

  private static void assertSessionsComeBack(DataSource db) {
    Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
    JdbcIndexedSessionRepository sessions =
        new JdbcIndexedSessionRepository(
            new JdbcTemplate(db), new TransactionTemplate(new DataSourceTransactionManager(db)));
    sessions.setConversionService(new StoredSessions().springSessionConversionService());
    assertSessionsComeBack(sessions, db);
    sessions.cleanUpExpiredSessions();
    sessions.cleanUpExpiredSessions();
    assertThat(
            new JdbcTemplate(db)
                .queryForObject("SELECT COUNT(*) FROM spring_session", Integer.class))
        .as("the expired session deleted, by two nodes' clean-ups alike")
        .isEqualTo(1);
  }

  private static <S extends Session> void assertSessionsComeBack(
      FindByIndexNameSessionRepository<S> sessions, DataSource db) {
    // The longest name a user may have (Spring Session's own table holds 100 characters).
    String name = "a".repeat(120);
    Caller caller = new Caller(name, Role.TRANSLATOR, null, List.of("ur", "prs"));
    UserAccount.Principal user = new UserAccount.Principal(name, null, true, caller);
    S made = sessions.createSession();
    made.setAttribute(
        CONTEXT,
        new SecurityContextImpl(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
    made.setAttribute("csrf", new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "t0k3n"));
    sessions.save(made);

    S read = sessions.findById(made.getId());
    SecurityContext context = read.getAttribute(CONTEXT);
    assertThat(context.getAuthentication().getPrincipal()).isEqualTo(user);
    assertThat(((UserAccount.Principal) context.getAuthentication().getPrincipal()).caller())
        .isEqualTo(caller);
    assertThat(read.<CsrfToken>getAttribute("csrf").getToken()).isEqualTo("t0k3n");
    assertThat(sessions.findByPrincipalName(name)).containsOnlyKeys(made.getId());

    // What cannot be read any more reads as nothing.
    new JdbcTemplate(db)
        .update(
            "UPDATE spring_session_attributes SET attribute_bytes = ? WHERE attribute_name = ?",
            new byte[] {1, 2, 3},
            CONTEXT);
    assertThat(sessions.findById(made.getId()).<Object>getAttribute(CONTEXT)).isNull();

    // One more, idle for longer than it may be: the clean-up's to delete.
    S idle = sessions.createSession();
    idle.setMaxInactiveInterval(Duration.ofMinutes(30));
    idle.setLastAccessedTime(Instant.now().minus(Duration.ofMinutes(31)));
    sessions.save(idle);
  }
}

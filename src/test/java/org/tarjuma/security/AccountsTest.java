package org.tarjuma.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.codec.digest.DigestUtils;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Users, keys and sign-in attempts on their own, on embedded H2. */
@ExtendWith(OutputCaptureExtension.class)
class AccountsTest {

  private static final PasswordEncoder ENCODER =
      PasswordEncoderFactories.createDelegatingPasswordEncoder();

  /** One database for every try of the sign-in property (each try starts by emptying it). */
  private static final JdbcTemplate ATTEMPTS_DATABASE = database("attempts");

  private static JdbcTemplate database(String name) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    return new JdbcTemplate(h2);
  }

  @Test
  void theFirstStartMakesAnAdminWithAGeneratedPasswordPrintedOnce(CapturedOutput output) {
    UserAccount users = new UserAccount(database("bootstrap-generated"), ENCODER);
    new AdminBootstrap(users, new SecurityProperties(null, null));
    Matcher printed = Pattern.compile("generated password (\\S+) ").matcher(output.getAll());
    assertThat(printed.find()).isTrue();
    UserAccount.Principal admin = users.find("admin").orElseThrow();
    assertThat(admin.caller().role()).isEqualTo(Role.ADMIN);
    assertThat(admin.getPassword()).startsWith("{bcrypt}").doesNotContain(printed.group(1));
    assertThat(ENCODER.matches(printed.group(1), admin.getPassword())).isTrue();

    // A second start finds a user and makes none.
    int before = output.getAll().length();
    new AdminBootstrap(users, new SecurityProperties(null, null));
    assertThat(output.getAll().substring(before)).doesNotContain("Created the user");
    assertThat(users.all()).hasSize(1);
  }

  @Test
  void theAdminPasswordFromTheEnvironmentIsUsedAndNeverLogged(CapturedOutput output) {
    UserAccount users = new UserAccount(database("bootstrap-given"), ENCODER);
    new AdminBootstrap(users, new SecurityProperties(null, "a long chosen password"));
    assertThat(
            ENCODER.matches(
                "a long chosen password", users.find("admin").orElseThrow().getPassword()))
        .isTrue();
    assertThat(output.getAll())
        .contains("password from TARJUMA_ADMIN_PASSWORD")
        .doesNotContain("a long chosen password");
  }

  @Test
  void settingsFailFastWithAClearMessage() {
    assertThatThrownBy(() -> new SecurityProperties("short", null))
        .hasMessageContaining("TARJUMA_ADMIN_KEY must be at least 24 characters");
    assertThatThrownBy(() -> new SecurityProperties(null, "tiny"))
        .hasMessageContaining("at least 12 characters");
    assertThat(
            new SecurityProperties("0123456789abcdef01234567", "a long chosen password").toString())
        .doesNotContain("0123456789abcdef01234567", "a long chosen password");
  }

  @Test
  void keysAreStoredHashedAndCheckedForRevocationAndExpiry() {
    JdbcTemplate db = database("keys");
    Instant now = Instant.parse("2026-11-25T10:00:00Z");
    ApiKeys keys = new ApiKeys(db, Clock.fixed(now, ZoneOffset.UTC));
    ApiKeys.Created created =
        keys.create("CMS", Role.TRANSLATOR, null, List.of("ur", "prs"), now.plusSeconds(60), "t");
    assertThat(db.queryForList("SELECT key_hash FROM api_key", String.class))
        .containsExactly(DigestUtils.sha256Hex(created.key()));
    assertThat(
            db.queryForObject(
                "SELECT COUNT(*) FROM api_key WHERE key_hash = ?", Integer.class, created.key()))
        .isZero();
    Caller caller = keys.verify(created.key()).orElseThrow();
    assertThat(caller.role()).isEqualTo(Role.TRANSLATOR);
    assertThat(caller.edits("ur")).isTrue();
    assertThat(caller.edits("ps")).isFalse();
    // One character off, another id, or not our format at all: no caller.
    String key = created.key();
    assertThat(keys.verify(key.substring(0, key.length() - 1) + (key.endsWith("A") ? "B" : "A")))
        .isEmpty();
    assertThat(keys.verify("tj_ffffffffffff" + key.substring(15))).isEmpty();
    assertThat(keys.verify("Bearer")).isEmpty();

    ApiKeys later = new ApiKeys(db, Clock.fixed(now.plusSeconds(61), ZoneOffset.UTC));
    assertThat(later.verify(key)).isEmpty();
    assertThat(keys.revoke(created.info().id())).isTrue();
    assertThat(keys.verify(key)).isEmpty();
    assertThat(keys.all().getFirst().revokedAt()).isEqualTo(now);
    assertThat(keys.revoke("nope")).isFalse();
  }

  /** Sign-in attempts: free up to five, then a wait that doubles, capped at 15 minutes. */
  @Property(tries = 50)
  void waitsGrowAfterFiveFailuresAndASuccessForgetsThem(
      @ForAll @IntRange(min = 1, max = 14) int failures) {
    Instant now = Instant.parse("2026-11-25T10:00:00Z");
    ATTEMPTS_DATABASE.update("DELETE FROM sign_in_failure");
    LoginAttempts attempts = new LoginAttempts(ATTEMPTS_DATABASE, Clock.fixed(now, ZoneOffset.UTC));
    for (int i = 0; i < failures; i++) {
      attempts.failed("Amna", "10.0.0.1");
    }
    Duration wait = attempts.waitFor("amna", "10.0.0.1");
    if (failures < LoginAttempts.FREE) {
      assertThat(wait).isZero();
    } else {
      long expected = Math.min(900, 30L << (failures - LoginAttempts.FREE));
      assertThat(wait).isEqualTo(Duration.ofSeconds(expected));
    }
    assertThat(attempts.waitFor("bilal", "10.0.0.1")).isZero();
    attempts.succeeded("AMNA", "10.0.0.1");
    assertThat(attempts.waitFor("amna", "10.0.0.1")).isZero();
  }
}

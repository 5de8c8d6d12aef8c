package org.tarjuma.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tarjuma.engine.DeeplEcho;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.TestDatabase;
import tools.jackson.databind.JsonNode;

/**
 * Leases are taken, renewed, compared and ended on the database's clock only: while a job runs with
 * a callback (job leases, claims and permits on PostgreSQL, the outbox, heartbeats), no statement
 * that reads or writes a lease, a due time or a heartbeat carries a time from this node, as a value
 * or as a literal. So a node whose clock is off (5 s, or an hour) takes and keeps leases exactly as
 * one whose clock is right.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:leaseclock;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.memory.seed-path=target/no-seeds",
      "tarjuma.jobs.allow-private-callbacks=true",
      "tarjuma.jobs.lease=2s",
      "tarjuma.jobs.claim-interval=200ms",
      "tarjuma.cluster.heartbeat=200ms",
      "tarjuma.cluster.renew=200ms",
      "tarjuma.engines.slow.type=deepl",
      "tarjuma.engines.slow.key=k",
      "tarjuma.engines.slow.max-items=1",
      "tarjuma.routing.ur=slow"
    })
class LeaseClockTest {

  static final DeeplEcho ECHO = new DeeplEcho(300, 0);
  static final WireMockServer ENGINE = ECHO.serve();
  static final List<Bound> STATEMENTS = new CopyOnWriteArrayList<>();

  /** A statement as sent: its SQL and whether a time from the JVM was bound to it. */
  record Bound(String sql, List<String> times) {}

  private static final Pattern LEASE_COLUMNS =
      Pattern.compile("lease_until|heartbeat_at|due_at", Pattern.CASE_INSENSITIVE);
  private static final Pattern TIME_LITERAL =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}");

  @DynamicPropertySource
  static void engine(DynamicPropertyRegistry registry) {
    registry.add("tarjuma.engines.slow.base-url", () -> "http://localhost:" + ENGINE.port());
  }

  @AfterAll
  static void stop() {
    ENGINE.stop();
  }

  /** Every statement the application prepares or runs, recorded with the times bound to it. */
  @TestConfiguration
  static class Recording {
    @Bean
    static BeanPostProcessor recordStatements() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          if (bean instanceof DataSource source && !(bean instanceof Proxy)) {
            return proxy(DataSource.class, source, LeaseClockTest::connections);
          }
          return bean;
        }
      };
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target, Handler handler) {
    return (T)
        Proxy.newProxyInstance(
            LeaseClockTest.class.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              try {
                return handler.handle(target, method, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @FunctionalInterface
  private interface Handler {
    Object handle(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable;
  }

  private static Object connections(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    Object result = method.invoke(target, args);
    if (result instanceof Connection connection && !method.getName().equals("unwrap")) {
      return proxy(Connection.class, connection, LeaseClockTest::statements);
    }
    return result;
  }

  private static Object statements(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    Object result = method.invoke(target, args);
    if (result instanceof PreparedStatement prepared && method.getName().startsWith("prepare")) {
      Bound bound = new Bound((String) args[0], new CopyOnWriteArrayList<>());
      STATEMENTS.add(bound);
      InvocationHandler binding =
          (proxy, m, a) -> {
            if (m.getName().startsWith("set") && a != null && a.length >= 2) {
              Object value = a[1];
              if (m.getName().matches("setTimestamp|setDate|setTime")
                  || value instanceof java.util.Date
                  || value instanceof TemporalAccessor) {
                bound.times().add(m.getName() + "(" + value + ")");
              }
            }
            try {
              return m.invoke(prepared, a);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          };
      return Proxy.newProxyInstance(
          LeaseClockTest.class.getClassLoader(), new Class<?>[] {PreparedStatement.class}, binding);
    }
    if (result instanceof Statement statement && method.getName().equals("createStatement")) {
      return proxy(
          Statement.class,
          statement,
          (t, m, a) -> {
            if (m.getName().startsWith("execute") && a != null && a[0] instanceof String sql) {
              STATEMENTS.add(new Bound(sql, List.of()));
            }
            return m.invoke(t, a);
          });
    }
    return result;
  }

  @LocalServerPort int port;
  @Autowired Sharing sharing;

  @Test
  void noStatementOnALeaseCarriesThisNodesTime() throws Exception {
    ENGINE.stubFor(WireMock.post("/callback").willReturn(WireMock.aResponse().withStatus(204)));
    ApiClient api = new ApiClient(port);
    String body =
        "{\"text\": \"The lease clock test began. It ran for a while. Then it ended.\", \"targets\":"
            + " [\"ur\"], \"callbackUrl\": \"http://localhost:"
            + ENGINE.port()
            + "/callback\"}";
    String id = ApiClient.json(api.post("/api/v1/jobs", body)).get("id").asString();
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    JsonNode status = ApiClient.json(api.get("/api/v1/jobs/" + id));
    while (!status.get("status").asString().equals("done") && Instant.now().isBefore(until)) {
      Thread.sleep(100);
      status = ApiClient.json(api.get("/api/v1/jobs/" + id));
    }
    assertThat(status.get("status").asString()).isEqualTo("done");
    while (ENGINE.findAll(WireMock.postRequestedFor(WireMock.urlEqualTo("/callback"))).isEmpty()
        && Instant.now().isBefore(until)) {
      Thread.sleep(100);
    }
    // Heartbeats, claim rounds and renewals go on meanwhile.
    Thread.sleep(1000);

    List<Bound> onLeases = new ArrayList<>();
    for (Bound b : STATEMENTS) {
      if (LEASE_COLUMNS.matcher(b.sql()).find()) {
        onLeases.add(b);
      }
    }
    List<String> sqls = onLeases.stream().map(Bound::sql).map(s -> s.toLowerCase()).toList();
    // What was exercised: a job's lease taken, renewed and ended, the outbox row taken, the node's
    // heartbeat; claims and permits too where they are in the database.
    assertThat(sqls).anyMatch(s -> s.contains("update job") && s.contains("lease_until"));
    assertThat(sqls).anyMatch(s -> s.contains("callback_outbox"));
    assertThat(sqls).anyMatch(s -> s.contains("heartbeat_at"));
    if (TestDatabase.postgresql()) {
      assertThat(sharing.shared()).isTrue();
      assertThat(sqls).anyMatch(s -> s.contains("translation_claim"));
      assertThat(sqls).anyMatch(s -> s.contains("engine_permit"));
    }
    assertThat(onLeases)
        .allSatisfy(
            b -> {
              // One exception: a new job's created_at, the node's time as the outlet saw it in the
              // answer to its request. It orders jobs waiting to be claimed; it decides no lease.
              List<String> times =
                  b.sql().startsWith("INSERT INTO job (") && b.times().size() == 1
                      ? List.of()
                      : b.times();
              assertThat(times).as(b.sql()).isEmpty();
              assertThat(TIME_LITERAL.matcher(b.sql()).find()).as(b.sql()).isFalse();
            });
  }
}

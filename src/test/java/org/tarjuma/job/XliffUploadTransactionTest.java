package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjuma.job.TranslatedFiles.export;
import static org.tarjuma.job.TranslatedFiles.retarget;
import static org.tarjuma.job.TranslatedFiles.upload;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.tarjuma.memory.TranslationMemory;
import org.tarjuma.testing.ApiClient;

/** An upload is applied in one transaction: a failure part way leaves nothing of it. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:xliff-transaction;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.memory.seed-path=target/no-seeds"
    })
class XliffUploadTransactionTest {

  /** The application's memory, failing the save after {@link #SAVES_LEFT} more (-1: never). */
  @TestConfiguration
  static class Failing {
    static final AtomicInteger SAVES_LEFT = new AtomicInteger(-1);

    @Bean
    @Primary
    TranslationMemory failingMemory(@Qualifier("jdbcTranslationMemory") TranslationMemory real) {
      return (TranslationMemory)
          Proxy.newProxyInstance(
              TranslationMemory.class.getClassLoader(),
              new Class<?>[] {TranslationMemory.class},
              (proxy, method, args) -> {
                if (method.getName().equals("save") && SAVES_LEFT.getAndDecrement() == 0) {
                  throw new IllegalStateException("the memory failed");
                }
                try {
                  return method.invoke(real, args);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
              });
    }
  }

  @LocalServerPort int port;
  @Autowired JobStore store;
  @Autowired JobSegments rows;
  @Autowired TranslationMemory memory;

  // The second approval fails: the first segment's edit and approval are rolled back with it.
  @Test
  void aFailurePartWayAppliesNothing() {
    ApiClient api = new ApiClient(port);
    List<String> ids = TranslatedFiles.store(store, rows, "t-atomic");
    String file = retarget(export(api, "t-atomic", "ur"), ids.get(0), XliffUploadTest.MINISTER);
    file = retarget(file, ids.get(1), "بات چیت ختم ہوئی۔");
    Failing.SAVES_LEFT.set(1);

    HttpResponse<String> response = upload(api, "t-atomic", "ur", file, "approve=true");

    Failing.SAVES_LEFT.set(-1);
    ApiClient.assertProblem(response, 500, "logged as error");
    assertThat(rows.reviewed("t-atomic", "ur"))
        .allSatisfy(s -> assertThat(s.review().version()).isZero());
    assertThat(rows.one("t-atomic", "ur", 0).orElseThrow().segment().target())
        .isEqualTo(TranslatedFiles.normalized("ur", TranslatedFiles.URDU.get(0)));
    assertThat(memory.exact("en", "ur", "The <1>minister</1> left on Monday.")).isEmpty();
  }
}

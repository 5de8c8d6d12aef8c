package org.tarjuma.cluster;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, batched inserts are sent as multi-row inserts ({@code reWriteBatchedInserts}): a
 * job's rows, the usage ledger and claims go in a few statements rather than one per row, which is
 * most of what an all-hit job costs there. H2 is left as it is (it would refuse the setting).
 */
@Component
class PostgresBatches implements BeanPostProcessor {

  @Override
  public Object postProcessBeforeInitialization(Object bean, String name) {
    if (bean instanceof HikariDataSource pool
        && pool.getJdbcUrl() != null
        && pool.getJdbcUrl().startsWith("jdbc:postgresql:")
        && !pool.getJdbcUrl().contains("reWriteBatchedInserts")) {
      pool.addDataSourceProperty("reWriteBatchedInserts", "true");
    }
    return bean;
  }
}

package org.tarjuma.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings shared by every endpoint.
 *
 * @param maxBodySize the largest request body accepted ({@code tarjuma.api.max-body-size}); larger
 *     ones are answered with 413
 */
@ConfigurationProperties("tarjuma.api")
public record ApiProperties(@DefaultValue("1MB") DataSize maxBodySize) {

  public ApiProperties {
    if (maxBodySize == null || maxBodySize.toBytes() <= 0) {
      throw new IllegalArgumentException("tarjuma.api.max-body-size must be a positive size");
    }
  }
}

package org.tarjuma.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * How the sessions' attributes are written to the database (Spring Session JDBC): Java
 * serialization, as Spring Session does by default, except that an attribute that can no longer be
 * read (a class changed in an upgrade, while nodes of both versions share the sessions) reads as
 * absent. Its user is then signed out and signs in again, rather than meeting an error on every
 * page for as long as the session lasts.
 */
@Configuration(proxyBeanMethods = false)
class StoredSessions {

  private static final Logger log = LoggerFactory.getLogger(StoredSessions.class);

  /** The name Spring Session looks for. */
  @Bean
  ConversionService springSessionConversionService() {
    DeserializingConverter reader =
        new DeserializingConverter(StoredSessions.class.getClassLoader());
    GenericConversionService conversions = new GenericConversionService();
    conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
    conversions.addConverter(byte[].class, Object.class, bytes -> readOrNull(reader, bytes));
    return conversions;
  }

  private static Object readOrNull(DeserializingConverter reader, byte[] bytes) {
    try {
      return reader.convert(bytes);
    } catch (SerializationFailedException e) {
      log.warn("A stored session attribute could not be read and is ignored: {}", e.getMessage());
      return null;
    }
  }
}

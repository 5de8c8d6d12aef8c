package org.tarjuma.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tarjuma.security.*}, from the environment in application.properties.
 *
 * @param adminKey {@code TARJUMA_ADMIN_KEY}: when set, an API key with the admin role, for
 *     bootstrap and scripts; at least 24 characters; never logged, never shown
 * @param adminPassword {@code TARJUMA_ADMIN_PASSWORD}: the password of the {@code admin} user made
 *     on first start; when unset, one is generated and printed once to the log
 */
@ConfigurationProperties("tarjuma.security")
record SecurityProperties(String adminKey, String adminPassword) {

  static final int MIN_ADMIN_KEY = 24;

  SecurityProperties {
    adminKey = adminKey == null || adminKey.isBlank() ? null : adminKey.strip();
    adminPassword = adminPassword == null || adminPassword.isEmpty() ? null : adminPassword;
    if (adminKey != null && adminKey.length() < MIN_ADMIN_KEY) {
      throw new IllegalArgumentException(
          "TARJUMA_ADMIN_KEY must be at least "
              + MIN_ADMIN_KEY
              + " characters (e.g. openssl rand -hex 24)");
    }
    if (adminPassword != null) {
      UserAccount.PasswordRule.check(adminPassword);
    }
  }

  @Override
  public String toString() {
    return "SecurityProperties[adminKey="
        + (adminKey == null ? "unset" : "***")
        + ", adminPassword="
        + (adminPassword == null ? "unset" : "***")
        + "]";
  }
}

package org.tarjuma.security;

import java.security.SecureRandom;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On first start (no user at all) makes the user {@code admin}: with {@code TARJUMA_ADMIN_PASSWORD}
 * when set, else with a generated password printed once to the log.
 */
@Component
class AdminBootstrap {

  private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
  static final String ADMIN = "admin";
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  AdminBootstrap(UserAccount users, SecurityProperties properties) {
    if (!users.isEmpty()) {
      return;
    }
    if (properties.adminPassword() != null) {
      users.create(ADMIN, properties.adminPassword(), Role.ADMIN, null, List.of());
      log.info("Created the user 'admin' with the password from TARJUMA_ADMIN_PASSWORD");
    } else {
      String password = generated();
      users.create(ADMIN, password, Role.ADMIN, null, List.of());
      // Printed once, by design: the first admin has no other way to learn it.
      log.warn(
          "Created the user 'admin' with the generated password {} (shown only now; set"
              + " TARJUMA_ADMIN_PASSWORD before the first start to choose it)",
          password);
    }
  }

  private static String generated() {
    SecureRandom random = new SecureRandom();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }
}

package org.tarjuma.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * API keys: {@code tj_<id>_<secret>}, 256 random bits of secret. Only a SHA-256 of the whole key is
 * stored, so the key is shown once, at creation, and never again; a key is found by its id and its
 * hash compared in constant time.
 */
@Repository
class ApiKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcTemplate jdbc;
  private final Clock clock;

  @org.springframework.beans.factory.annotation.Autowired
  ApiKeys(JdbcTemplate jdbc) {
    this(jdbc, Clock.systemUTC());
  }

  ApiKeys(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A key as lists show it: everything but the secret. */
  record KeyInfo(
      String id,
      String label,
      String role,
      String outlet,
      List<String> languages,
      String createdBy,
      Instant createdAt,
      Instant expiresAt,
      Instant revokedAt) {}

  /** A new key: {@code key} is the only time the secret is seen. */
  record Created(String key, KeyInfo info) {}

  Created create(
      String label,
      Role role,
      String outlet,
      List<String> languages,
      Instant expiresAt,
      String createdBy) {
    byte[] idBytes = new byte[6];
    byte[] secretBytes = new byte[32];
    RANDOM.nextBytes(idBytes);
    RANDOM.nextBytes(secretBytes);
    String id = HexFormat.of().formatHex(idBytes);
    String key =
        "tj_" + id + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
    Instant now = clock.instant();
    jdbc.update(
        "INSERT INTO api_key (id, key_hash, label, role, outlet, languages, created_by, created_at,"
            + " expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        DigestUtils.sha256Hex(key),
        label,
        role.id(),
        outlet,
        String.join(",", languages),
        createdBy,
        Timestamp.from(now),
        expiresAt == null ? null : Timestamp.from(expiresAt));
    return new Created(
        key,
        new KeyInfo(
            id, label, role.id(), outlet, List.copyOf(languages), createdBy, now, expiresAt, null));
  }

  /** The caller a key stands for, if the key exists, is not revoked and has not expired. */
  Optional<Caller> verify(String key) {
    String[] parts = key.split("_", 3);
    if (parts.length != 3 || !parts[0].equals("tj")) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return jdbc
        .query(
            "SELECT key_hash, label, role, outlet, languages, expires_at, revoked_at FROM api_key"
                + " WHERE id = ?",
            (rs, n) -> {
              boolean matches =
                  MessageDigest.isEqual(
                      rs.getString(1).getBytes(StandardCharsets.US_ASCII),
                      DigestUtils.sha256Hex(key).getBytes(StandardCharsets.US_ASCII));
              Timestamp expires = rs.getTimestamp(6);
              boolean live =
                  rs.getTimestamp(7) == null
                      && (expires == null || expires.toInstant().isAfter(now));
              return matches && live
                  ? new Caller(
                      rs.getString(2) + " (key " + parts[1] + ")",
                      Role.of(rs.getString(3)),
                      rs.getString(4),
                      languages(rs.getString(5)))
                  : null;
            },
            parts[1])
        .stream()
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  List<KeyInfo> all() {
    return jdbc.query(
        "SELECT * FROM api_key ORDER BY created_at, id",
        (rs, n) ->
            new KeyInfo(
                rs.getString("id"),
                rs.getString("label"),
                rs.getString("role"),
                rs.getString("outlet"),
                languages(rs.getString("languages")),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("expires_at")),
                instant(rs.getTimestamp("revoked_at"))));
  }

  /** Revokes a key; false when there is no such key. Revoking twice keeps the first time. */
  boolean revoke(String id) {
    if (jdbc.queryForList("SELECT id FROM api_key WHERE id = ?", String.class, id).isEmpty()) {
      return false;
    }
    jdbc.update(
        "UPDATE api_key SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
        Timestamp.from(clock.instant()),
        id);
    return true;
  }

  static List<String> languages(String stored) {
    return stored == null || stored.isBlank()
        ? List.of()
        : Arrays.stream(stored.split(",")).map(String::strip).toList();
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}

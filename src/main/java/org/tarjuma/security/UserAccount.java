package org.tarjuma.security;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/** The people who sign in to the pages, in the database; passwords kept as strong hashes only. */
@Repository
class UserAccount implements UserDetailsService {

  private final JdbcTemplate jdbc;
  private final PasswordEncoder passwords;

  UserAccount(JdbcTemplate jdbc, PasswordEncoder passwords) {
    this.jdbc = jdbc;
    this.passwords = passwords;
  }

  /** A user as lists show them (never the hash). */
  record UserInfo(
      String username,
      String role,
      String outlet,
      List<String> languages,
      boolean enabled,
      Instant createdAt) {}

  /** A signed-in user: Spring Security's view of them, and ours. */
  record Principal(String username, String passwordHash, boolean enabled, Caller caller)
      implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
      return List.of(new SimpleGrantedAuthority(caller.role().authority()));
    }

    @Override
    public String getPassword() {
      return passwordHash;
    }

    @Override
    public String getUsername() {
      return username;
    }

    @Override
    public boolean isEnabled() {
      return enabled;
    }

    @Override
    public String toString() {
      return "Principal[" + username + ", " + caller.role().id() + "]";
    }

    /** The user as their session keeps them, in the database: without the password hash. */
    Principal withoutPasswordHash() {
      return new Principal(username, null, enabled, caller);
    }
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return find(username).orElseThrow(() -> new UsernameNotFoundException("no user " + username));
  }

  Optional<Principal> find(String username) {
    return jdbc
        .query(
            "SELECT username, password_hash, role, outlet, languages, enabled FROM app_user"
                + " WHERE username = ?",
            (rs, n) ->
                new Principal(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getBoolean(6),
                    new Caller(
                        rs.getString(1),
                        Role.of(rs.getString(3)),
                        rs.getString(4),
                        ApiKeys.languages(rs.getString(5)))),
            username)
        .stream()
        .findFirst();
  }

  boolean isEmpty() {
    return jdbc.queryForList("SELECT username FROM app_user LIMIT 1", String.class).isEmpty();
  }

  /**
   * Adds a user.
   *
   * @throws IllegalArgumentException if the name is taken or the password too weak
   */
  UserInfo create(
      String username, String password, Role role, String outlet, List<String> languages) {
    if (username == null || !username.matches("[\\p{L}\\p{N}._@-]{2,120}")) {
      throw new IllegalArgumentException(
          "A user name is 2 to 120 letters, digits or . _ @ -, not '" + username + "'.");
    }
    PasswordRule.check(password);
    if (find(username).isPresent()) {
      throw new IllegalArgumentException("There is already a user '" + username + "'.");
    }
    Instant now = Instant.now();
    jdbc.update(
        "INSERT INTO app_user (username, password_hash, role, outlet, languages, enabled,"
            + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        username,
        passwords.encode(password),
        role.id(),
        outlet,
        String.join(",", languages),
        true,
        Timestamp.from(now));
    return new UserInfo(username, role.id(), outlet, List.copyOf(languages), true, now);
  }

  List<UserInfo> all() {
    return jdbc.query(
        "SELECT username, role, outlet, languages, enabled, created_at FROM app_user ORDER BY"
            + " username",
        (rs, n) ->
            new UserInfo(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                ApiKeys.languages(rs.getString(4)),
                rs.getBoolean(5),
                rs.getTimestamp(6).toInstant()));
  }

  /**
   * Stops a user from signing in, and ends the sessions they are signed in with on every node (a
   * session keeps the user as they were at sign-in); false when there is no such user.
   */
  boolean disable(String username) {
    if (jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = ?", username) == 0) {
      return false;
    }
    // Spring Session's table (V13), indexed by the signed-in name; attributes go with it.
    jdbc.update("DELETE FROM spring_session WHERE principal_name = ?", username);
    return true;
  }

  /**
   * What makes a password acceptable: long enough to resist guessing, and no longer than bcrypt,
   * which keeps it, reads (72 bytes of UTF-8); a longer one would be cut without a word.
   */
  static final class PasswordRule {
    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;

    private PasswordRule() {}

    static void check(String password) {
      if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
        throw new IllegalArgumentException(
            "A password needs at least " + MIN_LENGTH + " characters.");
      }
      if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
        throw new IllegalArgumentException(
            "A password may have at most "
                + MAX_BYTES
                + " bytes in UTF-8 (72 Latin letters, 36 Urdu ones), the most bcrypt reads.");
      }
    }
  }
}

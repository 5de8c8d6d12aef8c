package org.tarjuma.security;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one who sent the current request, by API key or signed-in session.
 *
 * <p>Serializable: a signed-in user's is kept in their session, which is stored in the database.
 *
 * @param name the user's name, or the key's label and id
 * @param role what they may do
 * @param outlet the outlet they act for (outlets always have one; others may)
 * @param languages the target languages a translator may edit (empty: none)
 */
public record Caller(String name, Role role, String outlet, List<String> languages)
    implements Serializable {

  /**
   * The caller of the master key, {@code TARJUMA_ADMIN_KEY}. No other caller equals it: a stored
   * key's name ends with its id, {@code (key …)}, and a user's name has no space.
   */
  static final Caller MASTER_KEY = new Caller("admin key", Role.ADMIN, null, List.of());

  /** The header with which a script using the master key names the person it acts for. */
  public static final String USER_HEADER = "X-Tarjuma-User";

  public Caller {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    languages = List.copyOf(languages);
  }

  /** The caller of the request being handled, if it was authenticated. */
  public static java.util.Optional<Caller> current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof Caller caller) {
      return java.util.Optional.of(caller);
    }
    if (auth != null && auth.getPrincipal() instanceof UserAccount.Principal user) {
      return java.util.Optional.of(user.caller());
    }
    return java.util.Optional.empty();
  }

  /**
   * Whether this caller may see what {@code outlet} owns: its own outlet's, or anything if not an
   * outlet.
   */
  public boolean sees(String outlet) {
    return role != Role.OUTLET || Objects.equals(this.outlet, outlet);
  }

  /**
   * The outlet a request acts for: an outlet's own, whatever it asks; for the other roles the one
   * asked for ({@code X-Tarjuma-Outlet}), else their own, else none.
   */
  public String actingFor(String asked) {
    if (role == Role.OUTLET || asked == null || asked.isBlank()) {
      return outlet;
    }
    return asked.strip();
  }

  /**
   * Who a change is recorded as made by: the caller, or for the master key (a script acting for a
   * person) the person it names ({@code X-Tarjuma-User}). Any other caller sending that header is
   * refused before it gets here ({@code ApiKeyFilter}); should one get here, its own name is kept.
   */
  public String recordedAs(String asked) {
    return MASTER_KEY.equals(this) && asked != null && !asked.isBlank() ? asked.strip() : name;
  }

  /** Who a change is recorded as made by in the current request ({@link #recordedAs}). */
  public static String recordedAsNow(String asked) {
    return current()
        .map(c -> c.recordedAs(asked))
        .orElse(asked == null || asked.isBlank() ? "unknown" : asked);
  }

  /** Whether this caller may edit translations into {@code lang}. */
  public boolean edits(String lang) {
    return role == Role.ADMIN || (role == Role.TRANSLATOR && languages.contains(lang));
  }
}

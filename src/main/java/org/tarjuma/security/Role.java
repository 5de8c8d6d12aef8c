package org.tarjuma.security;

import java.util.Arrays;
import java.util.Locale;

/** What a caller may do. An admin may do everything the others may. */
public enum Role {
  /** Submits jobs and reads its own outlet's jobs. */
  OUTLET,
  /** Reviews, edits and approves segments in the languages assigned to them. */
  TRANSLATOR,
  /** Edits the glossary. */
  CURATOR,
  /** Users, API keys, engines; may call every endpoint. */
  ADMIN;

  /** The lower-case name used in the API and the database. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role named {@code id} (any case). */
  public static Role of(String id) {
    return Arrays.stream(values())
        .filter(r -> r.id().equalsIgnoreCase(id == null ? "" : id.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown role '" + id + "'; roles are: outlet, translator, curator, admin."));
  }

  String authority() {
    return "ROLE_" + name();
  }
}

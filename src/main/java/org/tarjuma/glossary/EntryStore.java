package org.tarjuma.glossary;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The glossary's rows: each entry at its current revision, and every revision. Writes are guarded
 * by the revision they expect, so two edits of one entry never both win, even across nodes.
 */
@Component
class EntryStore {

  private final JdbcTemplate jdbc;
  private final JsonMapper json;

  EntryStore(JdbcTemplate jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  boolean isEmpty() {
    Integer count = jdbc.queryForObject("SELECT count(*) FROM glossary_revision", Integer.class);
    return count == null || count == 0;
  }

  /**
   * A value that changes whenever any node writes a revision: how many there are and the latest
   * time. A node whose snapshot was built at another value rebuilds it.
   */
  String fingerprint() {
    return jdbc.queryForObject(
        "SELECT count(*) || '@' || coalesce(cast(max(changed_at) AS VARCHAR(64)), '-') FROM glossary_revision",
        String.class);
  }

  Map<String, Entry> all() {
    Map<String, Entry> entries = new LinkedHashMap<>();
    jdbc.query(
        "SELECT id, body FROM glossary_entry ORDER BY id",
        rs -> {
          entries.put(rs.getString("id"), json.readValue(rs.getString("body"), Entry.class));
        });
    return entries;
  }

  Optional<Entry> find(String id) {
    return jdbc
        .query(
            "SELECT body FROM glossary_entry WHERE id = ?",
            (rs, n) -> json.readValue(rs.getString("body"), Entry.class),
            id)
        .stream()
        .findFirst();
  }

  void insert(Entry entry, String by, Instant at) {
    String body = json.writeValueAsString(entry);
    jdbc.update(
        "INSERT INTO glossary_entry (id, revision, body, changed_by, changed_at) VALUES (?, ?, ?, ?, ?)",
        entry.id(),
        entry.revision(),
        body,
        by,
        Timestamp.from(at));
    revision(entry.id(), entry.revision(), body, false, by, at);
  }

  /** Writes {@code entry} over revision {@code expected}; false if the entry is not at it. */
  boolean update(Entry entry, int expected, String by, Instant at) {
    String body = json.writeValueAsString(entry);
    int rows =
        jdbc.update(
            "UPDATE glossary_entry SET revision = ?, body = ?, changed_by = ?, changed_at = ? WHERE id = ? AND revision = ?",
            entry.revision(),
            body,
            by,
            Timestamp.from(at),
            entry.id(),
            expected);
    if (rows == 1) {
      revision(entry.id(), entry.revision(), body, false, by, at);
    }
    return rows == 1;
  }

  /** Deletes the entry at revision {@code expected}; false if it is not at it. */
  boolean delete(String id, int expected, String by, Instant at) {
    int rows =
        jdbc.update("DELETE FROM glossary_entry WHERE id = ? AND revision = ?", id, expected);
    if (rows == 1) {
      revision(id, expected + 1, null, true, by, at);
    }
    return rows == 1;
  }

  /** The next revision number an entry with this id would get (ids of deleted entries go on). */
  int nextRevision(String id) {
    Integer last =
        jdbc.queryForObject(
            "SELECT max(revision) FROM glossary_revision WHERE entry_id = ?", Integer.class, id);
    return last == null ? 1 : last + 1;
  }

  List<StoredRevision> history(String id) {
    List<StoredRevision> revisions = new ArrayList<>();
    jdbc.query(
        "SELECT revision, body, deleted, changed_by, changed_at FROM glossary_revision WHERE entry_id = ? ORDER BY revision",
        rs -> {
          String body = rs.getString("body");
          revisions.add(
              new StoredRevision(
                  rs.getInt("revision"),
                  rs.getString("changed_by"),
                  rs.getTimestamp("changed_at").toInstant(),
                  rs.getBoolean("deleted"),
                  body == null ? null : json.readValue(body, Entry.class)));
        },
        id);
    return revisions;
  }

  private void revision(
      String id, int revision, String body, boolean deleted, String by, Instant at) {
    jdbc.update(
        "INSERT INTO glossary_revision (entry_id, revision, body, deleted, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?)",
        id,
        revision,
        body,
        deleted,
        by,
        Timestamp.from(at));
  }

  record StoredRevision(
      int revision, String changedBy, Instant changedAt, boolean deleted, Entry entry) {}
}

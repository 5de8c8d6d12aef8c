package org.tarjuma.job;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tarjuma.glossary.Glossary;
import org.tarjuma.glossary.TermChanged;
import org.tarjuma.glossary.TermMatcher;
import org.tarjuma.language.Languages;
import org.tarjuma.qa.Finding;
import org.tarjuma.qa.QualityChecks;
import org.tarjuma.qa.Subject;
import org.tarjuma.segment.TaggedText;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the QA findings of stored segments true to the glossary: when an entry changes ({@link
 * TermChanged}), every stored translation whose English holds one of the entry's terms, or whose
 * findings name the entry, is checked again, and its findings are replaced where they differ. A
 * translator who changed the segment meanwhile wins (their edit was checked against the new
 * glossary already). In the background, one change after the other; the change itself is not held
 * up.
 */
@Component
class TermRecheck {

  private static final Logger log = LoggerFactory.getLogger(TermRecheck.class);
  private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {};

  private final JdbcTemplate jdbc;
  private final Glossary glossary;
  private final QualityChecks qa;
  private final Languages languages;
  private final JsonMapper json;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(Thread.ofVirtual().name("term-recheck").factory());

  TermRecheck(
      JdbcTemplate jdbc,
      Glossary glossary,
      QualityChecks qa,
      Languages languages,
      JsonMapper json) {
    this.jdbc = jdbc;
    this.glossary = glossary;
    this.qa = qa;
    this.languages = languages;
    this.json = json;
  }

  /** A stored translation, as far as its findings go, with its job's date. */
  private record Row(
      String job,
      String lang,
      int position,
      int version,
      String source,
      String target,
      String qa,
      LocalDate dated) {}

  @EventListener
  void on(TermChanged change) {
    worker.submit(() -> recheck(change.entryId()));
  }

  /** Checks again the stored translations the entry may concern; answers how many changed. */
  int recheck(String entryId) {
    TermMatcher entry = TermMatcher.of(glossary.find(entryId).map(List::of).orElse(List.of()));
    String named = ":" + entryId + "\"";
    List<Row> concerned = new ArrayList<>();
    jdbc.query(
        "SELECT s.job_id, s.lang, s.position, s.version, s.source, s.target, s.qa, j.created_at"
            + " FROM job_segment s JOIN job j ON j.id = s.job_id WHERE s.target IS NOT NULL",
        rs -> {
          Row row =
              new Row(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getInt(3),
                  rs.getInt(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  LocalDate.ofInstant(rs.getTimestamp(8).toInstant(), ZoneOffset.UTC));
          if (row.qa().contains(named) || !entry.find(TaggedText.plain(row.source())).isEmpty()) {
            concerned.add(row);
          }
        });
    int changed = 0;
    for (Row row : concerned) {
      List<Finding> before = json.readValue(row.qa(), FINDINGS);
      List<Finding> now = new ArrayList<>(check(row));
      // Where the translation came from does not change with the glossary: its findings stay.
      before.stream()
          .filter(f -> f.check().equals(org.tarjuma.engine.MemoryProvenance.CHECK))
          .forEach(now::add);
      if (!now.equals(before)) {
        changed +=
            jdbc.update(
                "UPDATE job_segment SET qa = ? WHERE job_id = ? AND lang = ? AND position = ? AND"
                    + " version = ?",
                now.isEmpty() ? "[]" : json.writeValueAsString(now),
                row.job(),
                row.lang(),
                row.position(),
                row.version());
      }
    }
    if (changed > 0) {
      log.info(
          "Glossary entry {} changed: QA findings of {} stored segments updated", entryId, changed);
    }
    return changed;
  }

  private List<Finding> check(Row row) {
    return qa.run(
        new Subject(row.source(), row.target(), languages.require(row.lang()), row.dated()),
        glossary.matcher().find(TaggedText.plain(row.source())));
  }

  @jakarta.annotation.PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}

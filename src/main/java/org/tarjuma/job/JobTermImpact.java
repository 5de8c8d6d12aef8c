package org.tarjuma.job;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tarjuma.glossary.Entry;
import org.tarjuma.glossary.TermImpact;
import org.tarjuma.glossary.TermMatcher;
import org.tarjuma.segment.TaggedText;

/** Counts the stored segments whose English contains an entry's terms, with the entry's matcher. */
@Component
class JobTermImpact implements TermImpact {

  private final JdbcTemplate jdbc;

  JobTermImpact(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Impact of(Entry entry) {
    TermMatcher matcher = TermMatcher.of(List.of(entry));
    Set<String> segments = new HashSet<>();
    Set<String> articles = new HashSet<>();
    // Each segment once, whatever its languages; the source in tagged form, tags removed.
    jdbc.query(
        "SELECT DISTINCT job_id, position, source FROM job_segment",
        rs -> {
          if (!matcher.find(TaggedText.plain(rs.getString(3))).isEmpty()) {
            segments.add(rs.getString(1) + "/" + rs.getInt(2));
            articles.add(rs.getString(1));
          }
        });
    return new Impact(segments.size(), articles.size());
  }
}

package org.tarjuma.glossary;

import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.tarjuma.web.Problems;

/** What the glossary answers about one entry: its id from its English term, and its refusals. */
final class EntryProblems {

  private EntryProblems() {}

  /** The entry's own id; when it has none (null or blank), one from its English term. */
  static String id(Entry draft) {
    return draft.id() == null || draft.id().isBlank() ? slug(draft) : draft.id();
  }

  /** An id from the entry's preferred English term ({@code durand-line}), at most 120 long. */
  static String slug(Entry draft) {
    String text =
        draft.english() == null || draft.english().preferred() == null
            ? ""
            : String.valueOf(draft.english().preferred().text());
    String slug =
        text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty()
        ? "entry-" + Long.toString(System.nanoTime(), 36)
        : slug.substring(0, Math.min(120, slug.length()));
  }

  /** 412: the entry changed since the caller read it. */
  static ErrorResponseException stale(String id, int now, int expected) {
    return Problems.of(
        HttpStatus.PRECONDITION_FAILED,
        "Entry changed",
        "Entry '"
            + id
            + "' changed since you read it: you sent If-Match for revision "
            + expected
            + ", it is at revision "
            + now
            + " now. Get it again and reapply your edit.");
  }

  /** 404: no entry has this id. */
  static ErrorResponseException notFound(String id) {
    return Problems.of(
        HttpStatus.NOT_FOUND, "No such entry", "There is no glossary entry '" + id + "'.");
  }
}

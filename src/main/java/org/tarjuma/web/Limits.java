package org.tarjuma.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The size of everything a request may write, in one place: each limit is the width of the column
 * that stores it (Flyway migrations under {@code db/migration}), so a longer value is refused with
 * a 400 that names it instead of failing in the database. Also the deepest nesting a document may
 * have, so that no parser or walk over a document runs out of stack.
 */
public final class Limits {

  /** {@code job.article_id}. */
  public static final int ARTICLE_ID = 200;

  /** {@code job.outlet}, {@code usage_ledger.outlet}, {@code app_user.outlet}, keys' outlet. */
  public static final int OUTLET = 120;

  /** {@code app_user.username} and every {@code changed_by} / {@code reviewed_by}. */
  public static final int USERNAME = 120;

  /** {@code job.callback_url}, {@code callback_outbox.url}. */
  public static final int CALLBACK_URL = 2000;

  /** {@code job.id}: a UUID. */
  public static final int JOB_ID = 36;

  /** {@code glossary_entry.id}. */
  public static final int TERM_ID = 120;

  /** {@code api_key.id}. */
  public static final int KEY_ID = 32;

  /** {@code api_key.label}. */
  public static final int KEY_LABEL = 200;

  /** {@code engine_switch.name}. */
  public static final int ENGINE = 120;

  /** Every {@code lang} column. */
  public static final int LANG = 16;

  /**
   * Elements (HTML) or blocks and inline spans (Markdown) inside one another. Browsers stop nesting
   * at 512; a news article needs a few dozen.
   */
  public static final int NESTING = 256;

  private Limits() {}

  /**
   * Throws a 400 that names the field and its limit when {@code value} is longer than {@code max}
   * characters; null passes.
   *
   * @param field what the caller calls it: {@code 'articleId'}, {@code header X-Tarjuma-Outlet}
   */
  public static void check(String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw tooLong(field, value.length(), max);
    }
  }

  /**
   * {@code value} as an error message may repeat it: at most 60 characters, the rest cut off with
   * an ellipsis, so that a refusal of something huge is not huge itself.
   */
  public static String shown(String value) {
    return value.length() <= 60 ? value : value.substring(0, 60) + "…";
  }

  /** A 400 problem with {@code field} and {@code limit} properties; never null. */
  public static ErrorResponseException tooLong(String field, int length, int max) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            field
                + " takes at most "
                + max
                + " characters; this one has "
                + length
                + ". Send a shorter value.");
    problem.setTitle("Value too long");
    problem.setProperty("field", field);
    problem.setProperty("limit", max);
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }

  /**
   * The limit of a path variable of a route ({@code /api/v1/jobs/{id}}), by what it names; -1 for
   * one without a column (a position).
   */
  static int ofPathVariable(String pattern, String variable) {
    return switch (variable) {
      case "lang" -> LANG;
      case "name" -> ENGINE;
      case "username" -> USERNAME;
      case "outlet" -> OUTLET;
      case "id" -> idOf(pattern);
      default -> -1;
    };
  }

  private static int idOf(String pattern) {
    if (pattern.contains("/glossary/")) {
      return TERM_ID;
    }
    if (pattern.contains("/keys/")) {
      return KEY_ID;
    }
    return JOB_ID;
  }
}

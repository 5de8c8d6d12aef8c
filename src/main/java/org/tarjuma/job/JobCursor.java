package org.tarjuma.job;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page of the jobs list ends: the last job's submission time and id, as stored. The next
 * page holds the jobs strictly older in that order (time, then id, both descending), so jobs
 * submitted meanwhile never shift it. Opaque to callers: base64url of {@code seconds.nanos/id}.
 *
 * @param createdAt the last job's submission time, as read from the database
 * @param id the last job's id
 */
record JobCursor(Instant createdAt, String id) {

  private static final Pattern FORM =
      Pattern.compile("(-?\\d{1,19})\\.(\\d{1,9})/([0-9a-f-]{1,36})");

  /** The cursor after this job. */
  static JobCursor after(Job job) {
    return new JobCursor(job.createdAt(), job.id());
  }

  /** The cursor as callers see it: URL-safe, no padding. */
  String encode() {
    String plain = createdAt.getEpochSecond() + "." + createdAt.getNano() + "/" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The cursor a caller sent back; null when none was sent.
   *
   * @throws org.springframework.web.ErrorResponseException 400 naming {@code cursor} when it is not
   *     one this server gave
   */
  static JobCursor decode(String cursor) {
    if (cursor == null) {
      return null;
    }
    try {
      Matcher parts =
          FORM.matcher(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
      if (cursor.length() <= 100 && parts.matches()) {
        return new JobCursor(
            Instant.ofEpochSecond(Long.parseLong(parts.group(1)), Long.parseLong(parts.group(2))),
            parts.group(3));
      }
    } catch (IllegalArgumentException | java.time.DateTimeException unreadable) {
      // answered below, as any other cursor this server did not give
    }
    throw JobFilter.invalid(
        "cursor",
        "is not one this server gave: send the 'next' of the previous page as it came, with the"
            + " same filters, or leave it out for the first page");
  }
}

package org.tarjuma.job;

import java.util.List;

/**
 * An article submitted as a job ({@code POST /api/v1/jobs}).
 *
 * @param text the article as plain text (or markdown, or html: exactly one of the three)
 * @param source en (the default)
 * @param targets ur, ps, prs
 * @param articleId the outlet's id for the article; revisions share it
 * @param callbackUrl where to POST the job's status when it is done
 */
record JobRequest(
    String text,
    String markdown,
    String html,
    String source,
    List<String> targets,
    String articleId,
    String callbackUrl) {}

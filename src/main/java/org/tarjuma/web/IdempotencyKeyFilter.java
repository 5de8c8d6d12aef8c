package org.tarjuma.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} (IETF httpapi-idempotency-key-header draft) on the requests that create
 * something: a retry with the same key and the same request within {@value IdempotencyKeys#HOURS}
 * hours gets the first answer again, stored (same status, {@code Location}, body); with another
 * request, 422; while the first still runs, 409. Only successes are kept: after a failure the key
 * is free and the request may be sent again. Runs after security (keys are per outlet) and the body
 * limit.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class IdempotencyKeyFilter extends OncePerRequestFilter {

  static final String HEADER = "Idempotency-Key";
  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(IdempotencyKeyFilter.class);
  private static final Set<String> PATHS = Set.of("/api/v1/jobs", "/api/v1/translate");

  private final IdempotencyKeys keys;
  private final IdempotencyScope scopes;
  private final JsonMapper json;

  IdempotencyKeyFilter(IdempotencyKeys keys, IdempotencyScope scopes, JsonMapper json) {
    this.keys = keys;
    this.scopes = scopes;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getMethod().equals("POST")
        || !PATHS.contains(request.getRequestURI())
        || request.getHeader(HEADER) == null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    IdempotentRequest sent;
    try {
      sent = IdempotentRequest.of(request, scopes.of(request));
    } catch (ErrorResponseException refused) {
      problem(request, response, refused.getBody());
      return;
    }
    Optional<IdempotencyKeys.Claimed> claimed;
    try {
      claimed = keys.claim(sent.scope(), sent.key(), sent.hash());
    } catch (RuntimeException failure) {
      if (!DatabaseOutOfReach.is(failure)) {
        throw failure;
      }
      response.setHeader(
          HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutOfReach.RETRY_AFTER_SECONDS));
      problem(request, response, DatabaseOutOfReach.problem());
      return;
    }
    if (claimed.isPresent()) {
      answerAgain(request, response, sent, claimed.get());
      return;
    }
    run(sent, response, chain);
  }

  private void run(IdempotentRequest sent, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    boolean kept = false;
    try {
      chain.doFilter(sent.request(), answer);
      kept = answer.getStatus() >= 200 && answer.getStatus() < 300 && keep(sent, answer);
      answer.copyBodyToResponse();
    } finally {
      if (!kept) {
        keys.release(sent.scope(), sent.key());
      }
    }
  }

  /**
   * Keeps the answer for the key's retries; false when it could not be stored (the caller has its
   * answer all the same, and the key is freed).
   */
  private boolean keep(IdempotentRequest sent, ContentCachingResponseWrapper answer) {
    try {
      keys.keep(
          sent.scope(),
          sent.key(),
          new IdempotencyKeys.Answer(
              answer.getStatus(),
              answer.getHeader(HttpHeaders.LOCATION),
              answer.getContentType(),
              new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8)));
      return true;
    } catch (RuntimeException failure) {
      log.warn(
          "Could not keep the answer of idempotency key {}: {}", sent.key(), failure.toString());
      return false;
    }
  }

  private void answerAgain(
      HttpServletRequest request,
      HttpServletResponse response,
      IdempotentRequest sent,
      IdempotencyKeys.Claimed claimed)
      throws IOException {
    if (!claimed.requestHash().equals(sent.hash())) {
      problem(
          request,
          response,
          refusal(
              HttpStatus.UNPROCESSABLE_CONTENT,
              "Idempotency-Key reused",
              "This Idempotency-Key was sent with another request (another body, parameters or"
                  + " Content-Type) within the last "
                  + IdempotencyKeys.HOURS
                  + " hours. Use a new key for a new request."));
      return;
    }
    IdempotencyKeys.Answer answer = claimed.answer();
    if (answer == null) {
      problem(
          request,
          response,
          refusal(
              HttpStatus.CONFLICT,
              "Request still running",
              "The first request with this Idempotency-Key is still being processed. Retry it"
                  + " later to get its answer."));
      return;
    }
    response.setStatus(answer.status());
    if (answer.location() != null) {
      response.setHeader(HttpHeaders.LOCATION, answer.location());
    }
    if (answer.contentType() != null) {
      response.setContentType(answer.contentType());
    }
    if (answer.body() != null) {
      response.getOutputStream().write(answer.body().getBytes(StandardCharsets.UTF_8));
    }
  }

  static ProblemDetail refusal(HttpStatus status, String title, String detail) {
    return Problems.of(status, title, detail).getBody();
  }

  private void problem(
      HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
      throws IOException {
    problem.setInstance(URI.create(request.getRequestURI()));
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }
}

package org.tarjuma.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request sent with an {@code Idempotency-Key}: its key, whose keys it is among, the hash that
 * tells it from another request with the same key, and the request itself, its body read once and
 * read again by the endpoint.
 *
 * @param scope the outlet (or caller) the key belongs to
 * @param key the key, as the draft's structured-field string, unquoted
 * @param hash SHA-256 (hex) of the method, path, query, Content-Type and body
 * @param request the request, whose body may be read again
 */
record IdempotentRequest(String scope, String key, String hash, HttpServletRequest request) {

  /** The longest key accepted (the column that stores it). */
  static final int LONGEST_KEY = 255;

  private static final int LONGEST_SCOPE = 300;

  /**
   * The request, its body read.
   *
   * @throws ErrorResponseException 400 naming the header when the key is empty, too long or not a
   *     string of printable ASCII; 413 when the body is over the limit
   */
  static IdempotentRequest of(HttpServletRequest request, String scope) throws IOException {
    String key = key(request.getHeader(IdempotencyKeyFilter.HEADER));
    byte[] body = request.getInputStream().readAllBytes();
    MessageDigest sha = sha256();
    for (String part :
        new String[] {
          request.getMethod(),
          request.getRequestURI(),
          String.valueOf(request.getQueryString()),
          String.valueOf(request.getContentType()).toLowerCase(java.util.Locale.ROOT).strip()
        }) {
      sha.update(part.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
    }
    String hash = HexFormat.of().formatHex(sha.digest(body));
    if (scope.length() > LONGEST_SCOPE) {
      scope =
          "sha256 "
              + HexFormat.of().formatHex(sha256().digest(scope.getBytes(StandardCharsets.UTF_8)));
    }
    return new IdempotentRequest(scope, key, hash, new BodyAgain(request, body));
  }

  /**
   * The key of the header: a structured-field string ({@code "…"}, with {@code \"} and {@code \\}
   * escapes) as the draft has it, or the same characters unquoted, as many clients send it.
   */
  static String key(String header) {
    String value = header.strip();
    String key = value;
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      key = value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    if (key.isEmpty()) {
      throw invalid("is empty; send a unique string, such as a UUID");
    }
    Limits.check(IdempotencyKeyFilter.HEADER, key, LONGEST_KEY);
    if (!key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
      throw invalid("may hold only printable ASCII characters; send a UUID, say");
    }
    return key;
  }

  private static ErrorResponseException invalid(String rule) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "The header " + IdempotencyKeyFilter.HEADER + " " + rule + ".");
    problem.setTitle("Invalid Idempotency-Key");
    problem.setProperty("field", IdempotencyKeyFilter.HEADER);
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** The request with its body, already read, to be read again. */
  private static final class BodyAgain extends HttpServletRequestWrapper {
    private final byte[] body;

    BodyAgain(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body is read already");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String charset = getCharacterEncoding();
      return new BufferedReader(
          new InputStreamReader(
              getInputStream(),
              charset == null
                  ? StandardCharsets.UTF_8
                  : java.nio.charset.Charset.forName(charset)));
    }
  }
}

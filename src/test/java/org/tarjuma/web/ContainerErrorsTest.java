package org.tarjuma.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile input Tomcat answers itself, before a request reaches Tarjuma (broken encodings,
 * characters a URI may not hold, oversized headers): problem details for API clients, a page that
 * names no server for browsers. Sent over a raw socket, as no well-behaved client would send them.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:hostile;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.jobs.allow-private-callbacks=true",
      "tarjuma.jobs.callback-secret=whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    })
class ContainerErrorsTest {

  @LocalServerPort int port;

  private static String x(int n) {
    return "x".repeat(n);
  }

  /** A path with a broken percent-encoding: a problem, not Tomcat's page. */
  @Test
  void brokenPercentEncodingInThePath() throws IOException {
    String answer =
        raw("GET /api/v1/jobs/%zz%e0 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    assertRawProblem(answer, 400);
  }

  /** Characters a URI may not hold. */
  @Test
  void illegalCharactersInTheRequestLine() throws IOException {
    assertRawProblem(
        raw("GET /api/v1/jobs/a\"b<c> HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
        400);
  }

  /** Headers over Tomcat's 8 KB: a problem. */
  @Test
  void oversizedHeaders() throws IOException {
    String answer =
        raw(
            "GET /api/v1/languages HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Junk: "
                + x(20_000)
                + "\r\n\r\n");
    assertRawProblem(answer, 400);
  }

  /** A browser with a broken address still gets a page, not JSON. */
  @Test
  void browsersStillGetAPage() throws IOException {
    String answer =
        raw(
            "GET /glossary/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAccept: text/html\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 400").contains("text/html").doesNotContain("Tomcat/");
  }

  /** A NUL byte encoded in the path: a 4xx problem, nothing stored. */
  @Test
  void encodedNulInThePath() throws IOException {
    String answer =
        raw("GET /api/v1/jobs/%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    assertThat(answer).matches("(?s)HTTP/1\\.1 4\\d\\d .*");
    assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
  }

  private String raw(String request) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void assertRawProblem(String answer, int status) {
    assertThat(answer).startsWith("HTTP/1.1 " + status);
    assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
    String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
    assertThat(body).contains("\"status\":" + status, "\"detail\":\"").doesNotContain("Tomcat/");
  }
}

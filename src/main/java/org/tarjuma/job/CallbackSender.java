package org.tarjuma.job;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells an outlet its job is done: a POST of the job's status to its callback URL, signed with
 * HMAC-SHA256 over the body ({@code X-Tarjuma-Signature: sha256=<hex>}), one attempt at a time (the
 * {@link CallbackOutbox} retries). Refuses URLs that are not http(s) or that point at loopback,
 * private or link-local addresses unless the operator allows them.
 */
@Component
class CallbackSender {

  private static final Logger log = LoggerFactory.getLogger(CallbackSender.class);

  private final JobProperties properties;
  private final HttpClient http;

  CallbackSender(JobProperties properties) {
    this.properties = properties;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(properties.callbackTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Why this URL may not be called back, or null when it may. */
  String refusal(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      return "callbackUrl is not a URL: " + url;
    }
    if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
        || uri.getHost() == null) {
      return "callbackUrl must be an http or https URL, not " + url;
    }
    if (properties.allowPrivateCallbacks()) {
      return null;
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
        if (address.isLoopbackAddress()
            || address.isSiteLocalAddress()
            || address.isLinkLocalAddress()
            || address.isAnyLocalAddress()
            || isUniqueLocal(address)) {
          return "callbackUrl points at a loopback or private address ("
              + address.getHostAddress()
              + "); the operator must allow that (tarjuma.jobs.allow-private-callbacks)";
        }
      }
    } catch (UnknownHostException e) {
      return "callbackUrl's host " + uri.getHost() + " is unknown";
    }
    return null;
  }

  /**
   * One attempt to send the body, signed; answers null when the outlet took it (2xx), else why not.
   * Retries are the outbox's ({@link CallbackOutbox}).
   */
  String attempt(String url, String body) {
    try {
      HttpResponse<Void> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url))
                  .timeout(properties.callbackTimeout())
                  .header("Content-Type", "application/json")
                  .header("X-Tarjuma-Signature", "sha256=" + sign(body))
                  .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() / 100 == 2) {
        return null;
      }
      log.warn("Callback to {} answered {}", url, response.statusCode());
      return "answered " + response.statusCode();
    } catch (IOException | IllegalArgumentException e) {
      log.warn("Callback to {} failed: {}", url, e.getClass().getSimpleName());
      return e.getClass().getSimpleName();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  String sign(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(
              properties.callbackSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }

  private static boolean isUniqueLocal(InetAddress address) {
    byte[] bytes = address.getAddress();
    return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
  }
}

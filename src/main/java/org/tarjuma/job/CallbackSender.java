package org.tarjuma.job;

import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Instant;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Tells an outlet its job is done: a POST of the job's status to its callback URL, signed per the
 * Standard Webhooks specification ({@code webhook-id}, {@code webhook-timestamp}, {@code
 * webhook-signature}, see {@link CallbackSignature}), one attempt at a time (the {@link
 * CallbackOutbox} retries). Refuses URLs that are not http(s) or whose host resolves to an address
 * that is not public ({@link CallbackAddresses}) unless the operator allows private callbacks: at
 * submission and again at every attempt, on the very addresses the attempt connects to ({@link
 * CallbackResolver}). Apache HttpClient rather than the JDK's: its resolver is the client's own,
 * and the Host header, TLS SNI and certificate check stay on the URL's name. Thread-safe.
 */
@Component
class CallbackSender implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(CallbackSender.class);

  private final CallbackResolver names;
  private final CallbackSignature signature;
  private final CloseableHttpClient http;

  @Autowired
  CallbackSender(JobProperties properties) {
    this(properties, SystemDefaultDnsResolver.INSTANCE);
  }

  /** With {@code names} answering for hosts (tests answer for names nobody resolves). */
  CallbackSender(JobProperties properties, DnsResolver names) {
    this.names = new CallbackResolver(names, properties.allowPrivateCallbacks());
    String secret = properties.callbackSecret();
    this.signature = secret == null || secret.isBlank() ? null : CallbackSignature.of(secret);
    Timeout timeout = Timeout.of(properties.callbackTimeout());
    this.http =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setDnsResolver(this.names)
                    .setDefaultConnectionConfig(
                        ConnectionConfig.custom()
                            .setConnectTimeout(timeout)
                            .setSocketTimeout(timeout)
                            .build())
                    .build())
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setResponseTimeout(timeout)
                    .setConnectionRequestTimeout(timeout)
                    .build())
            // A new connection, so a new resolution and check, for every attempt.
            .setConnectionReuseStrategy((request, response, context) -> false)
            .disableRedirectHandling()
            .disableAutomaticRetries()
            .disableCookieManagement()
            .build();
  }

  /** Whether callbacks can be signed: {@code tarjuma.jobs.callback-secret} is set. */
  boolean signs() {
    return signature != null;
  }

  /** Why this URL may not be called back, or null when it may. */
  String refusal(String url) {
    URI uri = uri(url);
    if (uri == null) {
      return "callbackUrl must be an http or https URL, not " + url;
    }
    try {
      names.resolve(uri.getHost());
      return null;
    } catch (CallbackResolver.Refused e) {
      return e.getMessage();
    } catch (UnknownHostException e) {
      return "callbackUrl's host " + uri.getHost() + " is unknown";
    }
  }

  /**
   * One attempt to send the body, signed as message {@code id}; answers null when the outlet took
   * it (2xx), else why not. Retries are the outbox's ({@link CallbackOutbox}).
   */
  String attempt(String url, String id, String body) {
    URI uri = uri(url);
    if (uri == null || signature == null) {
      return uri == null ? "not an http or https URL" : "tarjuma.jobs.callback-secret is not set";
    }
    long timestamp = Instant.now().getEpochSecond();
    HttpPost post = new HttpPost(uri);
    post.setHeader("webhook-id", id);
    post.setHeader("webhook-timestamp", Long.toString(timestamp));
    post.setHeader("webhook-signature", signature.sign(id, timestamp, body));
    post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
    try {
      int status = http.execute(post, response -> response.getCode());
      if (status / 100 == 2) {
        return null;
      }
      log.warn("Callback to {} answered {}", url, status);
      return "answered " + status;
    } catch (CallbackResolver.Refused e) {
      log.warn("Callback to {} refused: {}", url, e.getMessage());
      return e.getMessage();
    } catch (IOException | RuntimeException e) {
      log.warn("Callback to {} failed: {}", url, e.getClass().getSimpleName());
      return e.getClass().getSimpleName();
    }
  }

  /** The URL when it is http(s) with a host, else null. */
  private static URI uri(String url) {
    try {
      URI uri = URI.create(url);
      String scheme = uri.getScheme();
      return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
              && uri.getHost() != null
          ? uri
          : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Closes the client's connections; Spring calls it when the context closes. */
  @Override
  public void close() {
    http.close(org.apache.hc.core5.io.CloseMode.GRACEFUL);
  }
}

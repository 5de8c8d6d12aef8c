package org.tarjuma.job;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A callback's signature per the Standard Webhooks specification (standardwebhooks.com): {@code
 * v1,} and the base64 of HMAC-SHA256, keyed with the secret's bytes, over {@code
 * <webhook-id>.<webhook-timestamp>.<body>}. The secret is written as its libraries take it: {@code
 * whsec_} and the base64 of 24 to 64 random bytes. Immutable and thread-safe.
 */
final class CallbackSignature {

  static final String PREFIX = "whsec_";
  static final String HOW =
      "whsec_ followed by the base64 of 24 to 64 random bytes, e.g. whsec_$(openssl rand -base64"
          + " 32)";

  private final byte[] key;

  private CallbackSignature(byte[] key) {
    this.key = key;
  }

  /**
   * The signature keyed with {@code secret}.
   *
   * @throws IllegalArgumentException naming the setting, when the secret is not {@link #HOW}
   */
  static CallbackSignature of(String secret) {
    String base64 = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      key = new byte[0];
    }
    if (key.length < 24 || key.length > 64) {
      throw new IllegalArgumentException("tarjuma.jobs.callback-secret must be " + HOW);
    }
    return new CallbackSignature(key);
  }

  /** The {@code webhook-signature} header's value for this message. */
  String sign(String id, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] signed =
          mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(signed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }
}

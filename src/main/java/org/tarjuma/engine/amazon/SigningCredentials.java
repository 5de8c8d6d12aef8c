package org.tarjuma.engine.amazon;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tarjuma.engine.EngineException;
import org.tarjuma.engine.EngineException.Failure;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * What requests to Amazon are signed with: the configured {@code key} and {@code secret}, or, when
 * neither is set, whatever the AWS SDK's default credentials chain finds (the environment's {@code
 * AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY} and {@code AWS_SESSION_TOKEN}, a profile, web
 * identity, a container or an instance role). The chain is asked again for each request, since what
 * it finds rotates; it keeps and refreshes them itself. Thread-safe.
 */
final class SigningCredentials {

  private static final Logger log = LoggerFactory.getLogger(SigningCredentials.class);

  private SigningCredentials() {}

  /** The configured key and secret, always the same. */
  static Supplier<AwsCredentialsIdentity> fixed(String key, String secret) {
    AwsCredentialsIdentity identity = AwsCredentialsIdentity.create(key, secret);
    return () -> identity;
  }

  /**
   * The default chain, asked once now so that an engine with no credentials anywhere stops the
   * start rather than failing its first request.
   *
   * @throws IllegalStateException naming the settings when the chain finds no credentials
   */
  static Supplier<AwsCredentialsIdentity> defaultChain(String name) {
    return checked(name, DefaultCredentialsProvider.builder().build());
  }

  /** Credentials from {@code provider}, asked once now and again for each request. */
  private static Supplier<AwsCredentialsIdentity> checked(
      String name, AwsCredentialsProvider provider) {
    try {
      provider.resolveCredentials();
    } catch (SdkException e) {
      // The SDK's message tells, over several lines, why each source in the chain found nothing.
      log.warn("The AWS default credentials chain found nothing: {}", e.getMessage());
      throw new IllegalStateException(
          "tarjuma.engines."
              + name
              + ".key and .secret are not set and the AWS default credentials chain found none:"
              + " set both, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, a profile or a role");
    }
    return () -> {
      try {
        return provider.resolveCredentials();
      } catch (SdkException e) {
        throw new EngineException(
            Failure.AUTHENTICATION,
            AmazonEngine.PROVIDER
                + " credentials from the AWS default chain are gone ("
                + e.getClass().getSimpleName()
                + ")",
            null,
            e);
      }
    };
  }
}

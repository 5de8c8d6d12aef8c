package org.tarjuma.engine.google;

import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.tarjuma.engine.EngineException;
import org.tarjuma.engine.EngineException.Failure;

/**
 * Bearer tokens for Google: the configured {@code key} as it is, or tokens minted from a
 * service-account key file ({@code credentials}) by Google's auth library, refreshed before they
 * expire. Thread-safe.
 */
final class AccessTokens {

  static final String SCOPE = "https://www.googleapis.com/auth/cloud-translation";

  private AccessTokens() {}

  /** A fixed token. */
  static Supplier<String> fixed(String token) {
    return () -> token;
  }

  /**
   * Tokens from a service-account key.
   *
   * @throws IllegalStateException naming the setting when the file cannot be read as one
   */
  static Supplier<String> serviceAccount(String name, String file) {
    GoogleCredentials credentials;
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      credentials = GoogleCredentials.fromStream(in).createScoped(List.of(SCOPE));
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "tarjuma.engines."
              + name
              + ".credentials: "
              + file
              + " is not a readable Google service-account key ("
              + e.getClass().getSimpleName()
              + ")");
    }
    return () -> {
      try {
        synchronized (credentials) {
          credentials.refreshIfExpired();
          AccessToken token = credentials.getAccessToken();
          return token.getTokenValue();
        }
      } catch (IOException e) {
        throw new EngineException(
            Failure.AUTHENTICATION,
            GoogleEngine.PROVIDER
                + " refused the service-account key ("
                + e.getClass().getSimpleName()
                + ")",
            null,
            e);
      }
    };
  }
}

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
 * Bearer tokens for Google: the configured {@code key} as it is, or tokens minted by Google's auth
 * library from a service-account key file ({@code credentials}) or, when neither is set, from
 * Application Default Credentials; minted ones are asked for on each request and refreshed before
 * they expire. Thread-safe.
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
    return refreshed(credentials, "the service-account key");
  }

  /**
   * Tokens from Application Default Credentials: {@code GOOGLE_APPLICATION_CREDENTIALS}, the file
   * {@code gcloud auth application-default login} writes, or the metadata server of the machine.
   * Looked for now, so that an engine with no credentials anywhere stops the start.
   *
   * @throws IllegalStateException naming the settings when none are found
   */
  static Supplier<String> applicationDefault(String name) {
    GoogleCredentials credentials;
    try {
      credentials = GoogleCredentials.getApplicationDefault().createScoped(List.of(SCOPE));
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "tarjuma.engines."
              + name
              + ".key and .credentials are not set and Google Application Default Credentials"
              + " found none: set one, or GOOGLE_APPLICATION_CREDENTIALS to a key file");
    }
    return refreshed(credentials, "Application Default Credentials");
  }

  private static Supplier<String> refreshed(GoogleCredentials credentials, String source) {
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
                + " refused "
                + source
                + " ("
                + e.getClass().getSimpleName()
                + ")",
            null,
            e);
      }
    };
  }
}

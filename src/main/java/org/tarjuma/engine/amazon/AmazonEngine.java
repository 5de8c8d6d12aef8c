package org.tarjuma.engine.amazon;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarjuma.engine.Capabilities;
import org.tarjuma.engine.EngineException;
import org.tarjuma.engine.EngineException.Failure;
import org.tarjuma.engine.EngineRequest;
import org.tarjuma.engine.EngineResult;
import org.tarjuma.engine.EngineSettings;
import org.tarjuma.engine.TranslationEngine;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.translate.TranslateClient;
import software.amazon.awssdk.services.translate.model.TranslateTextRequest;

/** Amazon Translate through the AWS SDK; see the package documentation for the contract. */
final class AmazonEngine implements TranslationEngine {

  static final String PROVIDER = "Amazon Translate";
  private static final Set<String> RETRYABLE =
      Set.of(
          "TooManyRequestsException",
          "ThrottlingException",
          "InternalServerException",
          "ServiceUnavailableException");
  private static final Set<String> REJECTED =
      Set.of(
          "TextSizeLimitExceededException",
          "InvalidRequestException",
          "DetectedLanguageLowConfidenceException",
          "ResourceNotFoundException",
          "InvalidParameterValueException");
  private static final Set<String> CREDENTIALS =
      Set.of(
          "UnrecognizedClientException",
          "InvalidSignatureException",
          "AccessDeniedException",
          "ExpiredTokenException",
          "MissingAuthenticationToken",
          "MissingAuthenticationTokenException",
          "InvalidClientTokenId",
          "SignatureDoesNotMatch");

  private final String id;
  private final EngineSettings settings;
  private final Capabilities capabilities;
  private final TranslateClient client;

  AmazonEngine(String id, EngineSettings settings, Map<String, String> codes) {
    this.id = id;
    this.settings = settings;
    this.capabilities =
        new Capabilities(
            "amazon",
            "2017-07-01",
            codes,
            Capabilities.Limits.single(10_000),
            false,
            settings.glossary() == null
                ? Capabilities.GlossaryMechanism.MASKING
                : Capabilities.GlossaryMechanism.RESOURCE,
            settings.pricePerMillionChars());
    this.client =
        TranslateClient.builder()
            .endpointOverride(URI.create(settings.baseUrl()))
            .region(Region.of(settings.region() == null ? "us-east-1" : settings.region()))
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(settings.key(), settings.secret())))
            .httpClient(
                UrlConnectionHttpClient.builder()
                    .connectionTimeout(settings.timeout())
                    .socketTimeout(settings.timeout())
                    .build())
            .overrideConfiguration(
                ClientOverrideConfiguration.builder()
                    .retryStrategy(AwsRetryStrategy.doNotRetry())
                    .apiCallTimeout(settings.timeout())
                    .build())
            .build();
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Capabilities capabilities() {
    return capabilities;
  }

  @Override
  public EngineResult translate(EngineRequest request) {
    String target = request.targets().getFirst();
    EngineRequest.Item item = request.items().getFirst();
    TranslateTextRequest.Builder call =
        TranslateTextRequest.builder()
            .text(item.text())
            .sourceLanguageCode("en")
            .targetLanguageCode(capabilities.languages().get(target));
    if (settings.glossary() != null) {
      call.terminologyNames(settings.glossary());
    }
    try {
      String text = client.translateText(call.build()).translatedText();
      if (text == null) {
        throw new EngineException(Failure.RETRYABLE, PROVIDER + " answered no TranslatedText");
      }
      return new EngineResult(
          List.of(new EngineResult.Translated(item.id(), target, text)), item.text().length());
    } catch (AwsServiceException e) {
      throw failure(e);
    } catch (SdkException e) {
      // The SDK's own message may quote the request; say only what kind of failure it was.
      throw new EngineException(
          Failure.RETRYABLE,
          PROVIDER
              + " could not be reached or answered unreadably ("
              + e.getClass().getSimpleName()
              + ")",
          null,
          e);
    }
  }

  static EngineException failure(AwsServiceException e) {
    String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
    code = code == null ? "" : code;
    String message = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorMessage();
    Failure kind;
    if (RETRYABLE.contains(code) || e.statusCode() >= 500 || e.isThrottlingException()) {
      kind = Failure.RETRYABLE;
    } else if (code.equals("UnsupportedLanguagePairException")) {
      kind = Failure.UNSUPPORTED_LANGUAGE;
    } else if (code.equals("LimitExceededException")) {
      kind = Failure.QUOTA_EXHAUSTED;
    } else if (CREDENTIALS.contains(code) || e.statusCode() == 401 || e.statusCode() == 403) {
      kind = Failure.AUTHENTICATION;
    } else if (REJECTED.contains(code) || e.statusCode() == 400) {
      kind = Failure.REJECTED;
    } else {
      kind = Failure.RETRYABLE;
    }
    return new EngineException(
        kind,
        PROVIDER
            + " answered HTTP "
            + e.statusCode()
            + ": "
            + code
            + (message == null || message.isBlank() ? "" : " " + message),
        null,
        e);
  }
}

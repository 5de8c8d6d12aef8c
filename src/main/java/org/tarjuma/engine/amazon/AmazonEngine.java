package org.tarjuma.engine.amazon;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.tarjuma.engine.Capabilities;
import org.tarjuma.engine.EngineException;
import org.tarjuma.engine.EngineException.Failure;
import org.tarjuma.engine.EngineRequest;
import org.tarjuma.engine.EngineResult;
import org.tarjuma.engine.EngineSettings;
import org.tarjuma.engine.http.HttpTransport;
import org.tarjuma.engine.http.ProviderEngine;
import org.tarjuma.engine.http.Reply;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Amazon Translate over AWS JSON 1.1; see the package documentation for the contract. */
final class AmazonEngine extends ProviderEngine {

  static final String PROVIDER = "Amazon Translate";
  private static final String TARGET = "AWSShineFrontendService_20170701.TranslateText";
  // Headers the JDK client sets itself and refuses to be given.
  private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection");
  private static final Set<String> RETRYABLE =
      Set.of(
          "TooManyRequestsException",
          "ThrottlingException",
          "InternalServerException",
          "ServiceUnavailableException");
  private static final Set<String> CREDENTIALS =
      Set.of(
          "UnrecognizedClientException",
          "InvalidSignatureException",
          "AccessDeniedException",
          "ExpiredTokenException",
          "MissingAuthenticationToken",
          "MissingAuthenticationTokenException",
          "InvalidClientTokenId",
          "IncompleteSignatureException",
          "SignatureDoesNotMatch");

  private final EngineSettings settings;
  private final HttpTransport http;
  private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();
  private final Supplier<AwsCredentialsIdentity> credentials;
  private final String region;

  AmazonEngine(String id, EngineSettings settings, Map<String, String> codes) {
    this(
        id,
        settings,
        codes,
        settings.key() == null && settings.secret() == null
            ? SigningCredentials.defaultChain(id)
            : SigningCredentials.fixed(settings.key(), settings.secret()));
  }

  /** An engine signing with whatever {@code credentials} gives for each request. */
  AmazonEngine(
      String id,
      EngineSettings settings,
      Map<String, String> codes,
      Supplier<AwsCredentialsIdentity> credentials) {
    super(
        id,
        new Capabilities(
            "amazon",
            "2017-07-01",
            codes,
            Capabilities.Limits.single(10_000),
            false,
            settings.glossary() == null
                ? Capabilities.GlossaryMechanism.MASKING
                : Capabilities.GlossaryMechanism.RESOURCE,
            settings.pricePerMillionChars()));
    this.settings = settings;
    this.http = new HttpTransport(PROVIDER, settings);
    this.credentials = credentials;
    this.region = settings.region() == null ? "us-east-1" : settings.region();
  }

  @Override
  public EngineResult translate(EngineRequest request) {
    String target = request.targets().getFirst();
    EngineRequest.Item item = request.items().getFirst();
    ObjectNode body = Reply.JSON.createObjectNode();
    body.put("Text", item.text());
    body.put("SourceLanguageCode", "en");
    body.put("TargetLanguageCode", code(target));
    if (settings.glossary() != null) {
      body.putArray("TerminologyNames").add(settings.glossary());
    }
    String json = body.toString();
    URI uri = URI.create(settings.base() + "/");
    Reply reply = http.post(uri, sign(uri, json), json);
    if (!reply.ok()) {
      throw failure(reply);
    }
    JsonNode text = reply.json().path("TranslatedText");
    if (!text.isString()) {
      throw new EngineException(Failure.RETRYABLE, PROVIDER + " answered no TranslatedText");
    }
    return new EngineResult(
        List.of(new EngineResult.Translated(item.id(), target, text.asString())),
        item.text().length());
  }

  private Map<String, String> sign(URI uri, String json) {
    SdkHttpRequest unsigned =
        SdkHttpRequest.builder()
            .uri(uri)
            .method(SdkHttpMethod.POST)
            .putHeader("Content-Type", "application/x-amz-json-1.1")
            .putHeader("X-Amz-Target", TARGET)
            .build();
    AwsCredentialsIdentity identity = credentials.get();
    SignedRequest signed =
        signer.sign(
            r ->
                r.identity(identity)
                    .request(unsigned)
                    .payload(ContentStreamProvider.fromUtf8String(json))
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "translate")
                    .putProperty(AwsV4HttpSigner.REGION_NAME, region));
    Map<String, String> headers = new LinkedHashMap<>();
    signed
        .request()
        .headers()
        .forEach(
            (name, values) -> {
              if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                headers.put(name, String.join(",", values));
              }
            });
    return headers;
  }

  static EngineException failure(Reply reply) {
    String type = reply.field("__type");
    if (type.isEmpty()) {
      type = reply.headers().firstValue("X-Amzn-ErrorType").orElse("");
    }
    type = type.substring(type.lastIndexOf('#') + 1);
    if (type.contains(":")) {
      type = type.substring(0, type.indexOf(':'));
    }
    String message = reply.field("Message");
    if (message.isEmpty()) {
      message = reply.field("message");
    }
    String detail = (type + " " + message).strip();
    Failure kind;
    if (RETRYABLE.contains(type)) {
      kind = Failure.RETRYABLE;
    } else if (type.equals("UnsupportedLanguagePairException")) {
      kind = Failure.UNSUPPORTED_LANGUAGE;
    } else if (type.equals("LimitExceededException")) {
      kind = Failure.QUOTA_EXHAUSTED;
    } else if (CREDENTIALS.contains(type)) {
      kind = Failure.AUTHENTICATION;
    } else {
      return reply.failure(detail);
    }
    return reply.failure(kind, detail);
  }
}

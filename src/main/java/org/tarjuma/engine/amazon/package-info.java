/**
 * Amazon Translate, {@code TranslateText}.
 *
 * <p>What this adapter relies on (boto/botocore {@code data/translate/2017-07-01/service-2.json};
 * awsdocs amazon-translate-developer-guide {@code API_TranslateText.md}, {@code examples-sigv4.md},
 * {@code how-custom-terminology.md}; docs.aws.amazon.com {@code translate/latest/dg/
 * what-is-languages.html} and {@code what-is-limits.html}; aws-sdk-java-v2 {@code AwsErrorCodes}):
 *
 * <ul>
 *   <li>AWS JSON 1.1 over {@code POST /} with {@code X-Amz-Target:
 *       AWSShineFrontendService_20170701.TranslateText} and a SigV4 signature: the AWS SDK for Java
 *       v2 {@code translate} client speaks it, pointed at {@code base-url} (endpoint override),
 *       with the URL-connection HTTP client and <em>its own retries off</em> (ours apply).
 *   <li>{@code {"Text", "SourceLanguageCode": "en", "TargetLanguageCode", "TerminologyNames"}}: one
 *       text per request, at most 10,000 UTF-8 bytes; {@code TerminologyNames} holds the configured
 *       custom terminology ({@code glossary}), at most one.
 *   <li>Errors carry {@code __type} (a {@code prefix#} or {@code :suffix} is dropped; header {@code
 *       X-Amzn-ErrorType} when the body has none): TooManyRequestsException arrives as <strong>HTTP
 *       400</strong> and is retried, as are InternalServerException and
 *       ServiceUnavailableException; UnsupportedLanguagePairException is an unsupported language;
 *       TextSizeLimitExceeded, InvalidRequest and DetectedLanguageLowConfidence reject the text;
 *       LimitExceededException is the quota; UnrecognizedClient, InvalidSignature, AccessDenied,
 *       ExpiredToken and MissingAuthenticationToken are credentials.
 *   <li>Credentials: {@code key} (access key id) and {@code secret}, or, when neither is set, the
 *       AWS SDK's default credentials chain ({@code AWS_ACCESS_KEY_ID}, {@code
 *       AWS_SECRET_ACCESS_KEY}, {@code AWS_SESSION_TOKEN}; a profile; web identity; a container or
 *       instance role), asked again for each request since they rotate. A session token goes as
 *       {@code X-Amz-Security-Token}, signed. A chain that finds nothing stops the start.
 *   <li>Codes: Urdu {@code ur}, Pashto {@code ps}, Dari {@code fa-AF}.
 * </ul>
 */
package org.tarjuma.engine.amazon;

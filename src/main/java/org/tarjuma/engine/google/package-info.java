/**
 * Google Cloud Translation v3 ("Advanced"), {@code translateText}.
 *
 * <p>What this adapter relies on (googleapis/googleapis {@code
 * google/cloud/translate/v3/translation_service.proto}; the v3 discovery document {@code
 * translate-api.json}; cloud.google.com {@code /translate/quotas}, {@code /apis/design/errors}):
 *
 * <ul>
 *   <li>{@code POST {base}/v3/projects/{project}/locations/{location}:translateText}, base {@code
 *       https://translation.googleapis.com}; {@code Authorization: Bearer <access token>} and
 *       {@code x-goog-user-project}. The token is the setting {@code key} as given (e.g. from
 *       {@code gcloud auth print-access-token}), or minted by Google's auth library with the {@code
 *       cloud-translation} scope from a service-account key file (setting {@code credentials}) or,
 *       when neither is set, from Application Default Credentials ({@code
 *       GOOGLE_APPLICATION_CREDENTIALS}, gcloud's application-default login, the metadata server),
 *       which must be found at the start.
 *   <li>Body {@code {"contents": [...], "mimeType": "text/plain"|"text/html", "sourceLanguageCode":
 *       "en", "targetLanguageCode": "ur"}} ({@code mimeType} defaults to HTML, so it is always
 *       sent); with a glossary, {@code glossaryConfig.glossary} = {@code
 *       projects/P/locations/L/glossaries/G}, and the answer's {@code glossaryTranslations} are
 *       used; otherwise {@code translations[].translatedText}, in order.
 *   <li>At most 1,024 strings and 30,000 code points a request; one target a request. A glossary
 *       needs a non-global location (e.g. {@code us-central1}).
 *   <li>Errors {@code {"error": {"code", "message", "status"}}}: 429 RESOURCE_EXHAUSTED and 403
 *       "User Rate Limit Exceeded" retry; 403 "Daily Limit Exceeded" is the quota; other 401/403
 *       credentials; 400 INVALID_ARGUMENT naming a language is an unsupported language.
 *   <li>Codes: Urdu {@code ur}, Pashto {@code ps}; Dari {@code fa-AF} (not confirmed from a Google
 *       primary source; check {@code supportedLanguages} for the project).
 * </ul>
 */
package org.tarjuma.engine.google;

/**
 * DeepL API, {@code /v2/translate}.
 *
 * <p>What this adapter relies on (DeepLcom/api-docs {@code api-reference/openapi.yaml} v3.11.0,
 * {@code translate.mdx}, {@code docs/getting-started/auth.mdx}, {@code supported-languages.mdx},
 * {@code docs/resources/usage-limits.mdx}, {@code error-handling.mdx}; DeepL's own deepl-mock):
 *
 * <ul>
 *   <li>{@code POST {base}/v2/translate}, base {@code https://api.deepl.com} (Pro) or {@code
 *       https://api-free.deepl.com} (Free keys end in {@code :fx}); header {@code Authorization:
 *       DeepL-Auth-Key <key>} (the body {@code auth_key} is retired) and a {@code User-Agent}.
 *   <li>Body {@code {"text": [...], "source_lang": "EN", "target_lang": "UR",
 *       "show_billed_characters": true}}; answer {@code translations[].text} in order, with {@code
 *       billed_characters}, which is what we count.
 *   <li>At most 50 texts and 128 KiB of body a request; one target a request.
 *   <li>Urdu {@code UR}, Pashto {@code PS}, Dari {@code PRS}: generally available since January
 *       2026, but the language table marks glossaries and tag handling as unavailable for all
 *       three, so terms are masked with placeholders and inline tags travel as plain text.
 *   <li>Errors {@code {"message": ...}}: 403 bad key (often an empty body), 456 quota exhausted,
 *       429 and 529 too many requests (no Retry-After documented), 413 too large, 5xx retry; 400
 *       "Value for 'target_lang' not supported." where a deployment lacks the language.
 * </ul>
 */
package org.tarjuma.engine.deepl;

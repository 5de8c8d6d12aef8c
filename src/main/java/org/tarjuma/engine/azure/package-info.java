/**
 * Microsoft Azure AI Translator, Text API v3.0.
 *
 * <p>What this adapter relies on (Microsoft Learn, azure-ai-docs {@code
 * translator/text-translation/ reference/v3/translate.md}, {@code service-limits.md}, {@code
 * status-response-codes.md}, {@code how-to/use-dynamic-dictionary.md}):
 *
 * <ul>
 *   <li>{@code POST {base}/translate?api-version=3.0&from=en&to=ur&to=ps&to=prs}: several targets
 *       in one call; {@code textType=html} for markup; {@code category} for a Custom Translator
 *       model (setting {@code model}).
 *   <li>Headers {@code Ocp-Apim-Subscription-Key}, {@code Ocp-Apim-Subscription-Region} (regional
 *       resources), {@code X-ClientTraceId} (a fresh GUID per request, logged to trace a call).
 *   <li>Body {@code [{"Text": "..."}]}; answer one element per input, in order, each with {@code
 *       translations: [{"text", "to"}]}, one per target.
 *   <li>At most 1,000 elements and 50,000 characters a request, the characters counted once per
 *       target; billed the same way.
 *   <li>Errors {@code {"error": {"code": 403001, "message": ...}}}: six digits, the HTTP status and
 *       a sub-code. 403001 free quota exceeded; 401xxx and 403000 credentials; 400019/400023/400036
 *       language not supported; 429xxx and 5xx retry; Retry-After when sent.
 *   <li>Glossary: the dynamic dictionary {@code <mstrans:dictionary translation="form">term
 *       </mstrans:dictionary>}, which needs {@code from} and English on one side; since one text
 *       carries one form, a text with terms goes to one target at a time (the router plans so).
 *   <li>Codes: Urdu {@code ur}, Pashto {@code ps}, Dari {@code prs}.
 * </ul>
 */
package org.tarjuma.engine.azure;

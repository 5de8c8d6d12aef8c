/**
 * LibreTranslate, self-hosted.
 *
 * <p>What this adapter relies on (LibreTranslate/LibreTranslate {@code libretranslate/app.py},
 * {@code language.py}; docs.libretranslate.com {@code /guides/api_usage}):
 *
 * <ul>
 *   <li>{@code GET {base}/languages} answers {@code [{"code": "en", "targets": ["ur", ...]}]}: read
 *       once when the engine is made, so a route to a language the server lacks (usually Pashto and
 *       Dari: Argos has no such models) stops the start.
 *   <li>{@code POST {base}/translate} with {@code {"q": [...], "source": "en", "target": "ur",
 *       "format": "text"|"html", "api_key": ...}} ({@code api_key} only when configured); answer
 *       {@code {"translatedText": [...]}} for an array (a string for one text, tolerated).
 *   <li>Limits are the server's options ({@code --batch-limit}, {@code --char-limit}, unlimited by
 *       default): 50 texts and 20,000 characters a request unless {@code max-items}/{@code
 *       max-chars} say less.
 *   <li>Errors {@code {"error": "..."}}: 400 "xx is not supported" or "... is not available as a
 *       target language" (unsupported), 400 "exceeds text limit" (rejected), 403 "Invalid API key",
 *       403 "Too many request limits violations" (banned for a while: quota), 429 "Slowdown", 500
 *       "Cannot translate text". No glossary: terms are masked.
 * </ul>
 */
package org.tarjuma.engine.libretranslate;

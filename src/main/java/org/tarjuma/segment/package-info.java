/**
 * Cutting articles into blocks and sentences: text, Markdown and HTML parsing, ICU4J sentence
 * breaking with per-language exception rules kept as data, inline codes, stable segment ids, and
 * putting segments back together in the source's format. Public: {@link
 * org.tarjuma.segment.Segmenter} and the records it returns, and {@link
 * org.tarjuma.segment.TaggedText}, the form a segment travels in to engines, memory, checks and
 * exports.
 */
@ApplicationModule(allowedDependencies = {"language", "web"})
package org.tarjuma.segment;

import org.springframework.modulith.ApplicationModule;

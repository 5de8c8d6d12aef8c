package org.tarjuma.memory;

/**
 * A translation of a similar sentence, offered to a translator; never applied on its own.
 *
 * @param source the remembered source sentence
 * @param target its approved translation
 * @param similarity token-level edit similarity with the sentence asked about, 0 to 1
 */
public record Suggestion(String source, String target, double similarity) {}

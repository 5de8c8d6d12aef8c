package org.tarjuma.segment;

/**
 * A unit of a document that sentences never cross: a heading, a paragraph, a list item.
 *
 * @param index its position among the document's blocks, from 0
 * @param kind what it is
 * @param start UTF-16 offset of its first character in the source
 * @param end UTF-16 offset just after its last character in the source
 */
public record Block(int index, BlockKind kind, int start, int end) {}

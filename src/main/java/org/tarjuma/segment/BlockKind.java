package org.tarjuma.segment;

/** What a block is in its document. */
public enum BlockKind {
  HEADING,
  PARAGRAPH,
  LIST_ITEM,
  QUOTE,
  TABLE_CELL,
  /** The document's title ({@code <title>}). */
  TITLE,
  /** A translatable attribute value ({@code alt}, {@code title}). */
  ATTRIBUTE
}

package org.tarjuma.glossary;

import java.util.List;
import java.util.Optional;

/** The live glossary: its entries and a matcher over them. Thread-safe. */
public interface Glossary {

  /** Every entry, in file order; never null. */
  List<Entry> entries();

  /** The entry with this id, if any. */
  Optional<Entry> find(String id);

  /** A matcher over every entry's English terms. */
  TermMatcher matcher();
}

package org.tarjuma.glossary;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One target form of a glossary entry with its paradigm: each cell's forms, the first of each the
 * one Tarjuma writes. An invariant form has no cells. Immutable.
 *
 * @param base the form as the glossary has it
 * @param cells the forms by cell ({@code sg.obl}, {@code pl.ez}…), in the language's order; a
 *     missing cell does not exist
 */
public record TermForms(String base, Map<String, List<String>> cells) {

  public TermForms {
    cells = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cells));
  }

  /** A form that never changes. */
  public static TermForms invariant(String base) {
    return new TermForms(base, Map.of());
  }

  /** The base form, then every cell's forms, each once. */
  public List<String> all() {
    Set<String> all = new LinkedHashSet<>();
    all.add(base);
    cells.values().forEach(all::addAll);
    return List.copyOf(all);
  }

  /** The form to write for {@code cell}: its first, or the base form when the cell is missing. */
  public String write(String cell) {
    List<String> forms = cell == null ? null : cells.get(cell);
    return forms == null || forms.isEmpty() ? base : forms.get(0);
  }
}

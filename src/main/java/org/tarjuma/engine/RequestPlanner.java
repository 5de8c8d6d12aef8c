package org.tarjuma.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarjuma.engine.Capabilities.GlossaryMechanism;
import org.tarjuma.engine.OrderState.Pair;
import org.tarjuma.glossary.Inflections;
import org.tarjuma.glossary.TermMatch;

/**
 * Plans what one engine is sent for some pairs of an order: each segment prepared for the engine's
 * glossary mechanism ({@link WireText}: terms masked or marked up; for a prompt, the required forms
 * as hints), one text per segment shared by every target the engine takes with it, and the texts
 * grouped by target set and text type, each target set cut to the engine's maximum. Stateless.
 */
final class RequestPlanner {

  private final TermCheck check;

  RequestPlanner(TermCheck check) {
    this.check = check;
  }

  /** A segment's text as sent. */
  record Unit(int seg, String text, EngineRequest.TextType type) {}

  /** A unit and who may share it: every target (engines of several targets) or one language. */
  private record Shared(Unit unit, String by) {}

  /** Texts that can go in one request shape, each with its item. */
  record Group(EngineQueue.Shape shape, List<Unit> units, List<EngineRequest.Item> items) {}

  /**
   * @param wires how each pair was prepared, to read its answer back
   * @param groups the texts to queue, in article order within each group
   */
  record Plan(Map<Pair, WireText.Wire> wires, List<Group> groups) {}

  /**
   * The plan for {@code pairs}.
   *
   * @param strict every term masked whatever the engine's mechanism (the second attempt)
   */
  Plan plan(OrderState state, GuardedEngine engine, List<Pair> pairs, boolean strict) {
    Capabilities caps = engine.capabilities();
    WireText.Mode mode = mode(caps.glossary(), strict);
    int maxTargets = caps.limits().maxTargets();
    // One unit per segment and distinct text; the targets that can share it, in article order.
    Map<Pair, WireText.Wire> wires = new LinkedHashMap<>();
    Map<Shared, List<String>> units = new LinkedHashMap<>();
    List<Pair> inOrder = pairs.stream().sorted(Comparator.comparingInt(Pair::seg)).toList();
    for (Pair pair : inOrder) {
      List<WireText.Term> terms = check.terms(state.terms(pair.seg()), pair.lang());
      // Dates go as placeholders (or Azure's markup) to every engine that calls a provider.
      List<WireText.Fixed> dates =
          caps.glossary() == GlossaryMechanism.NONE
              ? List.of()
              : state.dates(pair.seg(), pair.lang());
      WireText.Wire wire =
          WireText.prepare(
              state.segment(pair.seg()),
              terms,
              dates,
              mode,
              caps.html(),
              Inflections.of(pair.lang()));
      wires.put(pair, wire);
      Unit unit = new Unit(pair.seg(), wire.text(), wire.type());
      units
          .computeIfAbsent(
              new Shared(unit, maxTargets > 1 ? "" : pair.lang()), k -> new ArrayList<>())
          .add(pair.lang());
    }
    // By target set and text type, each target set cut to the engine's maximum.
    Map<EngineQueue.Shape, List<Unit>> groups = new LinkedHashMap<>();
    units.forEach(
        (shared, langs) -> {
          Unit unit = shared.unit();
          List<String> ordered = state.order.targets().stream().filter(langs::contains).toList();
          for (int i = 0; i < ordered.size(); i += maxTargets) {
            List<String> chunk = ordered.subList(i, Math.min(ordered.size(), i + maxTargets));
            groups
                .computeIfAbsent(
                    new EngineQueue.Shape(state.order.source(), chunk, unit.type()),
                    k -> new ArrayList<>())
                .add(unit);
          }
        });
    List<Group> planned = new ArrayList<>();
    groups.forEach(
        (shape, list) ->
            planned.add(
                new Group(
                    shape,
                    list,
                    list.stream()
                        .map(u -> item(state, engine, shape.targets(), u, strict))
                        .toList())));
    return new Plan(wires, planned);
  }

  private static WireText.Mode mode(GlossaryMechanism mechanism, boolean strict) {
    if (strict && mechanism != GlossaryMechanism.NONE) {
      return WireText.Mode.MASK;
    }
    return switch (mechanism) {
      case INLINE_MARKUP -> WireText.Mode.MARKUP;
      case MASKING -> WireText.Mode.MASK;
      default -> WireText.Mode.NONE;
    };
  }

  private EngineRequest.Item item(
      OrderState state, GuardedEngine engine, List<String> langs, Unit unit, boolean strict) {
    // Only a prompt carries the forms; masked and marked-up texts already hold them.
    boolean hinted = engine.capabilities().glossary() == GlossaryMechanism.PROMPT && !strict;
    return new EngineRequest.Item(
        Integer.toString(unit.seg()),
        unit.text(),
        hinted ? hints(state, unit.seg(), langs) : List.of(),
        state.readable(unit.seg()));
  }

  /** Each term of the segment with the form every target needs. */
  private List<EngineRequest.TermHint> hints(OrderState state, int seg, List<String> langs) {
    List<EngineRequest.TermHint> hints = new ArrayList<>();
    String text = state.segment(seg).text();
    for (TermMatch match : state.terms(seg)) {
      Map<String, String> forms = new LinkedHashMap<>();
      Map<String, List<String>> inflected = new LinkedHashMap<>();
      for (String lang : langs) {
        for (WireText.Term term : check.terms(List.of(match), lang)) {
          String form = term.sent(Inflections.of(lang));
          forms.put(lang, form);
          List<String> others = term.forms().all().stream().filter(f -> !f.equals(form)).toList();
          if (!others.isEmpty()) {
            inflected.put(lang, others);
          }
        }
      }
      if (!forms.isEmpty()) {
        hints.add(
            new EngineRequest.TermHint(
                text.substring(match.start(), match.end()), forms, inflected));
      }
    }
    return hints;
  }
}

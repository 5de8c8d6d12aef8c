package org.tarjuma.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** An engine whose answers a test scripts; it records every request. */
final class FakeEngine implements TranslationEngine {

  final List<EngineRequest> requests = new CopyOnWriteArrayList<>();
  private final String id;
  private final Capabilities capabilities;
  private final Function<EngineRequest, EngineResult> answer;

  FakeEngine(
      String id,
      Capabilities.GlossaryMechanism glossary,
      Capabilities.Limits limits,
      Function<EngineRequest, EngineResult> answer) {
    this(id, glossary, limits, answer, Map.of("ur", "ur", "ps", "ps", "prs", "prs"));
  }

  FakeEngine(
      String id,
      Capabilities.GlossaryMechanism glossary,
      Capabilities.Limits limits,
      Function<EngineRequest, EngineResult> answer,
      Map<String, String> languages) {
    this.id = id;
    this.capabilities =
        new Capabilities("fake", "1", languages, limits, false, glossary, new BigDecimal("20.00"));
    this.answer = answer;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Capabilities capabilities() {
    return capabilities;
  }

  @Override
  public EngineResult translate(EngineRequest request) {
    requests.add(request);
    return answer.apply(request);
  }

  /** Answers every item in every target with {@code translate(text, target)}. */
  static Function<EngineRequest, EngineResult> each(
      java.util.function.BiFunction<String, String, String> translate) {
    return request -> {
      List<EngineResult.Translated> out = new java.util.ArrayList<>();
      for (EngineRequest.Item item : request.items()) {
        for (String target : request.targets()) {
          out.add(
              new EngineResult.Translated(item.id(), target, translate.apply(item.text(), target)));
        }
      }
      return new EngineResult(out, request.characters() * request.targets().size());
    };
  }
}

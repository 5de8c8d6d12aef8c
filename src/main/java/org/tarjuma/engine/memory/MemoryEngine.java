package org.tarjuma.engine.memory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tarjuma.engine.Capabilities;
import org.tarjuma.engine.EngineRequest;
import org.tarjuma.engine.EngineResult;
import org.tarjuma.engine.TranslationEngine;
import org.tarjuma.memory.TranslationMemory;

/** Answers from the translation memory only; see the package documentation. */
final class MemoryEngine implements TranslationEngine {

  private final String id;
  private final TranslationMemory memory;
  private final Capabilities capabilities;

  MemoryEngine(String id, TranslationMemory memory, Map<String, String> codes) {
    this.id = id;
    this.memory = memory;
    this.capabilities =
        new Capabilities(
            "memory",
            "memory",
            codes,
            new Capabilities.Limits(1000, 0, 0, codes.size(), false),
            false,
            Capabilities.GlossaryMechanism.NONE,
            BigDecimal.ZERO);
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
    List<EngineResult.Translated> found = new ArrayList<>();
    for (EngineRequest.Item item : request.items()) {
      for (String target : request.targets()) {
        memory
            .exact(request.source(), target, item.original())
            .ifPresent(
                unit -> found.add(new EngineResult.Translated(item.id(), target, unit.target())));
      }
    }
    return new EngineResult(found, 0);
  }
}

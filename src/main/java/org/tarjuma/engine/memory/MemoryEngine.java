package org.tarjuma.engine.memory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tarjuma.engine.Capabilities;
import org.tarjuma.engine.EngineRequest;
import org.tarjuma.engine.EngineResult;
import org.tarjuma.engine.http.ProviderEngine;
import org.tarjuma.memory.MemoryUnit;
import org.tarjuma.memory.TranslationMemory;

/**
 * The translation memory as an engine: approved translations only; see the package documentation.
 */
final class MemoryEngine extends ProviderEngine {

  private final TranslationMemory memory;

  MemoryEngine(String id, TranslationMemory memory, Map<String, String> codes) {
    super(
        id,
        new Capabilities(
            "memory",
            "memory",
            codes,
            new Capabilities.Limits(1000, 0, 0, codes.size(), false),
            false,
            Capabilities.GlossaryMechanism.NONE,
            BigDecimal.ZERO));
    this.memory = memory;
  }

  /** One batched lookup of every item's {@code original} text into every target. */
  @Override
  public EngineResult translate(EngineRequest request) {
    List<String> sources = request.items().stream().map(EngineRequest.Item::original).toList();
    Map<String, Map<String, MemoryUnit>> approved =
        memory.exact(request.source(), request.targets(), sources);
    List<EngineResult.Translated> found = new ArrayList<>();
    for (EngineRequest.Item item : request.items()) {
      for (String target : request.targets()) {
        MemoryUnit unit = approved.getOrDefault(target, Map.of()).get(item.original());
        if (unit != null) {
          found.add(
              new EngineResult.Translated(
                  item.id(),
                  target,
                  unit.target(),
                  org.tarjuma.engine.MemoryProvenance.flags(unit.origin())));
        }
      }
    }
    return new EngineResult(found, 0);
  }
}

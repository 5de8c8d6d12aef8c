/**
 * Translation engines behind one small interface ({@link org.tarjuma.engine.TranslationEngine}),
 * one sub-package per provider, and the {@link org.tarjuma.engine.Translator} the rest of the
 * application uses. An order goes: its glossary terms found once ({@code OrderState}); what needs
 * no engine looked up once, the memory's approved translations through the offline {@code memory}
 * engine and the segment cache's paid ones ({@code Reuse}); the rest in rounds along each
 * language's route ({@code RoutingTranslator}), each engine's share planned to its limits ({@code
 * RequestPlanner}), queued with every other order's ({@code EngineQueue}), paid for once per cache
 * key ({@code SingleFlight}, {@code CacheKey}), retried behind a circuit breaker ({@code
 * GuardedEngine}), then read back, normalized, checked against the glossary, kept and billed
 * ({@code EngineCalls}); every segment is checked by QA once at the end. What a provider speaks
 * never leaves its sub-package.
 */
@ApplicationModule(
    allowedDependencies = {
      "calendar",
      "cluster",
      "glossary",
      "language",
      "memory",
      "outlet",
      "qa",
      "security",
      "segment",
      "web"
    })
package org.tarjuma.engine;

import org.springframework.modulith.ApplicationModule;

package org.tarjuma.engine;

/**
 * One translation backend. Implementations are thread-safe, hold no per-call state and do not
 * retry: retry, circuit breaking, concurrency limits and fallback are the router's job, so that
 * every provider behaves the same under failure.
 */
public interface TranslationEngine {

  /** The configured name, e.g. {@code azure} or {@code deepl-pro}; unique in one application. */
  String id();

  /** What this engine serves and how much it takes at once. Never changes after construction. */
  Capabilities capabilities();

  /**
   * Translates a batch that fits {@link Capabilities#limits()} into every target of the request.
   *
   * @return one translation per item and target the engine produced; an item it has no answer for
   *     (the memory engine's miss) is simply absent, never an empty string in its place
   * @throws EngineException for a failure of the whole request, of one of the kinds in {@link
   *     EngineException.Failure}
   */
  EngineResult translate(EngineRequest request);
}

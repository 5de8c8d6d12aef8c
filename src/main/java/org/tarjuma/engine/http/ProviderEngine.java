package org.tarjuma.engine.http;

import java.util.ArrayList;
import java.util.List;
import org.tarjuma.engine.Capabilities;
import org.tarjuma.engine.EngineException;
import org.tarjuma.engine.EngineException.Failure;
import org.tarjuma.engine.EngineRequest;
import org.tarjuma.engine.EngineResult;
import org.tarjuma.engine.TranslationEngine;

/** What every provider adapter holds: its name and capabilities, fixed at construction. */
public abstract class ProviderEngine implements TranslationEngine {

  private final String id;
  private final Capabilities capabilities;

  protected ProviderEngine(String id, Capabilities capabilities) {
    this.id = id;
    this.capabilities = capabilities;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Capabilities capabilities() {
    return capabilities;
  }

  /** The provider's code for our target language. */
  protected final String code(String target) {
    return capabilities.languages().get(target);
  }

  /**
   * One translation per item, in the order sent, into the request's only target.
   *
   * @throws EngineException {@link Failure#RETRYABLE} when the count differs: with fewer or more
   *     answers there is no telling which text each belongs to
   */
  protected static List<EngineResult.Translated> inOrder(
      String provider, EngineRequest request, List<String> texts) {
    if (texts.size() != request.items().size()) {
      throw new EngineException(
          Failure.RETRYABLE,
          provider
              + " answered "
              + texts.size()
              + " translations for "
              + request.items().size()
              + " texts");
    }
    String target = request.targets().getFirst();
    List<EngineResult.Translated> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      out.add(new EngineResult.Translated(request.items().get(i).id(), target, texts.get(i)));
    }
    return out;
  }
}

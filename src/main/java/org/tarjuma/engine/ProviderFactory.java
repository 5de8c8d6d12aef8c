package org.tarjuma.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.tarjuma.language.Languages;

/**
 * The {@link EngineFactory} every provider shares. Its settings are checked for what every engine
 * that calls out needs ({@link EngineSettings#commonProblems}: base URL, key, limits), then for
 * what the provider adds; its engine is made by the provider's constructor with the provider's code
 * for each target language. A provider's factory extends this and declares, in its own constructor,
 * only what differs:
 *
 * <pre>{@code
 * ChatEngineFactory(Languages languages) {
 *   super("openai", languages, ChatEngine::new);
 *   keyOptional();
 *   require(s -> s.model() != null, "model is missing: name the served model");
 * }
 * }</pre>
 *
 * <p>The declaring methods are for that constructor only. Once made, a factory does not change and
 * is thread-safe as far as the declared checks and constructor are.
 */
public abstract class ProviderFactory implements EngineFactory {

  private final String type;
  private final Languages languages;
  private final Constructor constructor;
  private final List<Requirement> requirements = new ArrayList<>();
  private Predicate<EngineSettings> keyRequired = settings -> true;
  private boolean offline;
  private Function<Languages, Map<String, String>> targets;

  /**
   * A factory of {@code type} engines, each made by {@code constructor}; a key is required until
   * the subclass says otherwise.
   */
  protected ProviderFactory(String type, Languages languages, Constructor constructor) {
    this.type = Objects.requireNonNull(type, "type");
    this.languages = Objects.requireNonNull(languages, "languages");
    this.constructor = Objects.requireNonNull(constructor, "constructor");
    this.targets = registry -> Capabilities.targetCodes(registry, type);
  }

  @Override
  public final String type() {
    return type;
  }

  /** The common problems (only the limits' when offline), then each failed requirement's. */
  @Override
  public final List<String> problems(String name, EngineSettings settings) {
    List<String> problems =
        new ArrayList<>(
            offline
                ? settings.limitProblems(name)
                : settings.commonProblems(name, keyRequired.test(settings)));
    for (Requirement requirement : requirements) {
      if (!requirement.holds().test(settings)) {
        problems.add("tarjuma.engines." + name + "." + requirement.otherwise());
      }
    }
    return problems;
  }

  @Override
  public final TranslationEngine create(String name, EngineSettings settings) {
    return constructor.create(name, settings, targets.apply(languages));
  }

  /** The provider works without a key (a self-hosted server); a missing key is no problem. */
  protected final void keyOptional() {
    keyOptionalWhen(settings -> true);
  }

  /** The key is optional with settings for which {@code condition} holds, required otherwise. */
  protected final void keyOptionalWhen(Predicate<EngineSettings> condition) {
    keyRequired = Objects.requireNonNull(condition, "condition").negate();
  }

  /** The engine calls out nowhere: neither base URL nor key is checked, only the limits. */
  protected final void offline() {
    offline = true;
  }

  /**
   * A check of the provider's own: when {@code holds} is false for the settings, the problem is
   * {@code tarjuma.engines.<name>.} followed by {@code otherwise}, which starts with the property
   * ({@code "model is missing: name the served model"}). Checks run in the order declared, after
   * the common ones.
   */
  protected final void require(Predicate<EngineSettings> holds, String otherwise) {
    requirements.add(new Requirement(holds, otherwise));
  }

  /**
   * What the engine is told for each target language, instead of the provider's code for it (a chat
   * model is told the language's name).
   */
  protected final void targets(Function<Languages, Map<String, String>> targets) {
    this.targets = Objects.requireNonNull(targets, "targets");
  }

  /** Makes the engine of one configured name; a provider's constructor usually fits. */
  @FunctionalInterface
  public interface Constructor {

    /**
     * The engine named {@code name}.
     *
     * @param targets each target language it may serve (our code) with what the provider is told
     *     for it
     * @throws IllegalStateException with one line saying why, when the engine cannot be made
     */
    TranslationEngine create(String name, EngineSettings settings, Map<String, String> targets);
  }

  private record Requirement(Predicate<EngineSettings> holds, String otherwise) {

    Requirement {
      Objects.requireNonNull(holds, "holds");
      Objects.requireNonNull(otherwise, "otherwise");
    }
  }
}

package org.tarjuma.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@link Languages} read from the data file {@code language/languages.json}. */
@Component
final class LanguageRegistry implements Languages {

  static final String RESOURCE = "/language/languages.json";

  private final List<Language> all;
  private final Map<String, Language> byKey;
  private final Map<String, ScriptNormalizer> normalizers;
  private final String accepted;

  LanguageRegistry() {
    this(read(RESOURCE));
  }

  LanguageRegistry(List<Language> languages) {
    if (languages.isEmpty()) {
      throw new IllegalStateException(RESOURCE + " lists no language");
    }
    this.all = List.copyOf(languages);
    this.byKey = new LinkedHashMap<>();
    for (Language language : all) {
      register(language.code(), language);
      language.aliases().forEach(alias -> register(alias, language));
    }
    this.normalizers =
        all.stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    Language::code,
                    l ->
                        (ScriptNormalizer) new RememberedNormalizer(new ScriptRules(l.letters()))));
    this.accepted =
        all.stream().map(l -> l.code() + " (" + l.name() + ")").collect(Collectors.joining(", "));
  }

  private void register(String key, Language language) {
    Language previous = byKey.putIfAbsent(key(key), language);
    if (previous != null && previous != language) {
      throw new IllegalStateException(
          RESOURCE + ": '" + key + "' names both " + previous.code() + " and " + language.code());
    }
  }

  private static String key(String codeOrAlias) {
    return codeOrAlias.strip().replace('_', '-').toLowerCase(Locale.ROOT);
  }

  @Override
  public List<Language> all() {
    return all;
  }

  @Override
  public Optional<Language> find(String codeOrAlias) {
    return codeOrAlias == null
        ? Optional.empty()
        : Optional.ofNullable(byKey.get(key(codeOrAlias)));
  }

  @Override
  public Language require(String codeOrAlias) {
    return find(codeOrAlias)
        .orElseThrow(() -> new UnknownLanguageException(String.valueOf(codeOrAlias), accepted));
  }

  @Override
  public ScriptNormalizer normalizer(Language language) {
    ScriptNormalizer normalizer = normalizers.get(language.code());
    if (normalizer == null) {
      throw new IllegalArgumentException("not a registered language: " + language.code());
    }
    return normalizer;
  }

  static List<Language> read(String resource) {
    JsonMapper json =
        JsonMapper.builder().enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS).build();
    try (InputStream in = LanguageRegistry.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return json.readValue(in, new TypeReference<List<Language>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}

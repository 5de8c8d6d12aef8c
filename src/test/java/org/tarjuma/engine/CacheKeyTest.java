package org.tarjuma.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjuma.glossary.Glossary;
import org.tarjuma.testing.Fixtures;

/** The segment cache's key: its format, and what changes it. */
class CacheKeyTest {

  private static final Glossary GLOSSARY = Glossary.load(Path.of("glossary"), Fixtures.LANGUAGES);

  @Test
  void aSentenceWithoutTermsKeepsTheKeyItIsCachedUnder() {
    // SHA-256 of "The talks ended.\0ur\0deepl\01", as every key so far was made.
    assertThat(CacheKey.of("The talks ended.", List.of(), "ur", "deepl", "1", GLOSSARY))
        .isEqualTo("8de5a10a7a01dfdadb828a775cd8c56a230fa03a22d449ba10afbdbebdc5643f");
    assertThat(CacheKey.of("The  talks\u00A0ended. ", List.of(), "ur", "deepl", "1", GLOSSARY))
        .isEqualTo(CacheKey.of("The talks ended.", List.of(), "ur", "deepl", "1", GLOSSARY));
  }

  @Test
  void theLanguageTheEngineItsVersionAndTheTermsFormsEachMakeAnotherKey() {
    String text = "ISPR said so.";
    var terms = GLOSSARY.matcher().find(text);
    String key = CacheKey.of(text, terms, "ur", "deepl", "1", GLOSSARY);
    assertThat(key)
        .isNotEqualTo(CacheKey.of(text, List.of(), "ur", "deepl", "1", GLOSSARY))
        .isNotEqualTo(CacheKey.of(text, terms, "ps", "deepl", "1", GLOSSARY))
        .isNotEqualTo(CacheKey.of(text, terms, "ur", "azure", "1", GLOSSARY))
        .isNotEqualTo(CacheKey.of(text, terms, "ur", "deepl", "2", GLOSSARY))
        .isEqualTo(CacheKey.of(text, terms, "ur", "deepl", "1", GLOSSARY));
  }
}

package org.tarjuma.glossary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.apache.lucene.util.ResourceLoader;
import org.tarjuma.language.Language;

/**
 * Serves a language's letter table (from {@code languages.json}) as the rules file of Lucene's
 * mapping char filter, under the name {@link #RESOURCE}, so the analyzer reads the same data as the
 * script normalizer; bidi controls, the zero-width non-joiner and optional vowel marks map to
 * nothing, and a heh with hamza (ۀ, ۂ) to its heh. Other resources come from the class path.
 */
final class LetterRules implements ResourceLoader {

  static final String RESOURCE = "letters";

  /** Bidi controls, and the zero-width non-joiner (written or not inside a word alike). */
  private static final int[] DROPPED = {
    0x200C, 0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068,
    0x2069
  };

  private final Language language;
  private final ClasspathResourceLoader classpath = new ClasspathResourceLoader(LetterRules.class);

  LetterRules(Language language) {
    this.language = language;
  }

  @Override
  public InputStream openResource(String resource) throws IOException {
    if (!resource.equals(RESOURCE)) {
      return classpath.openResource(resource);
    }
    StringBuilder rules =
        new StringBuilder("# generated from languages.json for " + language.code() + "\n");
    language
        .letters()
        .forEach(
            (from, to) -> rules.append(quote(from)).append(" => ").append(quote(to)).append('\n'));
    for (int control : DROPPED) {
      rules.append(quote(Character.toString(control))).append(" => \"\"\n");
    }
    // Short vowels, shadda, sukun, tanwin and hamza above are optional in writing: خطِ is خط, هٔ
    // is ه; the letters that carry an ezafe hamza are their heh.
    for (int mark = 0x064B; mark <= 0x065F; mark++) {
      rules.append(quote(Character.toString(mark))).append(" => \"\"\n");
    }
    rules.append(quote("\u0670")).append(" => \"\"\n");
    rules.append(quote("\u06C0")).append(" => ").append(quote(heh(language))).append('\n');
    rules.append(quote("\u06C2")).append(" => ").append(quote("\u06C1")).append('\n');
    return new ByteArrayInputStream(rules.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The generated rules, as text; for reading them in tests and logs. */
  String openResourceText() throws IOException {
    try (InputStream in = openResource(RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Override
  public <T> Class<? extends T> findClass(String name, Class<T> expected) {
    return classpath.findClass(name, expected);
  }

  /** The heh a heh with hamza folds to: Urdu's ہ, else ه. */
  private static String heh(Language language) {
    return language.code().equals("ur") ? "\u06C1" : "\u0647";
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints().forEach(c -> out.append(String.format(Locale.ROOT, "\\u%04X", c)));
    return out.append('"').toString();
  }
}

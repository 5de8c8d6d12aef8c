package org.tarjuma.glossary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * TBX-Basic's data categories and Tarjuma's, mapped both ways. Going out, a proper noun is a noun
 * and a part of speech TBX-Basic lacks is other. Coming in, a file that says nothing of what only
 * Tarjuma keeps (working status, do-not-translate, grammatical forms, proper nouns) leaves those as
 * the glossary has them: a TBX-Basic export edited in another tool and imported again changes only
 * what was edited.
 */
final class TbxBasic {

  private static final List<String> PARTS_OF_SPEECH =
      List.of("noun", "adjective", "verb", "adverb");

  private TbxBasic() {}

  /** TBX-Basic's part of speech for Tarjuma's; empty for none. */
  static String partOfSpeech(String tarjuma) {
    if (tarjuma.isEmpty() || PARTS_OF_SPEECH.contains(tarjuma)) {
      return tarjuma;
    }
    return tarjuma.equals("properNoun") ? "noun" : "other";
  }

  /**
   * The entries of a file without Tarjuma's data categories, each completed from the glossary's
   * entry of the same id, if there is one, with what the file cannot say.
   */
  static List<Entry> completed(List<Entry> read, Function<String, Optional<Entry>> current) {
    return read.stream()
        .map(e -> current.apply(e.id()).map(c -> completed(e, c)).orElse(e))
        .toList();
  }

  private static Entry completed(Entry read, Entry current) {
    Entry.English english = read.english();
    String partOfSpeech = current.english().partOfSpeech();
    if (!partOfSpeech(partOfSpeech).equals(english.partOfSpeech())) {
      partOfSpeech = english.partOfSpeech(); // edited elsewhere: the file's
    }
    Map<String, Entry.Forms> targets = new LinkedHashMap<>();
    read.targets()
        .forEach(
            (lang, forms) -> {
              Entry.Forms now = current.targets().get(lang);
              targets.put(lang, now == null ? forms : completed(forms, now));
            });
    return new Entry(
        read.id(),
        read.revision(),
        new Entry.English(
            english.preferred(),
            english.variants(),
            partOfSpeech,
            english.domains(),
            english.note()),
        targets);
  }

  /**
   * A language's forms as read, with the glossary's do-not-translate, its grammatical forms of the
   * forms still there, and its working status unless the file deprecates them (all superseded) or
   * revives deprecated ones (then proposed).
   */
  private static Entry.Forms completed(Entry.Forms read, Entry.Forms now) {
    Entry.Status status =
        read.status() == Entry.Status.DEPRECATED
            ? Entry.Status.DEPRECATED
            : now.status() == Entry.Status.DEPRECATED ? Entry.Status.PROPOSED : now.status();
    Map<String, Entry.Paradigm> paradigms = new LinkedHashMap<>(now.paradigms());
    java.util.Set<String> forms = new java.util.HashSet<>(read.allowed());
    read.forbidden().forEach(f -> forms.add(f.form()));
    paradigms.keySet().retainAll(forms);
    return new Entry.Forms(
        read.preferred(),
        read.variants(),
        read.forbidden(),
        now.doNotTranslate(),
        status,
        read.note(),
        paradigms);
  }
}

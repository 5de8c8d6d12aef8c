package org.tarjuma.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tarjuma.glossary.Glossary;
import org.tarjuma.qa.Finding;
import org.tarjuma.qa.QualityChecks;
import org.tarjuma.qa.Severity;
import org.tarjuma.qa.Subject;
import org.tarjuma.segment.Format;
import org.tarjuma.segment.Segment;
import org.tarjuma.testing.Fixtures;

/** The reference translations shipped in seeds/: aligned, marked, and right by our own checks. */
class SeedTranslationsTest {

  private static final Path TMX = Path.of("seeds/kandahar-strikes.tmx");

  private static List<MemoryUnit> units() throws Exception {
    try (InputStream in = Files.newInputStream(TMX)) {
      return new TmxReader(Fixtures.LANGUAGES).read(in, "seed", "seed", Instant.now());
    }
  }

  private static List<Segment> segments(String file) throws Exception {
    return Fixtures.SEGMENTER
        .segment(Files.readString(Path.of(file)), Format.TEXT, Fixtures.LANGUAGES.require("en"))
        .segments();
  }

  @Test
  void everySegmentOfTheSeedHasItsThreeTranslationsInOrder() throws Exception {
    List<Segment> segments = segments("seeds/kandahar-strikes.txt");
    Map<String, List<MemoryUnit>> byLang =
        units().stream().collect(Collectors.groupingBy(MemoryUnit::targetLang));
    assertThat(byLang).containsOnlyKeys("ur", "ps", "prs");
    for (List<MemoryUnit> units : byLang.values()) {
      assertThat(units)
          .extracting(MemoryUnit::source)
          .containsExactlyElementsOf(segments.stream().map(Segment::text).toList());
    }
  }

  @Test
  void markedAsMachineAssistedAndAwaitingNativeReview() throws Exception {
    String tmx = Files.readString(TMX);
    assertThat(tmx)
        .contains("<prop type=\"x-review-status\">machine-assisted, awaiting native review</prop>");
    assertThat(tmx.split("<note>machine-assisted; awaiting native review</note>", -1)).hasSize(129);
  }

  @Test
  void everyTranslationPassesTheQualityChecks() throws Exception {
    Glossary glossary = Glossary.load(Path.of("glossary"), Fixtures.LANGUAGES);
    QualityChecks checks = new QualityChecks(glossary);
    List<String> errors = new java.util.ArrayList<>();
    int glossaryFlags = 0;
    for (MemoryUnit unit : units()) {
      Subject subject =
          new Subject(unit.source(), unit.target(), Fixtures.LANGUAGES.require(unit.targetLang()));
      List<Finding> findings = checks.run(subject, glossary.matcher().find(unit.source()));
      for (Finding f : findings) {
        if (f.check().equals("glossary")) {
          glossaryFlags++;
        }
        if (f.severity() == Severity.ERROR) {
          errors.add(unit.targetLang() + " " + f.code() + ": " + unit.target());
        }
      }
      assertThat(Fixtures.LANGUAGES.normalizer(subject.language()).normalize(unit.target()).text())
          .as("already in its language's letters")
          .isEqualTo(unit.target());
    }
    assertThat(errors).isEmpty();
    assertThat(glossaryFlags).isZero();
  }

  /** No draft in any language draws an Afghan-usage warning. */
  @Test
  void noDraftUsesAWordOfTheAfghanUsageList() throws Exception {
    Glossary glossary = Glossary.load(Path.of("glossary"), Fixtures.LANGUAGES);
    QualityChecks checks = new QualityChecks(glossary);
    List<String> usage = new java.util.ArrayList<>();
    for (MemoryUnit unit : units()) {
      Subject subject =
          new Subject(unit.source(), unit.target(), Fixtures.LANGUAGES.require(unit.targetLang()));
      checks.run(subject, glossary.matcher().find(unit.source())).stream()
          .filter(f -> f.check().equals("usage"))
          .forEach(f -> usage.add(unit.targetLang() + " " + f.code()));
    }
    assertThat(usage).isEmpty();
  }

  @Test
  void theRevisionEditsThreeSentencesAddsOneAndRemovesOne() throws Exception {
    List<String> before =
        segments("seeds/kandahar-strikes.txt").stream().map(Segment::text).toList();
    List<String> after =
        segments("seeds/kandahar-strikes-revised.txt").stream().map(Segment::text).toList();
    assertThat(after.stream().filter(s -> !before.contains(s))).hasSize(4);
    assertThat(before.stream().filter(s -> !after.contains(s))).hasSize(4);
    assertThat(after).hasSize(before.size());
  }
}

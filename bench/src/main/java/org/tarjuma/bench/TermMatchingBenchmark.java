package org.tarjuma.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.tarjuma.glossary.Entry;
import org.tarjuma.glossary.Glossary;
import org.tarjuma.glossary.TermMatcher;
import org.tarjuma.language.Languages;

/**
 * A synthetic glossary of 100,000 entries plus the real one, matched against 10 MB of news text
 * (the seed article repeated). Targets: at least 30 MB/s on one core, at most 200 MB of heap for
 * the matcher, built in under 5 s. The baseline, in the same run: one regex per term over 1,000
 * terms, on the first megabyte. Run with {@code ./mvnw -Pbench verify
 * -Dbench.main=org.tarjuma.bench.TermMatchingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 4, time = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xms3g", "-Xmx3g"})
public class TermMatchingBenchmark {

  static final int SYNTHETIC = 100_000;
  static final int BASELINE_TERMS = 1_000;
  static final int BASELINE_CHARS = 1024 * 1024;

  String text;
  String baselineText;
  TermMatcher matcher;
  List<Pattern> patterns;

  @Setup
  public void setUp() throws Exception {
    text = SegmentationBenchmark.tenMegabytes();
    baselineText = text.substring(0, BASELINE_CHARS);
    List<Entry> entries = entries();
    matcher = TermMatcher.of(entries);
    patterns = new ArrayList<>();
    for (Entry entry : entries.subList(entries.size() - BASELINE_TERMS, entries.size())) {
      patterns.add(
          Pattern.compile(
              "\\b" + Pattern.quote(entry.english().preferred().text()) + "\\b",
              Pattern.CASE_INSENSITIVE));
    }
  }

  @Benchmark
  public int matcher() {
    return matcher.find(text).size();
  }

  @Benchmark
  public int naiveRegexOnFirstMegabyte() {
    int found = 0;
    for (Pattern pattern : patterns) {
      Matcher m = pattern.matcher(baselineText);
      while (m.find()) {
        found++;
      }
    }
    return found;
  }

  /** The real glossary last, so the baseline's 1,000 terms include every real one. */
  static List<Entry> entries() {
    List<Entry> entries = new ArrayList<>(synthetic(SYNTHETIC));
    entries.addAll(Glossary.load(Path.of("glossary"), Languages.standard()).entries());
    return entries;
  }

  /** News-like names and terms built from syllables: 1 to 4 words, some acronyms. */
  static List<Entry> synthetic(int count) {
    String[] syllables = {
      "ka", "zar", "bo", "lan", "mir", "sha", "din", "gul", "to", "rak", "nu", "hel", "par", "wan",
      "qa", "sim"
    };
    Random random = new Random(42);
    List<Entry> entries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int words = 1 + random.nextInt(4);
      StringBuilder term = new StringBuilder();
      for (int w = 0; w < words; w++) {
        if (w > 0) {
          term.append(' ');
        }
        int length = 2 + random.nextInt(3);
        StringBuilder word = new StringBuilder();
        for (int s = 0; s < length; s++) {
          word.append(syllables[random.nextInt(syllables.length)]);
        }
        term.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
      }
      boolean acronym = i % 10 == 0;
      String text =
          acronym
              ? term.toString()
                      .replace(" ", "")
                      .toUpperCase(Locale.ROOT)
                      .substring(0, Math.min(5, term.length()))
                  + i
              : term.toString();
      entries.add(
          new Entry(
              "s" + i,
              1,
              new Entry.English(
                  new Entry.SourceTerm(text, acronym), List.of(), "properNoun", List.of(), ""),
              Map.of()));
    }
    return entries;
  }

  public static void main(String[] args) throws Exception {
    List<Entry> entries = entries();
    var memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long before = memory.getHeapMemoryUsage().getUsed();
    long start = System.nanoTime();
    TermMatcher built = TermMatcher.of(entries);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.gc();
    long heap = memory.getHeapMemoryUsage().getUsed() - before;
    double megabytes = SegmentationBenchmark.tenMegabytes().length() / (1024.0 * 1024.0);
    var results =
        new Runner(new OptionsBuilder().include(TermMatchingBenchmark.class.getName()).build())
            .run();
    double ours = 0;
    double naive = 0;
    for (var result : results) {
      double msPerOp = result.getPrimaryResult().getScore();
      if (result.getParams().getBenchmark().endsWith("matcher")) {
        ours = megabytes / (msPerOp / 1000.0);
      } else {
        naive = (BASELINE_CHARS / (1024.0 * 1024.0)) / (msPerOp / 1000.0);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "Glossary of %,d entries: built in %.2f s, matcher heap %.0f MB (%d terms found in warm-up check).%n",
        entries.size(),
        seconds,
        heap / (1024.0 * 1024.0),
        built.find("Kandahar and the TTP").size());
    System.out.printf(
        Locale.ROOT,
        "Matching %.1f MB: Tarjuma %.2f MB/s; naive regex (%,d terms) %.3f MB/s; ratio %.0f (targets: >= 30 MB/s, <= 200 MB, < 5 s)%n",
        megabytes,
        ours,
        BASELINE_TERMS,
        naive,
        ours / naive);
  }
}

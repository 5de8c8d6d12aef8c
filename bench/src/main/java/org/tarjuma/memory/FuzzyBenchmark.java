package org.tarjuma.memory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Fuzzy memory lookup with 1,000,000 stored sentences: build time, heap, and p50/p95/p99 of 2,000
 * lookups of stored sentences with one to three words changed. Target: p95 ≤ 20 ms. Run: {@code
 * ./mvnw -Pbench verify -Dbench.main=org.tarjuma.memory.FuzzyBenchmark}.
 */
public final class FuzzyBenchmark {

  public static void main(String[] args) throws Exception {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    String[] vocabulary =
        Files.readString(Path.of("seeds/kandahar-strikes.txt"))
            .toLowerCase()
            .replaceAll("[^a-z ]", " ")
            .trim()
            .split("\\s+");
    vocabulary = Arrays.stream(vocabulary).distinct().toArray(String[]::new);
    Random random = new Random(42);
    List<String> sentences = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      int length = 8 + random.nextInt(17);
      StringBuilder s = new StringBuilder();
      for (int w = 0; w < length; w++) {
        s.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
      }
      sentences.add(s.toString().strip() + ".");
    }
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long heapBefore = runtime.totalMemory() - runtime.freeMemory();
    long start = System.nanoTime();
    try (FuzzyIndex index = new FuzzyIndex()) {
      int batch = 50_000;
      for (int from = 0; from < size; from += batch) {
        List<MemoryUnit> units = new ArrayList<>(batch);
        for (int i = from; i < Math.min(size, from + batch); i++) {
          units.add(
              new MemoryUnit(
                  "en", "ur", sentences.get(i), "ترجمہ " + i, "tmx", "bench", Instant.EPOCH));
        }
        index.add(units, JdbcTranslationMemory::key);
      }
      long buildMs = (System.nanoTime() - start) / 1_000_000;
      System.gc();
      long heapMb = (runtime.totalMemory() - runtime.freeMemory() - heapBefore) / (1024 * 1024);
      for (int round = 1; round <= 2; round++) {
        long[] times = new long[2000];
        int found = 0;
        for (int q = 0; q < times.length; q++) {
          String[] words = sentences.get(random.nextInt(size)).replace(".", "").split(" ");
          int changes = 1 + random.nextInt(Math.min(3, Math.max(1, words.length / 8)));
          for (int c = 0; c < changes; c++) {
            words[random.nextInt(words.length)] = vocabulary[random.nextInt(vocabulary.length)];
          }
          String query = String.join(" ", words) + ".";
          long t0 = System.nanoTime();
          List<Suggestion> result = index.search("ur", query, 0.75, 5);
          times[q] = System.nanoTime() - t0;
          if (!result.isEmpty()) {
            found++;
          }
        }
        Arrays.sort(times);
        System.out.printf(
            "fuzzy, %,d sentences (built in %,d ms, ~%d MB heap), round %d: p50 %.2f ms, p95 %.2f ms,"
                + " p99 %.2f ms over %d lookups (%d found a suggestion ≥ 75%%); target p95 ≤ 20 ms%n",
            size,
            buildMs,
            heapMb,
            round,
            times[1000] / 1e6,
            times[1900] / 1e6,
            times[1980] / 1e6,
            times.length,
            found);
      }
    }
  }
}

package org.tarjuma.bench;

import com.ibm.icu.text.BreakIterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.tarjuma.language.Language;
import org.tarjuma.language.Languages;
import org.tarjuma.segment.Format;
import org.tarjuma.segment.Segmenter;

/**
 * The seed article repeated to 10 MB, segmented by Tarjuma's segmenter (parse, ICU, exception
 * rules, ids) and by raw ICU {@code BreakIterator} in the same run. The target: ours at least half
 * of raw ICU's throughput. Run with {@code ./mvnw -Pbench verify}; see the README.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms2g", "-Xmx2g"})
public class SegmentationBenchmark {

  static final int TARGET_BYTES = 10 * 1024 * 1024;

  String article;
  Segmenter segmenter;
  Language english;

  @Setup
  public void setUp() throws IOException {
    article = tenMegabytes();
    Languages languages = Languages.standard();
    segmenter = Segmenter.create(languages);
    english = languages.require("en");
  }

  @Benchmark
  public int tarjuma() {
    return segmenter.segment(article, Format.TEXT, english).segments().size();
  }

  @Benchmark
  public int rawIcu() {
    BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    breaks.setText(article);
    int count = 0;
    while (breaks.next() != BreakIterator.DONE) {
      count++;
    }
    return count;
  }

  static String tenMegabytes() throws IOException {
    String seed = Files.readString(Path.of("seeds/kandahar-strikes.txt"), StandardCharsets.UTF_8);
    StringBuilder text = new StringBuilder(TARGET_BYTES + seed.length());
    while (text.toString().getBytes(StandardCharsets.UTF_8).length < TARGET_BYTES) {
      text.append(seed).append("\n\n");
    }
    return text.toString();
  }

  public static void main(String[] args) throws Exception {
    double megabytes = tenMegabytes().getBytes(StandardCharsets.UTF_8).length / (1024.0 * 1024.0);
    var results =
        new Runner(new OptionsBuilder().include(SegmentationBenchmark.class.getName()).build())
            .run();
    double ours = 0;
    double icu = 0;
    for (RunResult result : results) {
      double msPerOp = result.getPrimaryResult().getScore();
      double mbPerSecond = megabytes / (msPerOp / 1000.0);
      String name = result.getParams().getBenchmark();
      System.out.printf(Locale.ROOT, "%-60s %8.1f ms/op  %6.2f MB/s%n", name, msPerOp, mbPerSecond);
      if (name.endsWith("tarjuma")) {
        ours = mbPerSecond;
      } else {
        icu = mbPerSecond;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "Segmenting %.1f MB: Tarjuma %.2f MB/s, raw ICU BreakIterator %.2f MB/s, ratio %.2f (target >= 0.50)%n",
        megabytes,
        ours,
        icu,
        ours / icu);
  }
}

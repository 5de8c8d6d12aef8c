package org.tarjuma.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class BatcherTest {

  /** Each request respects every limit, and every text is sent exactly once, in order. */
  @Property(tries = 300)
  void requestsRespectTheLimitsAndLoseNothing(
      @ForAll @Size(max = 60) List<@IntRange(min = 1, max = 400) Integer> sizes,
      @ForAll @IntRange(min = 1, max = 12) int maxItems,
      @ForAll @IntRange(min = 400, max = 3000) int maxChars) {
    Batcher batcher = new Batcher(maxItems, maxChars, 0);
    List<Integer> ids = IntStream.range(0, sizes.size()).boxed().toList();
    List<List<Integer>> requests = batcher.pack(ids, sizes::get, sizes::get);

    assertThat(requests.stream().flatMap(List::stream).sorted()).containsExactlyElementsOf(ids);
    for (List<Integer> request : requests) {
      assertThat(request).hasSizeLessThanOrEqualTo(maxItems).isSorted();
      assertThat(request.stream().mapToInt(sizes::get).sum()).isLessThanOrEqualTo(maxChars);
    }
  }

  /** No packing uses fewer requests: checked against an exhaustive search over small inputs. */
  @Property(tries = 400)
  void theCountIsMinimal(
      @ForAll @Size(min = 1, max = 9) List<@IntRange(min = 1, max = 100) Integer> chars,
      @ForAll @Size(min = 9, max = 9) List<@IntRange(min = 1, max = 100) Integer> bytes,
      @ForAll @IntRange(min = 1, max = 5) int maxItems,
      @ForAll @IntRange(min = 100, max = 250) int maxChars,
      @ForAll @IntRange(min = 100, max = 250) int maxBytes) {
    Batcher batcher = new Batcher(maxItems, maxChars, maxBytes);
    List<Integer> ids = IntStream.range(0, chars.size()).boxed().toList();

    List<List<Integer>> requests = batcher.pack(ids, chars::get, bytes::get);

    assertThat(requests).hasSize(optimum(chars, bytes, maxItems, maxChars, maxBytes));
  }

  @Test
  void aNewsArticleGoesInTheFewestRequestsEachProviderAllows() {
    // 128 sentences of 60–240 characters: the seed article's shape.
    List<Integer> sizes = new ArrayList<>();
    for (int i = 0; i < 128; i++) {
      sizes.add(60 + (i * 37) % 181);
    }
    int total = sizes.stream().mapToInt(Integer::intValue).sum();
    List<Integer> ids = IntStream.range(0, sizes.size()).boxed().toList();
    // DeepL: 50 texts a request.
    assertThat(new Batcher(50, 0, 120_000).pack(ids, sizes::get, sizes::get)).hasSize(3);
    // Azure into three targets: 1,000 texts and 50,000 characters counted per target.
    assertThat(new Batcher(1000, 50_000, 0).pack(ids, i -> sizes.get(i) * 3, sizes::get))
        .hasSize((int) Math.ceil(total * 3 / 50_000.0));
    // Amazon: one text a request.
    assertThat(new Batcher(1, 0, 10_000).pack(ids, sizes::get, sizes::get)).hasSize(128);
  }

  @Test
  void aTextLargerThanARequestIsRefused() {
    Batcher batcher = new Batcher(10, 100, 0);
    assertThat(batcher.fits(101, 101)).isFalse();
    assertThatThrownBy(() -> batcher.pack(List.of(101), i -> i, i -> i))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The least number of requests, by dynamic programming over subsets. */
  private static int optimum(
      List<Integer> chars, List<Integer> bytes, int maxItems, int maxChars, int maxBytes) {
    int n = chars.size();
    int full = (1 << n) - 1;
    boolean[] fits = new boolean[full + 1];
    for (int mask = 1; mask <= full; mask++) {
      int c = 0;
      int b = 0;
      for (int i = 0; i < n; i++) {
        if ((mask & (1 << i)) != 0) {
          c += chars.get(i);
          b += bytes.get(i);
        }
      }
      fits[mask] = Integer.bitCount(mask) <= maxItems && c <= maxChars && b <= maxBytes;
    }
    int[] best = new int[full + 1];
    for (int mask = 1; mask <= full; mask++) {
      best[mask] = Integer.MAX_VALUE;
      int low = mask & -mask;
      for (int sub = mask; sub > 0; sub = (sub - 1) & mask) {
        if ((sub & low) != 0 && fits[sub] && best[mask ^ sub] != Integer.MAX_VALUE) {
          best[mask] = Math.min(best[mask], best[mask ^ sub] + 1);
        }
      }
    }
    return best[full];
  }
}

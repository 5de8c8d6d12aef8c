package org.tarjuma.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

/**
 * Packs texts into as few requests as an engine's limits allow: at most {@code maxItems} texts, and
 * at most {@code maxChars} characters and {@code maxBytes} bytes summed (zero: no limit). First fit
 * by decreasing size, which meets the lower bound {@code max(⌈n/maxItems⌉, ⌈Σchars/maxChars⌉,
 * ⌈Σbytes/maxBytes⌉)} whenever texts are small against the limits (news sentences always are); when
 * it does not and there are few texts, an exhaustive search finds the least count. Texts keep their
 * order inside a request. Every text must fit a request on its own.
 */
final class Batcher {

  private static final int EXACT_MAX_ITEMS = 24;
  private static final int SEARCH_BUDGET = 200_000;

  private final int maxItems;
  private final long maxChars;
  private final long maxBytes;

  Batcher(int maxItems, long maxChars, long maxBytes) {
    if (maxItems < 1) {
      throw new IllegalArgumentException("a request holds at least one text");
    }
    this.maxItems = maxItems;
    this.maxChars = maxChars <= 0 ? Long.MAX_VALUE : maxChars;
    this.maxBytes = maxBytes <= 0 ? Long.MAX_VALUE : maxBytes;
  }

  /** Whether a text of this size fits a request on its own. */
  boolean fits(int chars, int bytes) {
    return chars <= maxChars && bytes <= maxBytes;
  }

  /** The requests, each a list of the given items in their original order. */
  <T> List<List<T>> pack(List<T> items, ToIntFunction<T> chars, ToIntFunction<T> bytes) {
    int n = items.size();
    long[] c = new long[n];
    long[] b = new long[n];
    for (int i = 0; i < n; i++) {
      c[i] = chars.applyAsInt(items.get(i));
      b[i] = bytes.applyAsInt(items.get(i));
      if (!fits((int) c[i], (int) b[i])) {
        throw new IllegalArgumentException("text " + i + " is larger than one request may be");
      }
    }
    // Largest first by the share of the tighter limit it takes.
    Integer[] order =
        IntStream.range(0, n)
            .boxed()
            .sorted(
                Comparator.comparingDouble(
                        (Integer i) -> Math.max(share(c[i], maxChars), share(b[i], maxBytes)))
                    .reversed()
                    .thenComparing(i -> i))
            .toArray(Integer[]::new);
    int[] bin = firstFit(order, c, b);
    int bins = count(bin);
    int lower = lowerBound(c, b);
    if (bins > lower && n <= EXACT_MAX_ITEMS) {
      for (int k = lower; k < bins; k++) {
        int[] exact = exact(order, c, b, k);
        if (exact != null) {
          bin = exact;
          bins = k;
          break;
        }
      }
    }
    List<List<T>> requests = new ArrayList<>();
    for (int k = 0; k < bins; k++) {
      requests.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      requests.get(bin[i]).add(items.get(i));
    }
    requests.removeIf(List::isEmpty);
    return requests;
  }

  /** No packing can use fewer requests than this. */
  int lowerBound(long[] c, long[] b) {
    int n = c.length;
    long sc = 0;
    long sb = 0;
    for (int i = 0; i < n; i++) {
      sc += c[i];
      sb += b[i];
    }
    long bound = ceil(n, maxItems);
    bound = Math.max(bound, maxChars == Long.MAX_VALUE ? 0 : ceil(sc, maxChars));
    bound = Math.max(bound, maxBytes == Long.MAX_VALUE ? 0 : ceil(sb, maxBytes));
    return (int) bound;
  }

  private int[] firstFit(Integer[] order, long[] c, long[] b) {
    int[] bin = new int[c.length];
    List<long[]> loads = new ArrayList<>(); // {items, chars, bytes}
    for (int i : order) {
      int k = 0;
      while (k < loads.size() && !room(loads.get(k), c[i], b[i])) {
        k++;
      }
      if (k == loads.size()) {
        loads.add(new long[3]);
      }
      long[] load = loads.get(k);
      load[0]++;
      load[1] += c[i];
      load[2] += b[i];
      bin[i] = k;
    }
    return bin;
  }

  /** An assignment to {@code k} requests, or null if none was found within the budget. */
  private int[] exact(Integer[] order, long[] c, long[] b, int k) {
    long[][] loads = new long[k][3];
    int[] bin = new int[c.length];
    int[] budget = {SEARCH_BUDGET};
    return place(0, order, c, b, loads, bin, budget) ? bin : null;
  }

  private boolean place(
      int at, Integer[] order, long[] c, long[] b, long[][] loads, int[] bin, int[] budget) {
    if (at == order.length) {
      return true;
    }
    if (--budget[0] < 0) {
      return false;
    }
    int i = order[at];
    boolean triedEmpty = false;
    for (long[] load : loads) {
      boolean empty = load[0] == 0;
      if (empty && triedEmpty) {
        break; // every empty request is the same; trying a second one repeats the first
      }
      triedEmpty |= empty;
      if (room(load, c[i], b[i])) {
        load[0]++;
        load[1] += c[i];
        load[2] += b[i];
        if (place(at + 1, order, c, b, loads, bin, budget)) {
          bin[i] = indexOf(loads, load);
          return true;
        }
        load[0]--;
        load[1] -= c[i];
        load[2] -= b[i];
      }
    }
    return false;
  }

  private boolean room(long[] load, long chars, long bytes) {
    return load[0] < maxItems && load[1] + chars <= maxChars && load[2] + bytes <= maxBytes;
  }

  private static int indexOf(long[][] loads, long[] load) {
    for (int k = 0; k < loads.length; k++) {
      if (loads[k] == load) {
        return k;
      }
    }
    throw new IllegalStateException("load not found");
  }

  private static int count(int[] bin) {
    int max = -1;
    for (int k : bin) {
      max = Math.max(max, k);
    }
    return max + 1;
  }

  private static double share(long size, long limit) {
    return limit == Long.MAX_VALUE ? 0 : (double) size / limit;
  }

  private static long ceil(long a, long b) {
    return (a + b - 1) / b;
  }
}

package org.tarjuma.engine;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tarjuma.cluster.Permits;

/**
 * One engine's queue, shared by every order: texts wait here while the engine has {@code
 * max-concurrency} requests in flight, and each request that frees a slot takes as many waiting
 * texts as the engine's limits allow, from whichever orders they came. An idle engine gets a text
 * at once; a busy one gets full requests. So two hundred articles submitted together cost about as
 * many requests as one article of the same sentences, not one request each.
 *
 * <p>Texts wait per request shape (source, targets, text type): only texts of one shape can share a
 * request. The shape whose oldest text has waited longest goes first.
 *
 * <p>Each request is billed ({@link Usage}) by the thread that sent it, as soon as it comes back
 * and before its texts' answers are handed out: its characters to the orders whose texts it
 * carried, by their length, or its failure to each of them.
 */
final class EngineQueue {

  private static final Logger log = LoggerFactory.getLogger(EngineQueue.class);

  private final GuardedEngine engine;
  private final int slots;
  private final Usage usage;
  private final Permits permits;
  private final Batcher batcher;
  private final Map<Shape, List<Waiting>> waiting = new LinkedHashMap<>();
  private int inFlight;
  private long sequence;

  EngineQueue(GuardedEngine engine, int slots, Usage usage) {
    this(engine, slots, usage, Permits.alone());
  }

  /**
   * @param permits the engine's permits shared with the other nodes on the database: a request is
   *     sent once it holds one, so {@code slots} holds for all nodes together
   */
  EngineQueue(GuardedEngine engine, int slots, Usage usage, Permits permits) {
    if (slots < 1) {
      throw new IllegalArgumentException("an engine takes at least one request at a time");
    }
    this.engine = engine;
    this.slots = slots;
    this.usage = usage;
    this.permits = permits;
    Capabilities.Limits limits = engine.capabilities().limits();
    this.batcher = new Batcher(limits.maxItems(), limits.maxChars(), limits.maxBytes());
  }

  /** The texts one request may carry and the shape they share. */
  record Shape(String source, List<String> targets, EngineRequest.TextType type) {
    Shape {
      targets = List.copyOf(targets);
    }
  }

  /**
   * What the engine made of one text: its translation per target (a target the engine left out is
   * absent) and the text's share of the characters billed for its request.
   */
  record Answer(Map<String, String> translations, long billed) {}

  /** Whether a text of this length fits one request of this shape at all. */
  boolean fits(Shape shape, String text) {
    return batcher.fits(chars(shape, text), bytes(text));
  }

  /**
   * Queues texts of one shape, of one order billed to {@code bill}; each future completes with the
   * text's {@link Answer}, or with the {@link EngineException} its request failed with. The item
   * ids given are not sent: each request numbers its own items.
   *
   * @throws IllegalArgumentException if a text does not fit one request ({@link #fits})
   */
  List<CompletableFuture<Answer>> submit(
      Shape shape, List<EngineRequest.Item> items, Usage.Bill bill) {
    List<CompletableFuture<Answer>> futures = new ArrayList<>();
    synchronized (this) {
      List<Waiting> queue = waiting.computeIfAbsent(shape, s -> new ArrayList<>());
      for (EngineRequest.Item item : items) {
        if (!fits(shape, item.text())) {
          throw new IllegalArgumentException("a text is longer than one request may be");
        }
        Waiting w = new Waiting(item, bill, sequence++, new CompletableFuture<>());
        queue.add(w);
        futures.add(w.answer());
      }
    }
    dispatch();
    return futures;
  }

  /**
   * Starts a sender for every free slot while texts wait. A sender first takes one of the engine's
   * permits (shared with the other nodes on the database; at once on a node alone), then packs its
   * request from what waits by then: texts queued while it waited for a permit ride along.
   */
  private void dispatch() {
    while (true) {
      synchronized (this) {
        if (inFlight >= slots || waiting.isEmpty()) {
          return;
        }
        inFlight++;
      }
      Thread.ofVirtual().name("engine-" + engine.id()).start(this::sendNext);
    }
  }

  /** The request holding the oldest waiting text, taken from the queue; null when none waits. */
  private synchronized Request next() {
    Shape shape = oldest();
    if (shape == null) {
      return null;
    }
    List<Waiting> queue = waiting.get(shape);
    List<List<Waiting>> packed =
        batcher.pack(queue, w -> chars(shape, w.item().text()), w -> bytes(w.item().text()));
    // The request holding the oldest text goes now; the rest wait for the next free slot, where
    // texts queued meanwhile may fill them up.
    List<Waiting> batch =
        packed.stream().filter(p -> p.contains(queue.getFirst())).findFirst().orElseThrow();
    queue.removeAll(batch);
    if (queue.isEmpty()) {
      waiting.remove(shape);
    }
    return new Request(shape, batch);
  }

  private record Request(Shape shape, List<Waiting> batch) {}

  private void sendNext() {
    try {
      Permits.Permit permit;
      try {
        permit = permits.acquire(engine.id(), slots);
      } catch (InterruptedException | RuntimeException e) {
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
        // No permit (the database holding them is out of reach): the oldest request fails, unsent,
        // so that its order goes on rather than waiting.
        Request failed = next();
        if (failed != null) {
          failed.batch().forEach(w -> w.answer().completeExceptionally(e));
        }
        return;
      }
      Request request = next();
      if (request == null) {
        permits.release(permit);
        return;
      }
      send(request.shape(), request.batch(), permit);
    } finally {
      synchronized (this) {
        inFlight--;
      }
      dispatch();
    }
  }

  private Shape oldest() {
    Shape best = null;
    long first = Long.MAX_VALUE;
    for (Map.Entry<Shape, List<Waiting>> e : waiting.entrySet()) {
      long seq = e.getValue().getFirst().sequence();
      if (seq < first) {
        first = seq;
        best = e.getKey();
      }
    }
    return best;
  }

  /** Sends one request under its permit, and hands each text its answer or the failure. */
  private void send(Shape shape, List<Waiting> batch, Permits.Permit permit) {
    List<EngineRequest.Item> items = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      EngineRequest.Item item = batch.get(i).item();
      items.add(
          new EngineRequest.Item(Integer.toString(i), item.text(), item.terms(), item.original()));
    }
    EngineResult result;
    long sent = System.nanoTime();
    try {
      result =
          engine.translate(new EngineRequest(shape.source(), shape.targets(), shape.type(), items));
    } catch (EngineException e) {
      usage.failed(
          engine.id(),
          shape.targets(),
          batch.stream().map(Waiting::bill).toList(),
          e.failure(),
          Duration.ofNanos(System.nanoTime() - sent));
      log.warn(
          "Engine {} failed for {} segments into {}: {}",
          engine.id(),
          items.size(),
          shape.targets(),
          e.getMessage());
      batch.forEach(w -> w.answer().completeExceptionally(e));
      return;
    } catch (RuntimeException | Error e) {
      // Every waiter hears of it, whatever it is: none waits for an answer that never comes.
      batch.forEach(w -> w.answer().completeExceptionally(e));
      throw e;
    } finally {
      permits.release(permit);
    }
    List<Map<String, String>> translations = new ArrayList<>();
    batch.forEach(w -> translations.add(new LinkedHashMap<>()));
    for (EngineResult.Translated t : result.translations()) {
      int at = EngineResult.position(t.itemId(), batch.size());
      if (at >= 0 && shape.targets().contains(t.target())) {
        translations.get(at).put(t.target(), t.text());
      }
    }
    long[] shares = shares(result.billedCharacters(), batch);
    // Billed before anyone sees a translation, so an answer that was paid for is never unbilled.
    usage.answered(
        engine.id(),
        shape.targets(),
        billed(batch, shares),
        Duration.ofNanos(System.nanoTime() - sent));
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).answer().complete(new Answer(Map.copyOf(translations.get(i)), shares[i]));
    }
  }

  /** The billed characters split over the texts by length; the parts add up to the whole. */
  static long[] shares(long billed, List<Waiting> batch) {
    long[] shares = new long[batch.size()];
    long total = batch.stream().mapToLong(w -> w.item().text().length()).sum();
    long given = 0;
    for (int i = 0; i < batch.size(); i++) {
      shares[i] =
          i == batch.size() - 1
              ? billed - given
              : total == 0
                  ? 0
                  : Math.round((double) billed * batch.get(i).item().text().length() / total);
      given += shares[i];
    }
    return shares;
  }

  /** Each order's part of the bill, in the order the orders' texts came. */
  private static Map<Usage.Bill, Long> billed(List<Waiting> batch, long[] shares) {
    Map<Usage.Bill, Long> billed = new LinkedHashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      billed.merge(batch.get(i).bill(), shares[i], Long::sum);
    }
    return billed;
  }

  private int chars(Shape shape, String text) {
    return text.length()
        * (engine.capabilities().limits().charsPerTarget() ? shape.targets().size() : 1);
  }

  private static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  record Waiting(
      EngineRequest.Item item, Usage.Bill bill, long sequence, CompletableFuture<Answer> answer) {}
}

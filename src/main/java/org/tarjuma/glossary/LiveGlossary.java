package org.tarjuma.glossary;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;
import org.tarjuma.cluster.Changes;
import org.tarjuma.language.Languages;
import org.tarjuma.web.Problems;

/**
 * The live {@link Glossary}: the database is the source of truth, filled from the {@code glossary/}
 * files on the first start; every change is checked by {@link EntryRules}, written with its
 * revision in one transaction, then published as {@link TermChanged}, and the in-memory snapshot
 * that answers searches and matches is rebuilt. Other nodes hear of the change (a change of {@value
 * #TOPIC} with the entries' ids, sent with the transaction's commit) and rebuild their snapshots;
 * {@link TermChanged} is published only here, on the node where the change was made.
 */
@Component
final class LiveGlossary implements Glossary {

  private static final Logger log = LoggerFactory.getLogger(LiveGlossary.class);
  static final String FILES = "glossary/ files";
  static final String TOPIC = "glossary";

  private final EntryStore store;
  private final Languages languages;
  private final EntryRules rules;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate tx;
  private final Changes changes;
  private final Clock clock = Clock.systemUTC();
  private volatile CuratedGlossary snapshot;
  private volatile String fingerprint;

  LiveGlossary(
      GlossaryProperties properties,
      EntryStore store,
      Languages languages,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactions,
      Changes changes) {
    this.store = store;
    this.languages = languages;
    this.rules = new EntryRules(languages);
    this.events = events;
    this.tx = new TransactionTemplate(transactions);
    this.changes = changes;
    tx.executeWithoutResult(
        status -> {
          if (store.isEmpty()) {
            Map<String, Entry> files =
                CuratedGlossary.load(properties.path(), new ScriptCheck(languages));
            Instant now = clock.instant();
            files.values().forEach(entry -> store.insert(entry, FILES, now));
            log.info(
                "Glossary: filled the empty database with {} entries from {}",
                files.size(),
                properties.path());
          }
        });
    refresh();
    log.info("Glossary: {} entries", snapshot.entries().size());
    changes.subscribe(TOPIC, ids -> refreshIfChanged(), this::refreshIfChanged);
  }

  @Override
  public List<Entry> entries() {
    return snapshot.entries();
  }

  @Override
  public Optional<Entry> find(String id) {
    return snapshot.find(id);
  }

  @Override
  public TermMatcher matcher() {
    return snapshot.matcher();
  }

  @Override
  public FormMatcher formMatcher(String lang) {
    return snapshot.formMatcher(lang);
  }

  /** Adds {@code draft} as a new entry (its id made from the English term when it has none). */
  Entry create(Entry draft, String by) {
    String id = EntryProblems.id(draft);
    Entry entry =
        tx.execute(
            status -> {
              if (store.find(id).isPresent()) {
                throw new InvalidEntryException(
                    HttpStatus.CONFLICT, "id", "There is already an entry '" + id + "'.");
              }
              Entry created =
                  new Entry(id, store.nextRevision(id), draft.english(), draft.targets());
              rules.check(created, store.all().values());
              store.insert(created, by, clock.instant());
              changes.publish(TOPIC, id);
              return created;
            });
    changed(null, entry);
    return entry;
  }

  /** Replaces the entry at revision {@code expected} with {@code draft}. */
  Entry update(String id, int expected, Entry draft, String by) {
    Entry[] before = new Entry[1];
    Entry entry =
        tx.execute(
            status -> {
              before[0] = current(id, expected);
              Entry updated = new Entry(id, expected + 1, draft.english(), draft.targets());
              rules.check(updated, store.all().values());
              if (!store.update(updated, expected, by, clock.instant())) {
                throw stale(id, expected);
              }
              changes.publish(TOPIC, id);
              return updated;
            });
    changed(before[0], entry);
    return entry;
  }

  /** Deletes the entry at revision {@code expected}. */
  void delete(String id, int expected, String by) {
    Entry before =
        tx.execute(
            status -> {
              Entry current = current(id, expected);
              if (!store.delete(id, expected, by, clock.instant())) {
                throw stale(id, expected);
              }
              changes.publish(TOPIC, id);
              return current;
            });
    changed(before, null);
  }

  /**
   * Imports {@code incoming} (entries not in it are left alone): a dry run only reports; a real
   * import writes every added and changed entry in one transaction, or nothing if any conflicts.
   */
  ImportReport importEntries(List<Entry> incoming, boolean dryRun, String by) {
    List<Entry[]> written = new ArrayList<>();
    ImportReport report =
        tx.execute(
            status -> {
              Map<String, Entry> current = store.all();
              ImportPlan plan = ImportPlan.of(incoming, current, rules);
              if (dryRun) {
                return plan.report(true);
              }
              if (!plan.conflicts().isEmpty()) {
                ErrorResponseException refused =
                    Problems.of(
                        HttpStatus.CONFLICT,
                        "Import refused",
                        plan.conflicts().size()
                            + " entries cannot be imported; nothing was written. Fix them (see conflicts) or run with dryRun=true.");
                refused.getBody().setProperty("conflicts", plan.conflicts());
                throw refused;
              }
              Instant now = clock.instant();
              for (Entry entry : plan.added()) {
                Entry created =
                    new Entry(
                        entry.id(),
                        store.nextRevision(entry.id()),
                        entry.english(),
                        entry.targets());
                store.insert(created, by, now);
                written.add(new Entry[] {null, created});
              }
              for (Entry entry : plan.changed()) {
                Entry before = current.get(entry.id());
                Entry updated =
                    new Entry(entry.id(), before.revision() + 1, entry.english(), entry.targets());
                if (!store.update(updated, before.revision(), by, now)) {
                  throw stale(entry.id(), before.revision());
                }
                written.add(new Entry[] {before, updated});
              }
              if (!written.isEmpty()) {
                changes.publish(TOPIC, ids(written));
              }
              return plan.report(false);
            });
    if (!written.isEmpty()) {
      refresh();
      for (Entry[] change : written) {
        events.publishEvent(
            new TermChanged(
                change[1].id(),
                change[1].revision(),
                EntryChanges.between(change[0], change[1]).languages(),
                false));
      }
    }
    return report;
  }

  /** Every revision of an entry, oldest first, each with what it changed. */
  List<Revision> history(String id) {
    List<EntryStore.StoredRevision> stored = store.history(id);
    if (stored.isEmpty()) {
      throw EntryProblems.notFound(id);
    }
    List<Revision> revisions = new ArrayList<>();
    Entry previous = null;
    for (EntryStore.StoredRevision r : stored) {
      EntryChanges changes = EntryChanges.between(previous, r.entry());
      revisions.add(
          new Revision(
              r.revision(),
              r.changedBy(),
              r.changedAt(),
              r.deleted(),
              changes.lines(),
              r.entry(),
              changes.fields()));
      previous = r.entry();
    }
    return revisions;
  }

  private Entry current(String id, int expected) {
    Entry current = store.find(id).orElseThrow(() -> EntryProblems.notFound(id));
    if (current.revision() != expected) {
      throw EntryProblems.stale(id, current.revision(), expected);
    }
    return current;
  }

  private void changed(Entry before, Entry after) {
    refresh();
    Entry present = after == null ? before : after;
    int revision = after == null ? before.revision() + 1 : after.revision();
    events.publishEvent(
        new TermChanged(
            present.id(),
            revision,
            EntryChanges.between(before, after).languages(),
            after == null));
  }

  // One rebuild at a time, so an older snapshot never replaces a newer one.
  private synchronized void refresh() {
    String now = store.fingerprint();
    snapshot = new CuratedGlossary(store.all(), languages);
    fingerprint = now;
  }

  /**
   * Rebuilds the snapshot when another node changed the glossary: when it says so, and whenever
   * this node may have missed it (see {@link Changes}); one cheap query when nothing changed.
   */
  synchronized void refreshIfChanged() {
    if (!store.fingerprint().equals(fingerprint)) {
      refresh();
      log.info("Glossary: reloaded {} entries changed by another node", snapshot.entries().size());
    }
  }

  /** The ids of the entries an import wrote; none (every node reloads) when they are too many. */
  private static String ids(List<Entry[]> written) {
    String ids = String.join("\n", written.stream().map(change -> change[1].id()).toList());
    return ids.getBytes(StandardCharsets.UTF_8).length > Changes.MAX_BYTES / 2 ? "" : ids;
  }

  private ErrorResponseException stale(String id, int expected) {
    int now = store.find(id).map(Entry::revision).orElse(-1);
    return EntryProblems.stale(id, now, expected);
  }
}

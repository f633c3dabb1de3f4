package dev.ordercore.adapter.inmemory;

import dev.ordercore.application.port.out.DuplicateKeyException;
import dev.ordercore.application.port.out.EntrySearch;
import dev.ordercore.application.port.out.FoundEntry;
import dev.ordercore.application.port.out.StatusHistoryRepository;
import dev.ordercore.domain.order.NewStatusEntry;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.order.StatusEntryId;
import dev.ordercore.domain.order.StatusHistory;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.TenantId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Append-only histories (R17) with the indexes a database would have: entry id per tenant, dedupe
 * key per order (unique, R19), the closing entry of each closed entry (unique: closed once), and
 * the latest-per-module projection,
 * upserted with every append (R20). Arrival sequences come from one counter, like an identity column.
 */
final class InMemoryStatusHistoryRepository implements StatusHistoryRepository {

    private record OrderKey(TenantId tenant, OrderId order) {
    }

    private record EntryKey(TenantId tenant, OrderId order, StatusEntryId id) {
    }

    private record DedupeKey(TenantId tenant, OrderId order, String key) {
    }

    /** Entry ids are unique per tenant, as every key starts with the tenant (DESIGN.md §5). */
    private record EntryIdKey(TenantId tenant, StatusEntryId id) {
    }

    private final InMemoryDatabase db;
    private final Map<OrderKey, List<StatusEntry>> histories = new HashMap<>();
    private final Map<EntryKey, StatusEntry> byId = new HashMap<>();
    private final Set<EntryIdKey> ids = new HashSet<>();
    private final Map<DedupeKey, StatusEntry> byDedupeKey = new HashMap<>();
    private final Map<EntryKey, StatusEntry> closers = new HashMap<>();
    private final Map<OrderKey, Map<String, StatusEntry>> latest = new HashMap<>();
    private long sequence;

    InMemoryStatusHistoryRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public List<StatusEntry> appendAll(List<NewStatusEntry> entries) {
        return db.write(() -> entries.stream().map(this::append).toList());
    }

    @Override
    public StatusEntry append(NewStatusEntry entry) {
        return db.write(() -> {
            OrderKey order = new OrderKey(entry.tenant(), entry.order());
            EntryIdKey idKey = new EntryIdKey(entry.tenant(), entry.id());
            if (ids.contains(idKey)) {
                throw new DuplicateKeyException(EntityType.STATUS_ENTRY, "id " + entry.id());
            }
            Optional<DedupeKey> dedupe = entry.dedupeKey().map(k -> new DedupeKey(entry.tenant(), entry.order(), k));
            if (dedupe.isPresent() && byDedupeKey.containsKey(dedupe.get())) {
                throw new DuplicateKeyException(EntityType.STATUS_ENTRY, "dedupe key " + dedupe.get().key());
            }
            Optional<EntryKey> closes = entry.closes().map(closed -> new EntryKey(entry.tenant(), entry.order(), closed));
            if (closes.isPresent() && closers.containsKey(closes.get())) {
                throw new DuplicateKeyException(EntityType.STATUS_ENTRY, "closes " + entry.closes().get());
            }
            StatusEntry stored = entry.at(++sequence);
            List<StatusEntry> history = histories.get(order);
            if (history == null) {
                history = new ArrayList<>();
                db.put(histories, order, history);
            }
            db.add(history, stored);
            db.put(byId, new EntryKey(entry.tenant(), entry.order(), entry.id()), stored);
            ids.add(idKey);
            db.journal(() -> ids.remove(idKey));
            dedupe.ifPresent(k -> db.put(byDedupeKey, k, stored));
            closes.ifPresent(key -> db.put(closers, key, stored));
            Map<String, StatusEntry> modules = latest.get(order);
            if (modules == null) {
                modules = new TreeMap<>();
                db.put(latest, order, modules);
            }
            StatusEntry current = modules.get(stored.module());
            if (current == null || StatusHistory.supersedes(stored, current)) {
                db.put(modules, stored.module(), stored);
            }
            return stored;
        });
    }

    @Override
    public StatusHistory history(TenantId tenant, OrderId order) {
        return db.read(() -> StatusHistory.of(order, histories.getOrDefault(new OrderKey(tenant, order), List.of())));
    }

    @Override
    public Optional<StatusEntry> find(TenantId tenant, OrderId order, StatusEntryId id) {
        return db.read(() -> Optional.ofNullable(byId.get(new EntryKey(tenant, order, id))));
    }

    @Override
    public List<StatusEntry> findAll(TenantId tenant, OrderId order, Collection<StatusEntryId> wanted) {
        return db.read(() -> wanted.stream().distinct()
                .map(id -> byId.get(new EntryKey(tenant, order, id)))
                .filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparingLong(StatusEntry::sequence))
                .toList());
    }

    @Override
    public Optional<StatusEntry> findByDedupeKey(TenantId tenant, OrderId order, String dedupeKey) {
        return db.read(() -> Optional.ofNullable(byDedupeKey.get(new DedupeKey(tenant, order, dedupeKey))));
    }

    @Override
    public Optional<StatusEntry> findCloser(TenantId tenant, OrderId order, StatusEntryId closed) {
        return db.read(() -> Optional.ofNullable(closers.get(new EntryKey(tenant, order, closed))));
    }

    @Override
    public Map<String, StatusEntry> latestPerModule(TenantId tenant, OrderId order) {
        return db.read(() -> Map.copyOf(latest.getOrDefault(new OrderKey(tenant, order), Map.of())));
    }

    @Override
    public List<FoundEntry> search(TenantId tenant, EntrySearch search) {
        return db.read(() -> histories.entrySet().stream()
                .filter(h -> h.getKey().tenant().equals(tenant))
                .filter(h -> search.order().map(o -> o.equals(h.getKey().order())).orElse(true))
                .flatMap(h -> h.getValue().stream())
                .filter(e -> e.closes().isEmpty() && search.namespaces().contains(e.module()))
                .filter(e -> search.code().map(e.code()::equals).orElse(true))
                .filter(e -> search.severity().map(s -> s == e.severity()).orElse(true))
                .filter(e -> search.from().map(f -> !e.recordedAt().isBefore(f)).orElse(true))
                .filter(e -> search.to().map(t -> e.recordedAt().isBefore(t)).orElse(true))
                .filter(e -> search.after().map(c -> e.recordedAt().isBefore(c.recordedAt())
                        || e.recordedAt().equals(c.recordedAt()) && e.sequence() < c.sequence()).orElse(true))
                .map(e -> new FoundEntry(e, !closers.containsKey(new EntryKey(tenant, e.order(), e.id()))))
                .filter(f -> search.open().map(open -> open == f.open()).orElse(true))
                .sorted(FoundEntry.NEWEST_FIRST)
                .limit(search.limit())
                .toList());
    }
}

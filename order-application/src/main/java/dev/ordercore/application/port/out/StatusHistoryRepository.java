package dev.ordercore.application.port.out;

import dev.ordercore.domain.order.NewStatusEntry;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.order.StatusEntryId;
import dev.ordercore.domain.order.StatusHistory;
import dev.ordercore.domain.shared.TenantId;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The append-only status history of orders (R17) and the latest-entry-per-module projection,
 * kept in the same transaction as each append (R20).
 */
public interface StatusHistoryRepository {

    /**
     * Appends an entry and gives it its arrival sequence. Throws {@link DuplicateKeyException} when its
     * id is taken in the tenant, its dedupe key within the order (R19), or when another entry already
     * closes the entry it closes (R17: closed once), so concurrent writers cannot both succeed.
     */
    StatusEntry append(NewStatusEntry entry);

    /**
     * Appends entries of one tenant as {@link #append} would one after the other, all or none (in
     * the caller's transaction), and returns them with their arrival sequences in the same order.
     */
    List<StatusEntry> appendAll(List<NewStatusEntry> entries);

    /** The whole history of one order, in arrival order. */
    StatusHistory history(TenantId tenant, OrderId order);

    Optional<StatusEntry> find(TenantId tenant, OrderId order, StatusEntryId id);

    /** The entries among {@code ids} of this order, in arrival order. */
    List<StatusEntry> findAll(TenantId tenant, OrderId order, Collection<StatusEntryId> ids);

    Optional<StatusEntry> findByDedupeKey(TenantId tenant, OrderId order, String dedupeKey);

    /** The entry that closes {@code closed}, if one does. */
    Optional<StatusEntry> findCloser(TenantId tenant, OrderId order, StatusEntryId closed);

    /** The projection: the newest entry per module by recordedAt, then arrival. */
    Map<String, StatusEntry> latestPerModule(TenantId tenant, OrderId order);

    /**
     * The tenant's entries that {@code search} asks for, across its orders (deleted ones too), newest
     * first by recordedAt, then by arrival; each with whether it is open. One indexed query: the
     * alert list (R37) reads this, never whole histories.
     */
    List<FoundEntry> search(TenantId tenant, EntrySearch search);
}

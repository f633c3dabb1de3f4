package dev.ordercore.application.port.out;

import dev.ordercore.domain.shared.TenantId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the catalog stores have in common: entries of one type, by id within a tenant, listed in id
 * byte order (ids are time-ordered UUIDv7, so that is creation order). Entries are never removed:
 * they are marked deleted and stay readable, so nothing an order refers to disappears.
 *
 * @param <T> the entry
 * @param <I> its id
 */
public interface CatalogRepository<T, I> {

    /**
     * Throws {@link DuplicateKeyException} when the entry's natural key is taken (see each store);
     * a deleted entry keeps its natural key.
     */
    void insert(T entry);

    /** The entry, deleted or not. */
    Optional<T> find(TenantId tenant, I id);

    /** The entries among {@code ids} that exist in the tenant, deleted or not. */
    List<T> findAll(TenantId tenant, Collection<I> ids);

    /** Up to {@code limit} entries after the one with id {@code after}, in id order, deleted ones too. */
    default List<T> list(TenantId tenant, Optional<I> after, int limit) {
        return list(tenant, after, limit, true);
    }

    /**
     * Up to {@code limit} entries after the one with id {@code after}, in id order; deleted entries
     * only when {@code includeDeleted}. {@code after} may name a deleted entry either way.
     */
    List<T> list(TenantId tenant, Optional<I> after, int limit, boolean includeDeleted);

    /**
     * Marks the entry deleted at {@code at} unless it is deleted already, and answers it as stored
     * afterwards: with {@code at}, or with the time it was first deleted. Empty when the tenant has
     * no such entry; nothing is ever removed.
     */
    Optional<T> markDeleted(TenantId tenant, I id, Instant at);
}

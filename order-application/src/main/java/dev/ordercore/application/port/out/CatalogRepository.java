package dev.ordercore.application.port.out;

import dev.ordercore.domain.shared.TenantId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the four catalog stores have in common: entries of one type, by id within a tenant, listed
 * in id byte order (ids are time-ordered UUIDv7, so that is creation order).
 *
 * @param <T> the entry
 * @param <I> its id
 */
public interface CatalogRepository<T, I> {

    /** Throws {@link DuplicateKeyException} when the entry's natural key is taken (see each store). */
    void insert(T entry);

    Optional<T> find(TenantId tenant, I id);

    /** The entries among {@code ids} that exist in the tenant. */
    List<T> findAll(TenantId tenant, Collection<I> ids);

    /** Up to {@code limit} entries after the one with id {@code after}, in id order. */
    List<T> list(TenantId tenant, Optional<I> after, int limit);
}

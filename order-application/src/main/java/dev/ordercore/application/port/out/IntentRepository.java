package dev.ordercore.application.port.out;

import dev.ordercore.domain.intent.IntentKey;
import dev.ordercore.domain.intent.StoredIntent;
import dev.ordercore.domain.shared.TenantId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The log of received intents and their outcomes; unique per (tenant, source system, intent id) (R21, R22). */
public interface IntentRepository {

    Optional<StoredIntent> find(TenantId tenant, IntentKey key);

    /** The stored intents among {@code keys}, in no particular order: what a batch of intents needs to know, in one read. */
    List<StoredIntent> findAll(TenantId tenant, Collection<IntentKey> keys);

    /** Stores a decided intent. Throws {@link DuplicateKeyException} if its key is taken, as by a concurrent duplicate. */
    void insert(StoredIntent intent);

    /**
     * Stores decided intents of one tenant with distinct keys, all or none (in the caller's
     * transaction). Throws {@link DuplicateKeyException} if any key is taken.
     */
    void insertAll(List<StoredIntent> intents);

    /** Up to {@code limit} intents in the order they were received (receivedAt, then key), after {@code after}. */
    List<StoredIntent> listInReceiptOrder(TenantId tenant, Optional<StoredIntent> after, int limit);
}

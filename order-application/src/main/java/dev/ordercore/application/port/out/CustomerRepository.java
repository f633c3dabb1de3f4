package dev.ordercore.application.port.out;

import dev.ordercore.domain.customer.Customer;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.shared.TenantId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores customers, with optimistic concurrency on their version. Every read and write is within one tenant (R35). */
public interface CustomerRepository {

    Optional<Customer> find(TenantId tenant, CustomerId id);

    /** The customers among {@code ids} that the tenant has registered, in no particular order. */
    List<Customer> findAll(TenantId tenant, Collection<CustomerId> ids);

    /** Throws {@link DuplicateKeyException} if the id is taken. */
    void insert(Customer customer);

    /**
     * Replaces the stored customer if it is still at {@code expectedVersion}; otherwise throws
     * {@link StaleVersionException} and changes nothing. A customer never stored is a programming error.
     */
    void update(Customer customer, long expectedVersion);

    /**
     * Up to {@code limit} customers matching {@code filter}, in id byte order ({@link dev.ordercore.domain.shared.Uuids#BYTE_ORDER};
     * ids are time-ordered, so that is registration order), after the one with id {@code after}.
     */
    List<Customer> list(TenantId tenant, CustomerFilter filter, Optional<CustomerId> after, int limit);
}

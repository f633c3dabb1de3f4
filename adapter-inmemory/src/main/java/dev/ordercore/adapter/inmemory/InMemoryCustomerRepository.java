package dev.ordercore.adapter.inmemory;

import dev.ordercore.application.port.out.CustomerFilter;
import dev.ordercore.application.port.out.CustomerRepository;
import dev.ordercore.application.port.out.DuplicateKeyException;
import dev.ordercore.application.port.out.StaleVersionException;
import dev.ordercore.domain.customer.Customer;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Uuids;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

/** Customers by tenant and id, listed in id byte order, with version checks on update. */
final class InMemoryCustomerRepository implements CustomerRepository {

    private final InMemoryDatabase db;
    private final Map<TenantId, NavigableMap<UUID, Customer>> customers = new HashMap<>();

    InMemoryCustomerRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<Customer> find(TenantId tenant, CustomerId id) {
        return db.read(() -> Optional.ofNullable(of(tenant).get(id.value())));
    }

    @Override
    public List<Customer> findAll(TenantId tenant, Collection<CustomerId> ids) {
        return db.read(() -> ids.stream().distinct().map(id -> of(tenant).get(id.value())).filter(Objects::nonNull).toList());
    }

    @Override
    public void insert(Customer customer) {
        db.write(() -> {
            NavigableMap<UUID, Customer> tenantCustomers = customers.get(customer.tenant());
            if (tenantCustomers == null) {
                tenantCustomers = new TreeMap<>(Uuids.BYTE_ORDER);
                db.put(customers, customer.tenant(), tenantCustomers);
            }
            if (tenantCustomers.containsKey(customer.id().value())) {
                throw new DuplicateKeyException(EntityType.CUSTOMER, "id " + customer.id());
            }
            db.put(tenantCustomers, customer.id().value(), customer);
            return null;
        });
    }

    @Override
    public void update(Customer customer, long expectedVersion) {
        db.write(() -> {
            Customer stored = of(customer.tenant()).get(customer.id().value());
            if (stored == null) {
                throw new IllegalStateException("customer " + customer.id() + " was never stored");
            }
            if (stored.version() != expectedVersion) {
                throw new StaleVersionException(EntityType.CUSTOMER, customer.id().toString(), expectedVersion, stored.version());
            }
            db.put(customers.get(customer.tenant()), customer.id().value(), customer);
            return null;
        });
    }

    @Override
    public List<Customer> list(TenantId tenant, CustomerFilter filter, Optional<CustomerId> after, int limit) {
        return db.read(() -> {
            NavigableMap<UUID, Customer> all = of(tenant);
            NavigableMap<UUID, Customer> from = after.map(a -> all.tailMap(a.value(), false)).orElse(all);
            return from.values().stream().filter(matching(filter)).limit(limit).toList();
        });
    }

    private NavigableMap<UUID, Customer> of(TenantId tenant) {
        return customers.getOrDefault(tenant, new TreeMap<>(Uuids.BYTE_ORDER));
    }

    private static Predicate<Customer> matching(CustomerFilter f) {
        return c -> f.nameContains().map(part -> c.name().toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT))).orElse(true)
                && f.businessType().map(t -> c.businessType() == t).orElse(true)
                && f.createdFrom().map(from -> !c.createdAt().isBefore(from)).orElse(true)
                && f.createdTo().map(to -> c.createdAt().isBefore(to)).orElse(true);
    }
}

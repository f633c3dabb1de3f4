package dev.ordercore.adapter.inmemory;

import dev.ordercore.application.port.out.DuplicateKeyException;
import dev.ordercore.application.port.out.SupplierConfirmationRepository;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Uuids;
import dev.ordercore.domain.supplier.SupplierConfirmation;
import dev.ordercore.domain.supplier.SupplierConfirmationId;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Supplier confirmations by tenant and id, listed per order oldest first (received time, then id in PostgreSQL's uuid order). */
final class InMemorySupplierConfirmationRepository implements SupplierConfirmationRepository {

    private static final Comparator<SupplierConfirmation> OLDEST_FIRST = Comparator.comparing(SupplierConfirmation::receivedAt)
            .thenComparing(c -> c.id().value(), Uuids.BYTE_ORDER);

    private record Key(TenantId tenant, SupplierConfirmationId id) {
    }

    private final InMemoryDatabase db;
    private final Map<Key, SupplierConfirmation> confirmations = new HashMap<>();

    InMemorySupplierConfirmationRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void add(SupplierConfirmation confirmation) {
        db.write(() -> {
            Key key = new Key(confirmation.tenant(), confirmation.id());
            if (confirmations.containsKey(key)) {
                throw new DuplicateKeyException(EntityType.SUPPLIER_CONFIRMATION, "id " + confirmation.id());
            }
            db.put(confirmations, key, confirmation);
            return null;
        });
    }

    @Override
    public List<SupplierConfirmation> listFor(TenantId tenant, OrderId order) {
        return db.read(() -> confirmations.values().stream()
                .filter(c -> c.tenant().equals(tenant) && c.order().equals(order))
                .sorted(OLDEST_FIRST)
                .toList());
    }
}

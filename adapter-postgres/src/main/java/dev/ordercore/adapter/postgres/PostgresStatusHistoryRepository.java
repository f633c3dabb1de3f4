package dev.ordercore.adapter.postgres;

import dev.ordercore.application.port.out.StatusHistoryRepository;
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

/** The append-only status history and its projection. */
final class PostgresStatusHistoryRepository implements StatusHistoryRepository {

    private final Database db;

    PostgresStatusHistoryRepository(Database db) {
        this.db = db;
    }

    @Override
    public StatusEntry append(NewStatusEntry entry) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }

    @Override
    public StatusHistory history(TenantId tenant, OrderId order) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }

    @Override
    public Optional<StatusEntry> find(TenantId tenant, OrderId order, StatusEntryId id) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }

    @Override
    public List<StatusEntry> findAll(TenantId tenant, OrderId order, Collection<StatusEntryId> ids) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }

    @Override
    public Optional<StatusEntry> findByDedupeKey(TenantId tenant, OrderId order, String dedupeKey) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }

    @Override
    public Optional<StatusEntry> findCloser(TenantId tenant, OrderId order, StatusEntryId closed) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }

    @Override
    public Map<String, StatusEntry> latestPerModule(TenantId tenant, OrderId order) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }
}

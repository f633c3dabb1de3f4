package dev.ordercore.adapter.postgres;

import dev.ordercore.application.port.out.IntentRepository;
import dev.ordercore.domain.intent.IntentKey;
import dev.ordercore.domain.intent.StoredIntent;
import dev.ordercore.domain.shared.TenantId;
import java.util.List;
import java.util.Optional;

/** The intent log. */
final class PostgresIntentRepository implements IntentRepository {

    private final Database db;

    PostgresIntentRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<StoredIntent> find(TenantId tenant, IntentKey key) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }

    @Override
    public void insert(StoredIntent intent) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }

    @Override
    public List<StoredIntent> listInReceiptOrder(TenantId tenant, Optional<StoredIntent> after, int limit) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }
}

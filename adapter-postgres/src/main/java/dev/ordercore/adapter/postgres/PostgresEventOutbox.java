package dev.ordercore.adapter.postgres;

import dev.ordercore.application.port.out.EventOutbox;
import dev.ordercore.domain.shared.DomainEvent;
import java.util.List;

/** The outbox table. */
final class PostgresEventOutbox implements EventOutbox {

    private final Database db;

    PostgresEventOutbox(Database db) {
        this.db = db;
    }

    @Override
    public void append(List<DomainEvent> events) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }
}

package dev.ordercore.adapter.postgres;

/** Hands committed outbox events to in-process subscribers (being written). */
public final class OutboxRelay {

    private final Database db;

    OutboxRelay(Database db) {
        this.db = db;
    }
}

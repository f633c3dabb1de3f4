package dev.ordercore.adapter.inmemory;

import dev.ordercore.application.port.out.TransactionRunner;

import java.util.function.Supplier;

final class InMemoryTransactionRunner implements TransactionRunner {

    private final InMemoryDatabase db;

    InMemoryTransactionRunner(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return db.inTransaction(work);
    }
}

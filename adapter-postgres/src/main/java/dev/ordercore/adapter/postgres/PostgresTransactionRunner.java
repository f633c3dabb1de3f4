package dev.ordercore.adapter.postgres;

import dev.ordercore.application.port.out.TransactionRunner;

import java.util.function.Supplier;

/** One command, one PostgreSQL transaction; nested transactions are savepoints. */
final class PostgresTransactionRunner implements TransactionRunner {

    private final Database db;

    PostgresTransactionRunner(Database db) {
        this.db = db;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return db.inTransaction(work);
    }
}

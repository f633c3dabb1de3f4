package dev.ordercore.application.port.out;

import java.util.function.Supplier;

/**
 * The transaction boundary: one command is one transaction. Everything {@code work} writes through
 * the stores commits together, or, if it throws, nothing does. A transaction begun inside another
 * is a savepoint: if the inner work throws, what it wrote is undone and the exception reaches the
 * outer work, which may carry on. Store calls made outside any transaction commit on their own.
 */
public interface TransactionRunner {

    <T> T inTransaction(Supplier<T> work);
}

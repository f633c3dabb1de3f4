package dev.ordercore.application.service;

import dev.ordercore.application.port.out.DuplicateKeyException;
import dev.ordercore.application.port.out.StaleVersionException;
import dev.ordercore.application.port.out.TransactionRunner;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

import java.util.function.Supplier;

/**
 * Runs a command in one transaction and makes a refusal roll back: whatever the command wrote
 * before it said no is undone, so a refused command writes nothing. A stale version or a unique
 * key clash from a store becomes a typed refusal.
 */
final class Transactions {

    private final TransactionRunner runner;

    Transactions(TransactionRunner runner) {
        this.runner = runner;
    }

    <T> Result<T, OrderError> run(Supplier<Result<T, OrderError>> work) {
        try {
            return attempt(work);
        } catch (DuplicateKeyException clash) {
            return Result.err(new OrderError.AlreadyExists(clash.entity(), clash.key()));
        }
    }

    /**
     * Like {@link #run}, but a unique key clash (a concurrent writer stored the same intent or
     * dedupe key first) runs the command once more, which then finds what the other one stored.
     */
    <T> Result<T, OrderError> runRetryingOnClash(Supplier<Result<T, OrderError>> work) {
        try {
            return attempt(work);
        } catch (DuplicateKeyException clash) {
            return run(work);
        }
    }

    private <T> Result<T, OrderError> attempt(Supplier<Result<T, OrderError>> work) {
        try {
            return runner.inTransaction(() -> {
                Result<T, OrderError> result = work.get();
                if (result instanceof Result.Err<T, OrderError> err) {
                    throw new Refused(err.error());
                }
                return result;
            });
        } catch (Refused refused) {
            return Result.err(refused.error);
        } catch (StaleVersionException stale) {
            return Result.err(new OrderError.StaleVersion(stale.entity(), stale.id(), stale.expected(), stale.actual()));
        }
    }

    /** Carries a refusal out of the transaction so that it rolls back. */
    private static final class Refused extends RuntimeException {
        private final OrderError error;

        Refused(OrderError error) {
            super(error.code(), null, false, false);
            this.error = error;
        }
    }
}

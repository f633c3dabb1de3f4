package dev.ordercore.application.service;

import dev.ordercore.application.port.out.DuplicateKeyException;
import dev.ordercore.application.port.out.StaleVersionException;
import dev.ordercore.application.port.out.TransactionRunner;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a command in one transaction and makes a refusal roll back: whatever the command wrote
 * before it said no is undone, so a refused command writes nothing. A stale version or a unique
 * key clash from a store becomes a typed refusal.
 */
final class Transactions {

    static final int STALE_RETRIES = 3;

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
     * Like {@link #run}, for commands that another command may race:
     * <ul>
     *   <li>a unique key clash (a concurrent writer stored the same intent or dedupe key first)
     *       runs the command once more, which then finds what the other one stored (R19, R22);</li>
     *   <li>a stale version, when the caller stated no version it read, means only that another
     *       command got there first, so the command runs again on what is now stored, up to
     *       {@value #STALE_RETRIES} times. A caller that stated a version gets the refusal it asked for.</li>
     * </ul>
     */
    <T> Result<T, OrderError> runRetrying(Optional<Long> expectedVersion, Supplier<Result<T, OrderError>> work) {
        Result<T, OrderError> result;
        try {
            result = attempt(work);
        } catch (DuplicateKeyException clash) {
            result = run(work);
        }
        for (int retry = 0; retry < STALE_RETRIES && expectedVersion.isEmpty() && isStale(result); retry++) {
            result = run(work);
        }
        return result;
    }

    private static boolean isStale(Result<?, OrderError> result) {
        return result.isErr() && result.error() instanceof OrderError.StaleVersion;
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

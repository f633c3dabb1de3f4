package dev.ordercore.application.service;

import dev.ordercore.application.port.out.DuplicateKeyException;
import dev.ordercore.application.port.out.StaleVersionException;
import dev.ordercore.application.port.out.TransactionRunner;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How commands meet the races a database adapter reports. The runner here only runs the work, as a
 * database's would when nothing else is going on; the races are thrown by the work, as a store would.
 */
class TransactionsTest {

    private final AtomicInteger rolledBack = new AtomicInteger();
    private final Transactions transactions = new Transactions(new TransactionRunner() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                rolledBack.incrementAndGet();
                throw e;
            }
        }
    });

    @Test
    void a_refusal_rolls_the_transaction_back_and_comes_out_as_the_refusal() {
        OrderError refusal = new OrderError.CaseClosed("c-1");

        Result<String, OrderError> result = transactions.run(() -> Result.err(refusal));

        assertThat(result.error()).isEqualTo(refusal);
        assertThat(rolledBack).hasValue(1);
    }

    @Test
    void an_unversioned_command_that_lost_a_race_runs_again_on_what_is_stored() {
        AtomicInteger attempts = new AtomicInteger();

        Result<String, OrderError> result = transactions.runRetrying(Optional.empty(), () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new StaleVersionException(EntityType.ORDER, "o-1", attempts.get(), attempts.get() + 1);
            }
            return Result.ok("done");
        });

        assertThat(result.value()).isEqualTo("done");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void a_command_that_stated_its_version_gets_the_stale_refusal_it_asked_for() {
        AtomicInteger attempts = new AtomicInteger();

        Result<String, OrderError> result = transactions.runRetrying(Optional.of(4L), () -> {
            attempts.incrementAndGet();
            throw new StaleVersionException(EntityType.ORDER, "o-1", 4, 5);
        });

        assertThat(result.error()).isEqualTo(new OrderError.StaleVersion(EntityType.ORDER, "o-1", 4, 5));
        assertThat(attempts).hasValue(1);
    }

    @Test
    void retries_on_a_stale_version_stop_after_a_few() {
        AtomicInteger attempts = new AtomicInteger();

        Result<String, OrderError> result = transactions.runRetrying(Optional.empty(), () -> {
            attempts.incrementAndGet();
            throw new StaleVersionException(EntityType.ORDER, "o-1", 1, 2);
        });

        assertThat(result.error()).isInstanceOf(OrderError.StaleVersion.class);
        assertThat(attempts).hasValue(1 + Transactions.STALE_RETRIES);
    }

    @Test
    void a_unique_key_clash_runs_the_command_once_more_to_find_what_the_other_writer_stored() {
        AtomicInteger attempts = new AtomicInteger();

        Result<String, OrderError> result = transactions.runRetrying(Optional.empty(), () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new DuplicateKeyException(EntityType.INTENT, "channel/1");
            }
            return Result.ok("the other writer's outcome");
        });

        assertThat(result.value()).isEqualTo("the other writer's outcome");
    }

    @Test
    void a_clash_that_persists_is_a_conflict() {
        Result<String, OrderError> result = transactions.run(() -> {
            throw new DuplicateKeyException(EntityType.RELATION, "case:1 -x-> order:2");
        });

        assertThat(result.error()).isEqualTo(new OrderError.AlreadyExists(EntityType.RELATION, "case:1 -x-> order:2"));
    }
}

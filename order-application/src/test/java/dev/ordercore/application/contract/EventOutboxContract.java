package dev.ordercore.application.contract;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.out.EventOutbox;
import dev.ordercore.application.port.out.TransactionRunner;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderChange;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static dev.ordercore.application.contract.ContractData.OTHER_TENANT;
import static dev.ordercore.application.contract.ContractData.TENANT;
import static dev.ordercore.application.contract.ContractData.confirm;
import static dev.ordercore.application.contract.ContractData.delete;
import static dev.ordercore.application.contract.ContractData.minutes;
import static dev.ordercore.application.contract.ContractData.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link EventOutbox} does: events appended in a transaction become visible when it
 * commits, in commit order, and never when it rolls back. The port cannot be read, so each adapter
 * says through {@link #committedEvents()} what it has committed. Events are compared in the
 * outbox's own shape (tenant, aggregate type and id, event type, payload), which any outbox keeps.
 */
public abstract class EventOutboxContract {

    /** Fresh, empty stores; called once before each test. */
    protected abstract OrderCorePorts ports();

    /** Every event committed so far through the stores {@link #ports()} last answered, in commit order. */
    protected abstract List<DomainEvent> committedEvents();

    private EventOutbox outbox;
    private TransactionRunner transactions;

    @BeforeEach
    void freshStores() {
        OrderCorePorts ports = ports();
        outbox = ports.outbox();
        transactions = ports.transactions();
    }

    /** An event as any outbox keeps it (Debezium's outbox shape plus the tenant). */
    public record Recorded(TenantId tenant, String aggregateType, String aggregateId, String type, JsonObject payload) {
        static Recorded of(DomainEvent e) {
            return new Recorded(e.tenant(), e.aggregateType(), e.aggregateId(), e.type(), e.payload());
        }

        static List<Recorded> of(List<DomainEvent> events) {
            return events.stream().map(Recorded::of).toList();
        }
    }

    @Test
    void events_appended_in_a_committed_transaction_become_visible_in_the_order_appended() {
        OrderChange placed = order(TENANT).place();
        OrderChange confirmed = confirm(placed.order(), minutes(5));
        List<DomainEvent> events = concat(placed.events(), confirmed.events());

        transactions.inTransaction(() -> {
            outbox.append(placed.events());
            outbox.append(confirmed.events());
            return null;
        });

        assertThat(recorded()).containsExactlyElementsOf(Recorded.of(events));
    }

    @Test
    void events_of_successive_transactions_are_visible_in_commit_order() {
        OrderChange first = order(TENANT).place();
        OrderChange second = order(OTHER_TENANT).place();
        OrderChange third = confirm(first.order(), minutes(5));

        for (OrderChange change : List.of(first, second, third)) {
            transactions.inTransaction(() -> {
                outbox.append(change.events());
                return null;
            });
        }

        assertThat(recorded()).containsExactlyElementsOf(Recorded.of(concat(first.events(), second.events(), third.events())));
    }

    @Test
    void events_appended_in_a_rolled_back_transaction_never_become_visible() {
        OrderChange committedBefore = order(TENANT).place();
        OrderChange rolledBack = order(TENANT).place();
        Order placed = committedBefore.order();
        OrderChange committedAfter = delete(placed, minutes(5));
        transactions.inTransaction(() -> {
            outbox.append(committedBefore.events());
            return null;
        });

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            outbox.append(rolledBack.events());
            outbox.append(confirm(placed, minutes(1)).events());
            throw new IllegalStateException("the order could not be stored");
        })).isInstanceOf(IllegalStateException.class);
        transactions.inTransaction(() -> {
            outbox.append(committedAfter.events());
            return null;
        });

        assertThat(recorded()).containsExactlyElementsOf(Recorded.of(concat(committedBefore.events(), committedAfter.events())));
    }

    @Test
    void events_appended_in_a_nested_transaction_that_fails_never_become_visible() {
        OrderChange kept = order(TENANT).place();
        OrderChange dropped = order(TENANT).place();

        transactions.inTransaction(() -> {
            outbox.append(kept.events());
            try {
                transactions.inTransaction(() -> {
                    outbox.append(dropped.events());
                    throw new IllegalStateException("the nested work failed");
                });
            } catch (IllegalStateException expected) {
                // the outer work goes on without the nested one
            }
            return null;
        });

        assertThat(recorded()).doesNotContainAnyElementsOf(Recorded.of(dropped.events()));
        assertThat(recorded()).containsAll(Recorded.of(kept.events()));
    }

    @Test
    void appending_no_events_records_nothing() {
        transactions.inTransaction(() -> {
            outbox.append(List.of());
            return null;
        });

        assertThat(committedEvents()).isEmpty();
    }

    @Test
    void an_event_is_not_visible_to_others_before_its_transaction_commits() throws Exception {
        OrderChange placed = order(TENANT).place();
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> writer = threads.submit(() -> transactions.inTransaction(() -> {
                outbox.append(placed.events());
                appended.countDown();
                await(commit);
                return null;
            }));
            assertThat(appended.await(Race.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            Future<List<DomainEvent>> reader = threads.submit(this::committedEvents);
            try {
                // A reader that answers before the commit must not see the event; one that waits for the commit may.
                assertThat(reader.get(200, TimeUnit.MILLISECONDS)).isEmpty();
            } catch (TimeoutException waitingForTheCommit) {
                // the store makes readers wait for writers
            }
            commit.countDown();
            writer.get(Race.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            reader.get(Race.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            commit.countDown();
            threads.shutdownNow();
        }

        assertThat(recorded()).containsExactlyElementsOf(Recorded.of(placed.events()));
    }

    private List<Recorded> recorded() {
        return Recorded.of(committedEvents());
    }

    @SafeVarargs
    private static List<DomainEvent> concat(List<DomainEvent>... lists) {
        List<DomainEvent> all = new ArrayList<>();
        for (List<DomainEvent> l : lists) {
            all.addAll(l);
        }
        return all;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(Race.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

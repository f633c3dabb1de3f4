package dev.ordercore.application.contract;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.out.TransactionRunner;
import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.order.NewStatusEntry;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderChange;
import dev.ordercore.domain.order.OrderNumber;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.relation.Relation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import static dev.ordercore.application.contract.ContractData.TENANT;
import static dev.ordercore.application.contract.ContractData.aCase;
import static dev.ordercore.application.contract.ContractData.aCaseRef;
import static dev.ordercore.application.contract.ContractData.anAcceptedIntent;
import static dev.ordercore.application.contract.ContractData.anInvoiceRef;
import static dev.ordercore.application.contract.ContractData.anOrder;
import static dev.ordercore.application.contract.ContractData.category;
import static dev.ordercore.application.contract.ContractData.closeTag;
import static dev.ordercore.application.contract.ContractData.confirm;
import static dev.ordercore.application.contract.ContractData.entry;
import static dev.ordercore.application.contract.ContractData.minutes;
import static dev.ordercore.application.contract.ContractData.relation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link TransactionRunner} does: one unit of work commits everything it wrote through
 * any store, or, if it throws, nothing; a unit begun inside another joins it; nobody else ever
 * sees a unit half done. Extend it with a {@link #ports()} that answers fresh, empty stores.
 */
public abstract class TransactionRunnerContract {

    /** Fresh, empty stores; called once before each test. */
    protected abstract OrderCorePorts ports();

    private OrderCorePorts ports;
    private TransactionRunner transactions;

    @BeforeEach
    void freshStores() {
        ports = ports();
        transactions = ports.transactions();
    }

    /** What a failed unit of work throws in these tests. */
    private static final class Boom extends RuntimeException {
        Boom() {
            super("the work failed");
        }
    }

    @Test
    void a_transaction_answers_what_its_work_answers() {
        assertThat(transactions.inTransaction(() -> "done")).isEqualTo("done");
    }

    @Test
    void the_failure_that_rolls_a_transaction_back_reaches_the_caller_unchanged() {
        Boom failure = new Boom();

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            ports.orders().insert(anOrder(TENANT));
            throw failure;
        })).isSameAs(failure);
    }

    @Test
    void everything_a_failed_transaction_wrote_is_rolled_back_in_every_store() {
        World before = World.storedIn(ports);
        Writes writes = Writes.against(before);

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            writes.applyTo(ports);
            throw new Boom();
        })).isInstanceOf(Boom.class);

        assertUnchanged(before, writes);
    }

    @Test
    void everything_a_committed_transaction_wrote_is_visible_afterwards() {
        World before = World.storedIn(ports);
        Writes writes = Writes.against(before);

        transactions.inTransaction(() -> {
            writes.applyTo(ports);
            return null;
        });

        assertThat(ports.orders().find(TENANT, writes.placed.order().id())).contains(writes.placed.order());
        assertThat(ports.history().history(TENANT, writes.placed.order().id()).entries()).hasSize(writes.placed.entries().size());
        assertThat(ports.intents().find(TENANT, writes.accepted.intent().key())).contains(writes.accepted.intent());
        assertThat(ports.relations().find(TENANT, writes.relation.id())).contains(writes.relation);
        assertThat(ports.relations().find(TENANT, before.relation.id())).isEmpty();
        assertThat(ports.cases().find(TENANT, writes.aCase.id())).contains(writes.aCase);
        assertThat(ports.cases().find(TENANT, before.aCase.id())).contains(writes.quoted);
        assertThat(ports.categories().find(TENANT, writes.category.id())).contains(writes.category);
        assertThat(ports.orders().find(TENANT, before.order.id())).contains(writes.confirmed.order());
        assertThat(ports.history().history(TENANT, before.order.id()).entries()).hasSize(1 + writes.confirmed.entries().size());
        assertThat(ports.orderNumbers().next(TENANT, "ORD", 2026)).isEqualTo(OrderNumber.of("ORD", 2026, 2));
    }

    @Test
    void a_transaction_reads_its_own_writes() {
        Order order = anOrder(TENANT);

        Optional<Order> seen = transactions.inTransaction(() -> {
            ports.orders().insert(order);
            return ports.orders().find(TENANT, order.id());
        });

        assertThat(seen).contains(order);
    }

    @Test
    void a_nested_transaction_joins_the_outer_one_and_rolls_back_with_it() {
        Order outer = anOrder(TENANT);
        Order inner = anOrder(TENANT);

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            ports.orders().insert(outer);
            Optional<Order> seenInside = transactions.inTransaction(() -> {
                ports.orders().insert(inner);
                return ports.orders().find(TENANT, outer.id());
            });
            assertThat(seenInside).contains(outer);
            throw new Boom();
        })).isInstanceOf(Boom.class);

        assertThat(ports.orders().find(TENANT, outer.id())).isEmpty();
        assertThat(ports.orders().find(TENANT, inner.id())).isEmpty();
    }

    @Test
    void a_nested_transaction_commits_with_the_outer_one() {
        Order outer = anOrder(TENANT);
        Order inner = anOrder(TENANT);

        transactions.inTransaction(() -> {
            ports.orders().insert(outer);
            return transactions.inTransaction(() -> {
                ports.orders().insert(inner);
                return null;
            });
        });

        assertThat(ports.orders().findAll(TENANT, List.of(outer.id(), inner.id()))).containsExactlyInAnyOrder(outer, inner);
    }

    /**
     * The inner work threw, so nothing it wrote may commit. Whether the outer work then commits its
     * own writes (a savepoint, as jOOQ's nested transactions do) or fails as a whole (rollback-only,
     * as Spring's REQUIRED does) the port does not say, so both pass here.
     */
    @Test
    void a_nested_transaction_that_fails_commits_nothing_it_wrote_even_when_the_outer_one_carries_on() {
        Order outer = anOrder(TENANT);
        Order inner = anOrder(TENANT);

        transactions.inTransaction(() -> {
            ports.orders().insert(outer);
            try {
                transactions.inTransaction(() -> {
                    ports.orders().insert(inner);
                    throw new Boom();
                });
            } catch (Boom expected) {
                // the outer work decides to go on without the inner one
            }
            return null;
        });

        assertThat(ports.orders().find(TENANT, inner.id())).as("the failed savepoint's write").isEmpty();
        assertThat(ports.orders().find(TENANT, outer.id())).as("the outer work's write").isPresent();
    }

    @Test
    void a_reader_never_sees_a_transaction_half_done() throws Exception {
        int units = 120;
        List<Order> orders = new ArrayList<>();
        List<NewStatusEntry> entries = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            Order o = anOrder(TENANT);
            orders.add(o);
            entries.add(entry(o).build());
            relations.add(relation(TENANT, aCaseRef(), anInvoiceRef("INV-" + i), "faktureret", minutes(i)));
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicLong reads = new AtomicLong();
        Queue<String> violations = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            Future<?> writer = threads.submit(() -> {
                try {
                    for (int i = 0; i < units; i++) {
                        int unit = i;
                        try {
                            transactions.inTransaction(() -> {
                                ports.orders().insert(orders.get(unit));
                                LockSupport.parkNanos(50_000);
                                ports.history().append(entries.get(unit));
                                LockSupport.parkNanos(50_000);
                                ports.relations().insert(relations.get(unit));
                                if (rolledBack(unit)) {
                                    throw new Boom();
                                }
                                return null;
                            });
                        } catch (Boom expected) {
                            // this unit rolls back on purpose
                        }
                    }
                } finally {
                    writing.set(false);
                }
            });
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                readers.add(threads.submit(() -> {
                    do {
                        for (int i = 0; i < units; i++) {
                            // Read in the order the writer writes: once the first write is visible, its unit committed,
                            // so the later writes must be visible too.
                            boolean order = ports.orders().find(TENANT, orders.get(i).id()).isPresent();
                            boolean entry = ports.history().find(TENANT, orders.get(i).id(), entries.get(i).id()).isPresent();
                            boolean relation = ports.relations().find(TENANT, relations.get(i).id()).isPresent();
                            reads.incrementAndGet();
                            if (order && !(entry && relation) || entry && !relation) {
                                violations.add("unit " + i + " seen half done: order " + order + ", entry " + entry + ", relation " + relation);
                            }
                            if (rolledBack(i) && (order || entry || relation)) {
                                violations.add("unit " + i + " rolled back but was seen");
                            }
                        }
                    } while (writing.get());
                }));
            }
            writer.get(Race.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            for (Future<?> reader : readers) {
                reader.get(Race.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(violations).isEmpty();
        assertThat(reads.get()).isGreaterThan(units);
        for (int i = 0; i < units; i++) {
            assertThat(ports.orders().find(TENANT, orders.get(i).id()).isPresent()).isEqualTo(!rolledBack(i));
        }
    }

    private static boolean rolledBack(int unit) {
        return unit % 3 == 2;
    }

    private void assertUnchanged(World before, Writes writes) {
        assertThat(ports.orders().find(TENANT, writes.placed.order().id())).isEmpty();
        assertThat(ports.orders().find(TENANT, before.order.id())).contains(before.order);
        assertThat(ports.history().history(TENANT, writes.placed.order().id()).entries()).isEmpty();
        assertThat(ports.history().history(TENANT, before.order.id()).entries()).hasSize(1);
        assertThat(ports.history().latestPerModule(TENANT, before.order.id())).isEqualTo(Map.of("order", before.submitted));
        assertThat(ports.intents().find(TENANT, writes.accepted.intent().key())).isEmpty();
        assertThat(ports.relations().find(TENANT, writes.relation.id())).isEmpty();
        assertThat(ports.relations().find(TENANT, before.relation.id())).contains(before.relation);
        assertThat(ports.cases().find(TENANT, writes.aCase.id())).isEmpty();
        assertThat(ports.cases().find(TENANT, before.aCase.id())).contains(before.aCase);
        assertThat(ports.categories().find(TENANT, writes.category.id())).isEmpty();
        assertThat(ports.orderNumbers().next(TENANT, "ORD", 2026)).isEqualTo(OrderNumber.of("ORD", 2026, 1));
    }

    /** What is stored before the transaction under test: an order with its history, a relation and a case. */
    private record World(Order order, StatusEntry submitted, Relation relation, Case aCase) {
        static World storedIn(OrderCorePorts ports) {
            OrderChange placed = ContractData.order(TENANT).place();
            ports.orders().insert(placed.order());
            StatusEntry submitted = ports.history().append(placed.entries().get(0));
            Relation relation = ContractData.relation(TENANT, aCaseRef(), anInvoiceRef("INV-0"), "faktureret", minutes(0));
            ports.relations().insert(relation);
            Case aCase = ContractData.aCase(TENANT);
            ports.cases().insert(aCase);
            return new World(placed.order(), submitted, relation, aCase);
        }
    }

    /** One of everything a transaction can write, to every store at once: inserts, updates and a delete. */
    private record Writes(ContractData.AcceptedIntent accepted, OrderChange placed, OrderChange confirmed, Relation relation,
                          Relation deleted, Case aCase, Case quoted, Category category) {

        static Writes against(World world) {
            ContractData.AcceptedIntent accepted = anAcceptedIntent(TENANT, "channel.shopify", "i001", minutes(1));
            Case quoted = closeTag(world.aCase(), "quote_needed", minutes(2));
            return new Writes(accepted, accepted.placed(), confirm(world.order(), minutes(2)),
                    ContractData.relation(TENANT, aCaseRef(), ContractData.anOrderRef(), "ordre_oprettet", minutes(2)), world.relation(),
                    ContractData.aCase(TENANT), quoted, ContractData.category(TENANT, "Tents"));
        }

        void applyTo(OrderCorePorts ports) {
            ports.orderNumbers().next(TENANT, "ORD", 2026);
            ports.orders().insert(placed.order());
            placed.entries().forEach(ports.history()::append);
            ports.intents().insert(accepted.intent());
            ports.outbox().append(placed.events());
            ports.orders().update(confirmed.order(), confirmed.order().version() - 1);
            confirmed.entries().forEach(ports.history()::append);
            ports.outbox().append(confirmed.events());
            ports.relations().insert(relation);
            ports.relations().delete(TENANT, deleted.id());
            ports.cases().insert(aCase);
            ports.cases().update(quoted, quoted.version() - 1);
            ports.categories().insert(category);
        }
    }
}

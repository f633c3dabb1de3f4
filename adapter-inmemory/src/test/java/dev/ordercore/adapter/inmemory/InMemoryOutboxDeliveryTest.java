package dev.ordercore.adapter.inmemory;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.fixtures.CatalogFixture;
import dev.ordercore.application.fixtures.MutableClock;
import dev.ordercore.application.fixtures.OrderFixtures;
import dev.ordercore.application.fixtures.Principals;
import dev.ordercore.application.port.in.AppendStatusEntryCommand;
import dev.ordercore.application.port.in.GetOrderQuery;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.order.OrderEvents;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusEntries;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Subscribers may use the order core they listen to, from any thread, and still see events in commit order. */
class InMemoryOutboxDeliveryTest {

    private static final TenantId TENANT = TenantId.of("winefeed");

    @Test
    void subscribers_that_read_and_write_the_core_while_others_commit_neither_deadlock_nor_reorder() throws Exception {
        InMemoryStores stores = InMemoryStores.create(MutableClock.at("2026-01-14T09:00:00Z"));
        OrderCore core = stores.core();
        CatalogFixture catalog = CatalogFixture.create(core, TENANT);
        List<DomainEvent> seen = Collections.synchronizedList(new ArrayList<>());
        stores.outbox().subscribe(event -> {
            seen.add(event);
            if (event instanceof OrderEvents.OrderPlaced placed) {
                core.getOrder().get(new GetOrderQuery(Principals.viewer(TENANT), TENANT, placed.orderId())).value();
                core.appendStatusEntry().append(new AppendStatusEntryCommand(Principals.module(TENANT, "billing"), TENANT,
                        placed.orderId(), new StatusEntries.Request(Optional.empty(), "billing:invoice_requested", Optional.empty(),
                                Severity.INFO, JsonObject.empty(), Optional.empty(), Optional.empty(), Optional.empty()))).value();
            }
        });
        int before = stores.outbox().events().size();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            done.add(pool.submit(() -> OrderFixtures.place(core, catalog, OrderFixtures.wineOrder(catalog))));
        }
        for (Future<?> f : done) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        List<DomainEvent> committed = stores.outbox().events().subList(before, stores.outbox().events().size());
        assertThat(committed).hasSize(80);
        assertThat(seen).containsExactlyElementsOf(committed);
    }
}

package dev.ordercore.application.usecases;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.fixtures.CatalogFixture;
import dev.ordercore.application.fixtures.MutableClock;
import dev.ordercore.application.port.out.OrderFilter;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import org.junit.jupiter.api.BeforeEach;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every use-case scenario starts from: a fresh order core over an adapter's stores, a clock
 * the test moves, one tenant and its catalog. Adapters run the scenarios by saying how to make
 * their stores and how to read the events they committed.
 */
public abstract class CoreScenarios {

    protected static final TenantId TENANT = TenantId.of("winefeed");
    protected static final TenantId OTHER_TENANT = TenantId.of("bakery");

    protected MutableClock clock;
    protected OrderCorePorts ports;
    protected OrderCore core;
    protected CatalogFixture catalog;
    private ScenarioStores stores;

    /** Fresh, empty stores that read time from {@code clock}. */
    protected abstract ScenarioStores newStores(Clock clock);

    @BeforeEach
    void startCore() {
        clock = MutableClock.at("2026-01-14T09:00:00Z");
        stores = newStores(clock);
        ports = stores.ports();
        core = OrderCore.create(ports);
        catalog = CatalogFixture.create(core, TENANT);
    }

    /** Every event the stores have committed, in commit order. */
    protected List<DomainEvent> committedEvents() {
        return stores.committedEvents().get();
    }

    /** An event as every adapter's outbox gives it back: what a subscriber can read of it. */
    protected record Committed(String tenant, String type, String aggregateType, String aggregateId, Instant occurredAt,
                               JsonObject payload) {
        public static Committed of(DomainEvent e) {
            return new Committed(e.tenant().value(), e.type(), e.aggregateType(), e.aggregateId(), e.occurredAt(), e.payload());
        }
    }

    /** The events committed after the first {@code before} ones, as subscribers read them. */
    protected List<Committed> committedSince(int before) {
        List<DomainEvent> all = committedEvents();
        return all.subList(before, all.size()).stream().map(Committed::of).toList();
    }

    protected List<Order> allOrders(TenantId tenant) {
        return ports.orders().list(tenant, OrderFilter.ALL, Optional.empty(), 10_000);
    }

    protected static <T> T ok(Result<T, OrderError> result) {
        assertThat(result.isOk()).as("expected success, got %s", result).isTrue();
        return result.value();
    }

    protected static <T> OrderError refused(Result<T, OrderError> result) {
        assertThat(result.isErr()).as("expected a refusal, got %s", result).isTrue();
        return result.error();
    }
}

package dev.ordercore.adapter.inmemory;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.out.ConfiguredTenantPolicies;
import dev.ordercore.application.port.out.IntentRepository;
import dev.ordercore.application.port.out.TenantPolicy;

import java.time.Clock;

/**
 * Every outgoing port of ordercore in memory, sharing one transactional store: the adapter for
 * embedding without a database and for tests. {@code OrderCore.create(InMemoryStores.create(clock).ports())}
 * is a complete order core.
 */
public final class InMemoryStores {

    private final OrderCorePorts ports;
    private final InMemoryEventOutbox outbox;
    private final ConfiguredTenantPolicies policies;
    private final InMemoryIntentRepository intents;

    private InMemoryStores(Clock clock, TenantPolicy defaults) {
        InMemoryDatabase db = new InMemoryDatabase();
        this.outbox = new InMemoryEventOutbox(db);
        this.policies = new ConfiguredTenantPolicies(defaults);
        this.intents = new InMemoryIntentRepository(db);
        InMemoryCatalogRepository.Modifiers modifiers = new InMemoryCatalogRepository.Modifiers(db);
        InMemoryOrderRepository orders = new InMemoryOrderRepository(db);
        this.ports = new OrderCorePorts(
                orders,
                new InMemoryStatusHistoryRepository(db),
                intents,
                new InMemoryRelationRepository(db),
                new InMemoryCaseRepository(db),
                new InMemoryCatalogRepository.Categories(db),
                new InMemoryCatalogRepository.Klasses(db),
                new InMemoryCatalogRepository.Products(db),
                new InMemoryCatalogRepository.Assets(db),
                modifiers,
                new InMemoryCatalogRepository.ModifierRules(db, modifiers),
                outbox,
                new InMemoryTransactionRunner(db),
                new InMemoryOrderNumbers(db),
                policies,
                clock,
                new InMemoryCalculationOverrideRepository(db),
                new InMemoryTenantSettingsRepository(db),
                new InMemorySupplierConfirmationRepository(db),
                new InMemoryCustomerRepository(db),
                new InMemoryCustomerFigures(orders),
                new InMemoryOrderReadModels(db, orders),
                new InMemoryStockLevelRepository(db));
    }

    public static InMemoryStores create(Clock clock) {
        return new InMemoryStores(clock, TenantPolicy.DEFAULT);
    }

    public static InMemoryStores create(Clock clock, TenantPolicy defaults) {
        return new InMemoryStores(clock, defaults);
    }

    public OrderCorePorts ports() {
        return ports;
    }

    /** A complete order core over these stores. */
    public OrderCore core() {
        return OrderCore.create(ports);
    }

    public InMemoryEventOutbox outbox() {
        return outbox;
    }

    public ConfiguredTenantPolicies policies() {
        return policies;
    }

    public IntentRepository intents() {
        return intents;
    }
}

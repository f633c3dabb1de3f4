package dev.ordercore.adapter.inmemory;

import dev.ordercore.application.port.out.OrderFilter;
import dev.ordercore.application.port.out.OrderReadModels;
import dev.ordercore.application.port.out.OrderRepository;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.planning.DashboardFigures;
import dev.ordercore.domain.planning.DashboardWindows;
import dev.ordercore.domain.planning.Demand;
import dev.ordercore.domain.planning.DemandHorizon;
import dev.ordercore.domain.planning.DemandRequirement;
import dev.ordercore.domain.planning.OrderVolume;
import dev.ordercore.domain.settings.TenantSettings;
import dev.ordercore.domain.shared.TenantId;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The read models computed with the domain's definitions over every undeleted order of the
 * tenant (deleted ones count in none of them), under one read lock so each answer sees one state.
 */
final class InMemoryOrderReadModels implements OrderReadModels {

    private final InMemoryDatabase db;
    private final OrderRepository orders;

    InMemoryOrderReadModels(InMemoryDatabase db, OrderRepository orders) {
        this.db = db;
        this.orders = orders;
    }

    private List<Order> all(TenantId tenant) {
        return orders.list(tenant, OrderFilter.ALL, Optional.empty(), Integer.MAX_VALUE);
    }

    @Override
    public DashboardFigures dashboard(TenantId tenant, LifecycleSet lifecycles, DashboardWindows windows) {
        return db.read(() -> DashboardFigures.of(all(tenant), lifecycles, windows));
    }

    @Override
    public List<DemandRequirement> demand(TenantId tenant, LifecycleSet lifecycles, DemandHorizon horizon) {
        return db.read(() -> Demand.of(all(tenant), lifecycles, horizon));
    }

    @Override
    public OrderVolume volume(TenantId tenant, LifecycleSet lifecycles, TenantSettings settings, LocalDate from, LocalDate to, ZoneId zone) {
        return db.read(() -> OrderVolume.of(all(tenant), lifecycles, settings, from, to, zone));
    }
}

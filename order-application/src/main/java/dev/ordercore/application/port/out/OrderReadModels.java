package dev.ordercore.application.port.out;

import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.planning.DashboardFigures;
import dev.ordercore.domain.planning.DashboardWindows;
import dev.ordercore.domain.planning.DemandHorizon;
import dev.ordercore.domain.planning.DemandRequirement;
import dev.ordercore.domain.planning.OrderVolume;
import dev.ordercore.domain.settings.TenantSettings;
import dev.ordercore.domain.shared.TenantId;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Seed 002's read models over one tenant's orders. Each answer is exactly what the domain's
 * definition gives over all the tenant's orders ({@link DashboardFigures#of},
 * {@link dev.ordercore.domain.planning.Demand#of}, {@link OrderVolume#of}); a store may work it out
 * any way it likes, but never by loading every order (PostgreSQL aggregates in SQL).
 */
public interface OrderReadModels {

    DashboardFigures dashboard(TenantId tenant, LifecycleSet lifecycles, DashboardWindows windows);

    /** The requirements by date, then product ({@link DemandRequirement#BY_DATE_AND_PRODUCT}). */
    List<DemandRequirement> demand(TenantId tenant, LifecycleSet lifecycles, DemandHorizon horizon);

    /** The orders created within the days [{@code from}, {@code to}) of {@code zone}. */
    OrderVolume volume(TenantId tenant, LifecycleSet lifecycles, TenantSettings settings, LocalDate from, LocalDate to, ZoneId zone);
}

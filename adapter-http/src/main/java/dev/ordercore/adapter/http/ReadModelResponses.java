package dev.ordercore.adapter.http;

import dev.ordercore.application.port.in.DemandRequirements;
import dev.ordercore.application.port.in.ProcurementPlans;
import dev.ordercore.domain.planning.BusinessModelAssessment;
import dev.ordercore.domain.planning.DashboardSummary;
import dev.ordercore.domain.planning.ProcurementPlan;
import dev.ordercore.domain.planning.StockLevel;
import dev.ordercore.domain.shared.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The read models' bodies (seed 002); money as decimal strings with their currency, dates ISO-8601. */
final class ReadModelResponses {

    private ReadModelResponses() {
    }

    record MoneyBody(String amount, String currency) {
        static MoneyBody of(Money m) {
            return new MoneyBody(m.amount().toPlainString(), m.currency().getCurrencyCode());
        }

        static List<MoneyBody> of(List<Money> money) {
            return money.stream().map(MoneyBody::of).toList();
        }
    }

    record ProductQuantityBody(UUID productId, long quantity) {
    }

    /**
     * {@code GET /orders/dashboard-summary}: orders by status, pending confirmations (orders in the
     * initial state of their lifecycle), blocked orders (open BLOCKING entries), revenue of today,
     * the last 7 and the last 30 days of the tenant's zone per currency, the average order value over
     * 30 days per currency, and the top products by units over 30 days.
     */
    record DashboardSummaryResponse(LocalDate today, Map<String, Long> ordersByStatus, long pendingConfirmations, long blockedOrders,
                                    List<MoneyBody> revenueToday, List<MoneyBody> revenueLast7Days, List<MoneyBody> revenueLast30Days,
                                    List<MoneyBody> averageOrderValueLast30Days, List<ProductQuantityBody> topProducts) {
        static DashboardSummaryResponse of(DashboardSummary s) {
            return new DashboardSummaryResponse(s.today(), s.ordersByStatus(), s.pendingConfirmations(), s.blockedOrders(),
                    MoneyBody.of(s.revenueToday()), MoneyBody.of(s.revenueLast7Days()), MoneyBody.of(s.revenueLast30Days()),
                    MoneyBody.of(s.averageOrderValueLast30Days()),
                    s.topProducts().stream().map(p -> new ProductQuantityBody(p.product().value(), p.quantity())).toList());
        }
    }

    record RequirementBody(UUID productId, LocalDate date, long quantity) {
    }

    /** {@code GET /orders/demand-requirements} (R38): the horizon [from, to) and the units needed by date and product. */
    record DemandRequirementsResponse(LocalDate from, LocalDate to, int days, List<RequirementBody> requirements) {
        static DemandRequirementsResponse of(DemandRequirements d) {
            return new DemandRequirementsResponse(d.horizon().from(), d.horizon().end(), d.horizon().days(),
                    d.requirements().stream().map(r -> new RequirementBody(r.product().value(), r.date(), r.quantity())).toList());
        }
    }

    /** {@code PUT /stock-levels/{productId}}: the level now stored. */
    record StockLevelResponse(UUID productId, long quantity, Instant updatedAt, String updatedBy) {
        static StockLevelResponse of(StockLevel l) {
            return new StockLevelResponse(l.product().value(), l.quantity(), l.updatedAt(), l.updatedBy());
        }
    }

    record PlanBody(UUID productId, long demand, long required, long available, long need, LocalDate needDate, LocalDate orderBy,
                    boolean late, boolean shortage) {
        static PlanBody of(ProcurementPlan p) {
            return new PlanBody(p.product().value(), p.demand(), p.required(), p.available(), p.need(), p.needDate().orElse(null),
                    p.orderBy().orElse(null), p.late(), p.shortage());
        }
    }

    /** {@code GET /procurement-plans} (R39): one plan per product with demand in the horizon, most urgent first, and the settings used. */
    record ProcurementPlansResponse(LocalDate from, LocalDate to, int days, int leadTimeDays, String safetyStockPercentage,
                                    String shortageThresholdPercentage, List<PlanBody> plans) {
        static ProcurementPlansResponse of(ProcurementPlans p) {
            return new ProcurementPlansResponse(p.horizon().from(), p.horizon().end(), p.horizon().days(), p.leadTimeDays(),
                    p.safetyStockPercentage().toPlainString(), p.shortageThresholdPercentage().toPlainString(),
                    p.plans().stream().map(PlanBody::of).toList());
        }
    }

    /** {@code GET /orders/business-model} (R40): the model and the volume of the window [from, to) it was judged on. */
    record BusinessModelResponse(String model, LocalDate from, LocalDate to, long orders, long wholesaleOrders, String dailyOrders,
                                 boolean mostlyWholesale) {
        static BusinessModelResponse of(BusinessModelAssessment a) {
            return new BusinessModelResponse(a.model().name(), a.volume().from(), a.volume().to(), a.volume().orders(),
                    a.volume().wholesaleOrders(), a.dailyOrders().toPlainString(), a.mostlyWholesale());
        }
    }
}

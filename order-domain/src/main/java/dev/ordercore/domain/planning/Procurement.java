package dev.ordercore.domain.planning;

import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.settings.TenantSettings;
import dev.ordercore.domain.shared.Uuids;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * R39: procurement plans from the horizon's demand (R38) and the stock levels, with the tenant's
 * safety stock, lead time and shortage threshold. Units are whole: the safety stock rounds the
 * requirement up, never down, so a plan never buys too little.
 */
public final class Procurement {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Plans whose order-by date comes first first; those with no need last; then by product id in byte order. */
    public static final Comparator<ProcurementPlan> MOST_URGENT_FIRST = Comparator
            .comparing((ProcurementPlan p) -> p.orderBy().orElse(LocalDate.MAX))
            .thenComparing(p -> p.product().value(), Uuids.BYTE_ORDER);

    private Procurement() {
    }

    /**
     * One plan per product with demand in {@code demand}; {@code available} holds the stock levels
     * (a product missing from it has none); {@code today} tells which order-by dates have passed.
     */
    public static List<ProcurementPlan> plan(List<DemandRequirement> demand, Map<ProductId, Long> available, TenantSettings settings,
                                             LocalDate today) {
        Map<ProductId, List<DemandRequirement>> byProduct = new LinkedHashMap<>();
        demand.stream().sorted(DemandRequirement.BY_DATE_AND_PRODUCT)
                .forEach(r -> byProduct.computeIfAbsent(r.product(), p -> new ArrayList<>()).add(r));
        List<ProcurementPlan> plans = new ArrayList<>();
        byProduct.forEach((product, days) -> plans.add(plan(product, days, available.getOrDefault(product, 0L), settings, today)));
        plans.sort(MOST_URGENT_FIRST);
        return List.copyOf(plans);
    }

    /** {@code ceil(demand × (1 + safety % / 100))}. */
    public static long withSafetyStock(long demand, BigDecimal safetyStockPercentage) {
        return BigDecimal.valueOf(demand).multiply(HUNDRED.add(safetyStockPercentage)).divide(HUNDRED, 0, RoundingMode.CEILING)
                .longValueExact();
    }

    private static ProcurementPlan plan(ProductId product, List<DemandRequirement> days, long stock, TenantSettings s, LocalDate today) {
        long total = 0;
        Optional<LocalDate> needDate = Optional.empty();
        for (DemandRequirement day : days) {
            total += day.quantity();
            if (needDate.isEmpty() && withSafetyStock(total, s.safetyStockPercentage()) > stock) {
                needDate = Optional.of(day.date());
            }
        }
        long required = withSafetyStock(total, s.safetyStockPercentage());
        long need = Math.max(0, required - stock);
        Optional<LocalDate> orderBy = needDate.map(d -> d.minusDays(s.procurementLeadTimeDays()));
        boolean late = orderBy.filter(d -> d.isBefore(today)).isPresent();
        boolean shortage = BigDecimal.valueOf(stock).multiply(HUNDRED)
                .compareTo(BigDecimal.valueOf(total).multiply(s.procurementShortageThreshold())) < 0;
        return new ProcurementPlan(product, total, required, stock, need, needDate, orderBy, late, shortage);
    }
}

package dev.ordercore.domain.order;

import dev.ordercore.domain.catalog.Frequency;

import java.util.Objects;
import java.util.Optional;

/** Billing as a request states it, before R6 is checked against the line it belongs to. */
public record BillingDraft(Optional<BillingTiming> timing, Optional<Frequency> cycle, Optional<Integer> termsDays,
                           Optional<Payer> payer, Optional<WarrantyId> warranty) {

    public BillingDraft {
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(termsDays, "termsDays");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(warranty, "warranty");
    }

    public static BillingDraft recurring(BillingTiming timing, Frequency cycle, int termsDays, Payer payer) {
        return new BillingDraft(Optional.of(timing), Optional.of(cycle), Optional.of(termsDays), Optional.of(payer), Optional.empty());
    }

    public static BillingDraft once(int termsDays, Payer payer) {
        return new BillingDraft(Optional.empty(), Optional.empty(), Optional.of(termsDays), Optional.of(payer), Optional.empty());
    }

    public BillingDraft withWarranty(WarrantyId warranty) {
        return new BillingDraft(timing, cycle, termsDays, payer, Optional.of(warranty));
    }
}

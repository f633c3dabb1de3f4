package dev.ordercore.adapter.http;

import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.WarrantyId;
import dev.ordercore.domain.pricing.BillingSchedule;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The charges an order's lines produce (R34), grouped by who pays: the payer type (CUSTOMER,
 * BUSINESS, WARRANTY) with the customer or warranty, each group's charges in charge-date order and
 * its total. A charge covers [from, to) of its line's period (cycle {@code cycle} of
 * {@code cycles}; {@code partial} when the period ends inside it). Lines without billing are
 * listed as unscheduled.
 */
record BillingScheduleResponse(UUID orderId, String currency, List<PayerResponse> payers, List<UnscheduledResponse> unscheduled) {

    record PayerResponse(String payer, UUID customerId, String warrantyId, String total, List<ChargeResponse> charges) {
    }

    record ChargeResponse(UUID lineItemId, int cycle, int cycles, LocalDate from, LocalDate to, boolean partial, LocalDate chargeDate,
                          LocalDate dueDate, String amount) {
    }

    record UnscheduledResponse(UUID lineItemId, String reason) {
    }

    static BillingScheduleResponse of(UUID orderId, BillingSchedule schedule) {
        return new BillingScheduleResponse(orderId, schedule.currency().getCurrencyCode(),
                schedule.payers().stream().map(p -> new PayerResponse(p.payer().payer().name(),
                        p.payer().customer().map(CustomerId::value).orElse(null),
                        p.payer().warranty().map(WarrantyId::value).orElse(null),
                        p.total().amount().toPlainString(),
                        p.charges().stream().map(c -> new ChargeResponse(c.line().value(), c.cycle(), c.cycles(), c.from(), c.to(), c.partial(),
                                c.chargeDate(), c.dueDate(), c.amount().amount().toPlainString())).toList())).toList(),
                schedule.unscheduled().stream().map(u -> new UnscheduledResponse(u.line().value(), u.reason())).toList());
    }
}

package dev.ordercore.adapter.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ordercore.application.port.in.CalculationOfOrder;
import dev.ordercore.domain.order.BillingConfig;
import dev.ordercore.domain.order.Contact;
import dev.ordercore.domain.order.Dates;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderDelivery;
import dev.ordercore.domain.shared.Address;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An order as the API shows it: money as decimal strings, absent values as {@code null}. Reading
 * one order by id adds its {@code calculation} (R31), or, when the order cannot be calculated as
 * it stands, {@code calculationRefused}: the problem saying why; other answers leave both out.
 */
record OrderResponse(
        UUID id,
        String number,
        String status,
        String lifecycle,
        long version,
        String currency,
        UUID customerId,
        UUID vendorId,
        String notes,
        String internalNotes,
        ContactBody contact,
        AddressBody deliveryAddress,
        LocalDate estimatedDelivery,
        LocalDate confirmedDelivery,
        boolean blocked,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        List<LineItemResponse> lineItems,
        @JsonInclude(JsonInclude.Include.NON_NULL) CalculationResponse calculation,
        @JsonInclude(JsonInclude.Include.NON_NULL) Problem calculationRefused) {

    record LineItemResponse(
            UUID id,
            String ref,
            String kind,
            String status,
            UUID klassId,
            UUID productId,
            UUID assetId,
            String description,
            int quantity,
            String unitPrice,
            String amount,
            LocalDate on,
            LocalDate from,
            LocalDate to,
            List<DeliveryResponse> deliveries,
            UUID customerId,
            UUID vendorId,
            BillingResponse billing,
            UUID modifies,
            Instant addedAt,
            ChargeResponse charge) {
    }

    /** What a CHARGE line charges: the modifier, its kind when the line was made, and the rule that added the line ({@code null} when the request named the modifier). */
    record ChargeResponse(UUID modifierId, String kind, UUID ruleId) {
    }

    record DeliveryResponse(String direction, LocalDate date, AddressBody from, AddressBody to) {
    }

    record BillingResponse(String timing, String cycle, int termsDays, String payer, String warrantyId) {
    }

    static OrderResponse of(Order order) {
        return of(order, null, null);
    }

    /** The order with the calculation that stands for it, or the problem why there is none. */
    static OrderResponse of(Order order, Result<CalculationOfOrder, OrderError> calculation) {
        return calculation instanceof Result.Ok<CalculationOfOrder, OrderError> ok
                ? of(order, CalculationResponse.of(order.id().value(), ok.value().calculation()), null)
                : of(order, null, ErrorMapping.problem(calculation.error()));
    }

    private static OrderResponse of(Order order, CalculationResponse calculation, Problem calculationRefused) {
        Order.State s = order.state();
        return new OrderResponse(
                s.id().value(),
                s.number().value(),
                s.status(),
                s.lifecycle(),
                s.version(),
                s.currency().getCurrencyCode(),
                s.customer().map(c -> c.value()).orElse(null),
                s.vendor().map(v -> v.value()).orElse(null),
                s.notes().orElse(null),
                s.internalNotes().orElse(null),
                s.contact().map(OrderResponse::contact).orElse(null),
                s.deliveryAddress().map(OrderResponse::address).orElse(null),
                s.estimatedDelivery().orElse(null),
                s.confirmedDelivery().orElse(null),
                order.isBlocked(),
                s.createdBy(),
                s.createdAt(),
                s.updatedAt(),
                s.deletedAt().orElse(null),
                s.lineItems().stream().map(OrderResponse::line).toList(),
                calculation,
                calculationRefused);
    }

    private static LineItemResponse line(LineItem l) {
        Dates d = l.dates();
        return new LineItemResponse(
                l.id().value(),
                l.ref().orElse(null),
                l.kind().name(),
                l.status(),
                l.klass().map(k -> k.value()).orElse(null),
                l.product().map(p -> p.value()).orElse(null),
                l.asset().map(a -> a.value()).orElse(null),
                l.description().orElse(null),
                l.quantity(),
                l.unitPrice().amount().toPlainString(),
                l.amount().amount().toPlainString(),
                d instanceof Dates.On on ? on.date() : null,
                d instanceof Dates.Period p ? p.from() : null,
                d instanceof Dates.Period p ? p.to() : null,
                l.deliveries().stream().map(OrderResponse::delivery).toList(),
                l.customer().map(c -> c.value()).orElse(null),
                l.vendor().map(v -> v.value()).orElse(null),
                l.billing().map(OrderResponse::billing).orElse(null),
                l.modifies().map(m -> m.value()).orElse(null),
                l.addedAt(),
                l.charge().map(c -> new ChargeResponse(c.modifier().value(), c.kind().name(), c.rule().map(r -> r.value()).orElse(null)))
                        .orElse(null));
    }

    private static DeliveryResponse delivery(OrderDelivery d) {
        return new DeliveryResponse(d.direction().name(), d.date(), d.from().map(OrderResponse::address).orElse(null),
                d.to().map(OrderResponse::address).orElse(null));
    }

    private static BillingResponse billing(BillingConfig b) {
        return new BillingResponse(b.timing().map(Enum::name).orElse(null), b.cycle().map(Enum::name).orElse(null), b.termsDays(),
                b.payer().name(), b.warranty().map(w -> w.value()).orElse(null));
    }

    static AddressBody address(Address a) {
        return new AddressBody(a.line1(), a.line2().orElse(null), a.postalCode(), a.city(), a.countryCode());
    }

    private static ContactBody contact(Contact c) {
        return new ContactBody(c.person().orElse(null), c.phone().orElse(null), c.email().orElse(null));
    }
}

package dev.ordercore.adapter.http;

import dev.ordercore.domain.catalog.AssetId;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.order.BillingDraft;
import dev.ordercore.domain.order.Contact;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.LineItemId;
import dev.ordercore.domain.order.LineRef;
import dev.ordercore.domain.order.OrderDelivery;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.order.VendorId;
import dev.ordercore.domain.order.WarrantyId;
import dev.ordercore.domain.shared.Address;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.Violation;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Translates a {@link PlaceOrderRequest} into the domain's {@link OrderDraft}. Values the domain's
 * value objects cannot even hold (an unknown currency, an incomplete address) are reported here,
 * all at once, with their JSON paths; everything else the order model checks when it places the order.
 */
final class OrderDrafts {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    private OrderDrafts() {
    }

    static OrderDraft from(PlaceOrderRequest r) {
        OrderDrafts drafts = new OrderDrafts();
        OrderDraft draft = drafts.draft(r);
        drafts.refuseIfErrors();
        return draft;
    }

    /** Lines added to an existing order (an adjustment); {@code field} is their JSON path, such as {@code add}. */
    static List<LineItemDraft> lines(String field, List<PlaceOrderRequest.LineItemBody> bodies) {
        OrderDrafts drafts = new OrderDrafts();
        List<LineItemDraft> lines = drafts.lines(field, bodies, List.of());
        drafts.refuseIfErrors();
        return lines;
    }

    private void refuseIfErrors() {
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(400, "request.validation_failed", "The request is not valid",
                    errors.size() + (errors.size() == 1 ? " field is" : " fields are") + " not valid", errors));
        }
    }

    private List<LineItemDraft> lines(String field, List<PlaceOrderRequest.LineItemBody> bodies, List<LineItemDraft> into) {
        List<LineItemDraft> lines = new ArrayList<>(into);
        for (int i = 0; i < bodies.size(); i++) {
            lines.add(line(field + "[" + i + "]", bodies.get(i)));
        }
        return lines;
    }

    private OrderDraft draft(PlaceOrderRequest r) {
        Currency currency = Currency.getInstance("XXX");
        if (Money.isUsableCurrency(r.currency())) {
            currency = Currency.getInstance(r.currency());
        } else {
            errors.add(new Problem.FieldError("currency", "'" + r.currency() + "' is not a currency ordercore can hold"));
        }
        List<LineItemDraft> lines = lines("lineItems", r.lineItems(), List.of());
        return new OrderDraft(
                currency,
                Optional.ofNullable(r.customerId()).map(CustomerId::new),
                Optional.ofNullable(r.vendorId()).map(VendorId::new),
                Optional.ofNullable(r.notes()),
                Optional.ofNullable(r.internalNotes()),
                Optional.ofNullable(r.contact()).flatMap(c -> contact("contact", c)),
                Optional.ofNullable(r.deliveryAddress()).flatMap(a -> address("deliveryAddress", a)),
                Optional.ofNullable(r.estimatedDelivery()),
                lines,
                Optional.ofNullable(r.expectedTotal()));
    }

    private LineItemDraft line(String path, PlaceOrderRequest.LineItemBody l) {
        List<OrderDelivery> deliveries = new ArrayList<>();
        List<PlaceOrderRequest.DeliveryBody> given = l.deliveries() == null ? List.of() : l.deliveries();
        for (int i = 0; i < given.size(); i++) {
            PlaceOrderRequest.DeliveryBody d = given.get(i);
            String at = path + ".deliveries[" + i + "]";
            deliveries.add(new OrderDelivery(d.direction(),
                    Optional.ofNullable(d.from()).flatMap(a -> address(at + ".from", a)),
                    Optional.ofNullable(d.to()).flatMap(a -> address(at + ".to", a)),
                    d.date()));
        }
        return new LineItemDraft(
                Optional.ofNullable(l.ref()),
                Optional.ofNullable(l.klassId()).map(KlassId::new),
                Optional.ofNullable(l.productId()).map(ProductId::new),
                Optional.ofNullable(l.assetId()).map(AssetId::new),
                Optional.ofNullable(l.description()),
                l.quantity(),
                Optional.ofNullable(l.unitPrice()),
                Optional.ofNullable(l.on()),
                Optional.ofNullable(l.from()),
                Optional.ofNullable(l.to()),
                deliveries,
                Optional.ofNullable(l.customerId()).map(CustomerId::new),
                Optional.ofNullable(l.vendorId()).map(VendorId::new),
                Optional.ofNullable(l.billing()).map(b -> billing(path + ".billing", b)),
                modifies(path, l),
                Optional.ofNullable(l.modifierId()).map(OrderModifierId::new));
    }

    /** A line modifies another by its ref in the same request or by the id of a line already on the order (R7). */
    private Optional<LineRef> modifies(String path, PlaceOrderRequest.LineItemBody l) {
        if (l.modifies() != null && l.modifiesLineItemId() != null) {
            errors.add(new Problem.FieldError(path + ".modifiesLineItemId", "give modifies (a ref) or modifiesLineItemId (an id), not both"));
            return Optional.empty();
        }
        if (l.modifiesLineItemId() != null) {
            return Optional.of(LineRef.id(new LineItemId(l.modifiesLineItemId())));
        }
        return Optional.ofNullable(l.modifies()).map(LineRef::ref);
    }

    private BillingDraft billing(String path, PlaceOrderRequest.BillingBody b) {
        Optional<WarrantyId> warranty = Optional.empty();
        if (b.warrantyId() != null) {
            try {
                warranty = Optional.of(new WarrantyId(b.warrantyId()));
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError(path + ".warrantyId", e.getMessage()));
            }
        }
        return new BillingDraft(Optional.ofNullable(b.timing()), Optional.ofNullable(b.cycle()), Optional.ofNullable(b.termsDays()),
                Optional.ofNullable(b.payer()), warranty);
    }

    private Optional<Address> address(String path, AddressBody a) {
        List<Violation> violations = Address.violations(a.line1(), a.line2(), a.postalCode(), a.city(), a.countryCode());
        if (!violations.isEmpty()) {
            violations.forEach(v -> errors.add(new Problem.FieldError(path + "." + v.path(), v.message())));
            return Optional.empty();
        }
        return Optional.of(new Address(a.line1(), Optional.ofNullable(a.line2()), a.postalCode(), a.city(), a.countryCode()));
    }

    private Optional<Contact> contact(String path, ContactBody c) {
        try {
            return Optional.of(new Contact(Optional.ofNullable(c.person()), Optional.ofNullable(c.phone()), Optional.ofNullable(c.email())));
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(path, e.getMessage()));
            return Optional.empty();
        }
    }
}

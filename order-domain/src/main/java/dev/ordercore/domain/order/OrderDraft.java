package dev.ordercore.domain.order;

import dev.ordercore.domain.shared.Address;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An order as a request states it: the currency, defaults for its lines (customer, vendor),
 * notes, contact, delivery address and dates, and the lines. Checked when placed. A client that
 * computed the total itself may state it as {@code expectedTotal}; an order whose lines add up to
 * anything else is refused rather than placed with a total the client did not expect.
 */
public record OrderDraft(
        Currency currency,
        Optional<CustomerId> customer,
        Optional<VendorId> vendor,
        Optional<String> notes,
        Optional<String> internalNotes,
        Optional<Contact> contact,
        Optional<Address> deliveryAddress,
        Optional<LocalDate> estimatedDelivery,
        List<LineItemDraft> lineItems,
        Optional<BigDecimal> expectedTotal) {

    public OrderDraft {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(internalNotes, "internalNotes");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(deliveryAddress, "deliveryAddress");
        Objects.requireNonNull(estimatedDelivery, "estimatedDelivery");
        lineItems = List.copyOf(lineItems);
        Objects.requireNonNull(expectedTotal, "expectedTotal");
    }

    public OrderDraft(Currency currency, Optional<CustomerId> customer, Optional<VendorId> vendor, Optional<String> notes,
                      Optional<String> internalNotes, Optional<Contact> contact, Optional<Address> deliveryAddress,
                      Optional<LocalDate> estimatedDelivery, List<LineItemDraft> lineItems) {
        this(currency, customer, vendor, notes, internalNotes, contact, deliveryAddress, estimatedDelivery, lineItems, Optional.empty());
    }

    public OrderDraft withExpectedTotal(BigDecimal total) {
        return new OrderDraft(currency, customer, vendor, notes, internalNotes, contact, deliveryAddress, estimatedDelivery, lineItems,
                Optional.of(total));
    }

    public static Builder builder(Currency currency) {
        return new Builder(currency);
    }

    public OrderDraft withLineItems(List<LineItemDraft> lines) {
        return new OrderDraft(currency, customer, vendor, notes, internalNotes, contact, deliveryAddress, estimatedDelivery, lines,
                expectedTotal);
    }

    public static final class Builder {
        private final Currency currency;
        private Optional<CustomerId> customer = Optional.empty();
        private Optional<VendorId> vendor = Optional.empty();
        private Optional<String> notes = Optional.empty();
        private Optional<String> internalNotes = Optional.empty();
        private Optional<Contact> contact = Optional.empty();
        private Optional<Address> deliveryAddress = Optional.empty();
        private Optional<LocalDate> estimatedDelivery = Optional.empty();
        private final List<LineItemDraft> lines = new ArrayList<>();
        private Optional<BigDecimal> expectedTotal = Optional.empty();

        private Builder(Currency currency) {
            this.currency = Objects.requireNonNull(currency, "currency");
        }

        public Builder customer(CustomerId customer) { this.customer = Optional.of(customer); return this; }
        public Builder vendor(VendorId vendor) { this.vendor = Optional.of(vendor); return this; }
        public Builder notes(String notes) { this.notes = Optional.of(notes); return this; }
        public Builder internalNotes(String notes) { this.internalNotes = Optional.of(notes); return this; }
        public Builder contact(Contact contact) { this.contact = Optional.of(contact); return this; }
        public Builder deliveryAddress(Address address) { this.deliveryAddress = Optional.of(address); return this; }
        public Builder estimatedDelivery(LocalDate date) { this.estimatedDelivery = Optional.of(date); return this; }
        public Builder line(LineItemDraft line) { this.lines.add(line); return this; }
        public Builder lines(List<LineItemDraft> lines) { this.lines.addAll(lines); return this; }
        public Builder expectedTotal(BigDecimal total) { this.expectedTotal = Optional.of(total); return this; }

        public OrderDraft build() {
            return new OrderDraft(currency, customer, vendor, notes, internalNotes, contact, deliveryAddress, estimatedDelivery, lines,
                    expectedTotal);
        }
    }
}

package dev.ordercore.domain.order;

import dev.ordercore.domain.catalog.AssetId;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.catalog.ProductId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A line as a request states it. Nothing here is checked yet: placing or adjusting an order checks
 * every draft against R1-R9 and reports every violation at once. The kind is not stated: it is
 * derived (R2). The unit price is in the order's currency, so one order holds one currency (R8).
 * A line naming a {@code modifier} is a charge of that modifier (delivery, say).
 */
public record LineItemDraft(
        Optional<String> ref,
        Optional<KlassId> klass,
        Optional<ProductId> product,
        Optional<AssetId> asset,
        Optional<String> description,
        int quantity,
        Optional<BigDecimal> unitPrice,
        Optional<LocalDate> on,
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        List<OrderDelivery> deliveries,
        Optional<CustomerId> customer,
        Optional<VendorId> vendor,
        Optional<BillingDraft> billing,
        Optional<LineRef> modifies,
        Optional<OrderModifierId> modifier) {

    public LineItemDraft {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(klass, "klass");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        deliveries = List.copyOf(deliveries);
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(billing, "billing");
        Objects.requireNonNull(modifies, "modifies");
        Objects.requireNonNull(modifier, "modifier");
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.ref = ref;
        b.klass = klass;
        b.product = product;
        b.asset = asset;
        b.description = description;
        b.quantity = quantity;
        b.unitPrice = unitPrice;
        b.on = on;
        b.from = from;
        b.to = to;
        b.deliveries.addAll(deliveries);
        b.customer = customer;
        b.vendor = vendor;
        b.billing = billing;
        b.modifies = modifies;
        b.modifier = modifier;
        return b;
    }

    /** Builds drafts for code and tests: {@code LineItemDraft.builder().product(p).quantity(12).unitPrice(price).on(day).build()}. */
    public static final class Builder {
        private Optional<String> ref = Optional.empty();
        private Optional<KlassId> klass = Optional.empty();
        private Optional<ProductId> product = Optional.empty();
        private Optional<AssetId> asset = Optional.empty();
        private Optional<String> description = Optional.empty();
        private int quantity = 1;
        private Optional<BigDecimal> unitPrice = Optional.empty();
        private Optional<LocalDate> on = Optional.empty();
        private Optional<LocalDate> from = Optional.empty();
        private Optional<LocalDate> to = Optional.empty();
        private final List<OrderDelivery> deliveries = new ArrayList<>();
        private Optional<CustomerId> customer = Optional.empty();
        private Optional<VendorId> vendor = Optional.empty();
        private Optional<BillingDraft> billing = Optional.empty();
        private Optional<LineRef> modifies = Optional.empty();
        private Optional<OrderModifierId> modifier = Optional.empty();

        private Builder() {
        }

        public Builder ref(String ref) { this.ref = Optional.of(ref); return this; }
        public Builder klass(KlassId klass) { this.klass = Optional.of(klass); return this; }
        public Builder product(ProductId product) { this.product = Optional.of(product); return this; }
        public Builder asset(AssetId asset) { this.asset = Optional.of(asset); return this; }
        public Builder description(String description) { this.description = Optional.of(description); return this; }
        public Builder quantity(int quantity) { this.quantity = quantity; return this; }
        public Builder unitPrice(BigDecimal unitPrice) { this.unitPrice = Optional.of(unitPrice); return this; }
        public Builder unitPrice(String unitPrice) { return unitPrice(new BigDecimal(unitPrice)); }
        public Builder on(LocalDate on) { this.on = Optional.of(on); return this; }
        public Builder period(LocalDate from, LocalDate to) { this.from = Optional.of(from); this.to = Optional.of(to); return this; }
        public Builder from(LocalDate from) { this.from = Optional.of(from); return this; }
        public Builder to(LocalDate to) { this.to = Optional.of(to); return this; }
        public Builder delivery(OrderDelivery delivery) { this.deliveries.add(delivery); return this; }
        public Builder customer(CustomerId customer) { this.customer = Optional.of(customer); return this; }
        public Builder vendor(VendorId vendor) { this.vendor = Optional.of(vendor); return this; }
        public Builder billing(BillingDraft billing) { this.billing = Optional.of(billing); return this; }
        public Builder modifies(LineRef modifies) { this.modifies = Optional.of(modifies); return this; }
        public Builder modifies(String ref) { return modifies(LineRef.ref(ref)); }
        public Builder modifier(OrderModifierId modifier) { this.modifier = Optional.of(modifier); return this; }
        public Builder noDates() { this.on = Optional.empty(); this.from = Optional.empty(); this.to = Optional.empty(); return this; }

        public LineItemDraft build() {
            return new LineItemDraft(ref, klass, product, asset, description, quantity, unitPrice, on, from, to, deliveries,
                    customer, vendor, billing, modifies, modifier);
        }
    }
}

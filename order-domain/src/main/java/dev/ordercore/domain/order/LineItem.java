package dev.ordercore.domain.order;

import dev.ordercore.domain.catalog.AssetId;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.UnitPrice;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One unified line of an order (seed 003): a sale, a rental, a service, a purchase or a charge,
 * each a permutation of the same fields. All state lives on the line, including its own
 * lifecycle status. A line is immutable; changes produce a new line.
 */
public record LineItem(
        LineItemId id,
        Optional<String> ref,
        LineItemKind kind,
        Optional<KlassId> klass,
        Optional<ProductId> product,
        Optional<AssetId> asset,
        Optional<String> description,
        int quantity,
        UnitPrice unitPrice,
        Money amount,
        Dates dates,
        List<OrderDelivery> deliveries,
        Optional<CustomerId> customer,
        Optional<VendorId> vendor,
        Optional<BillingConfig> billing,
        Optional<LineItemId> modifies,
        Optional<Charge> charge,
        Optional<ProductSnapshot> snapshot,
        String lifecycle,
        String status,
        Instant addedAt) {

    public static final int MAX_QUANTITY = 1_000_000;
    public static final int MAX_DELIVERIES = 2;
    public static final int MAX_DESCRIPTION = 1000;
    public static final int MAX_REF = 64;

    public LineItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(klass, "klass");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(dates, "dates");
        deliveries = List.copyOf(deliveries);
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(billing, "billing");
        Objects.requireNonNull(modifies, "modifies");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(addedAt, "addedAt");
        // The invariants placement checks with full reports; here they are a last guard for rehydrated data.
        if (quantity < 1 || quantity > MAX_QUANTITY || asset.isPresent() && quantity != 1) {
            throw new IllegalArgumentException("quantity " + quantity + " breaks R3 on line " + id);
        }
        if (deliveries.size() > MAX_DELIVERIES || !dates.isPeriod() && deliveries.size() > 1) {
            throw new IllegalArgumentException(deliveries.size() + " deliveries break R4 on line " + id);
        }
        if (customer.isEmpty() && vendor.isEmpty()) {
            throw new IllegalArgumentException("line " + id + " has neither customer nor vendor (R5)");
        }
        if (dates.isPeriod() != billing.map(BillingConfig::isRecurring).orElse(false)) {
            throw new IllegalArgumentException("line " + id + ": billing timing and cycle are required exactly on two-date lines (R6)");
        }
        if (billing.map(BillingConfig::payer).filter(Payer.CUSTOMER::equals).isPresent() && customer.isEmpty()) {
            throw new IllegalArgumentException("line " + id + ": payer CUSTOMER needs a customer (R6)");
        }
        if (!amount.currency().equals(unitPrice.currency())) {
            throw new IllegalArgumentException("line " + id + " mixes currencies (R8)");
        }
        if (modifies.filter(id::equals).isPresent()) {
            throw new IllegalArgumentException("line " + id + " modifies itself (R7)");
        }
        if (charge.isPresent() && kind != LineItemKind.CHARGE) {
            throw new IllegalArgumentException("line " + id + " charges a modifier but is a " + kind + ", not a CHARGE");
        }
        if (charge.flatMap(Charge::rule).isPresent() && modifies.isEmpty()) {
            throw new IllegalArgumentException("line " + id + " was charged by a rule but modifies no line (R33)");
        }
        if (kind == LineItemKind.RENTAL && klass.isEmpty()) {
            throw new IllegalArgumentException("rental line " + id + " has no klass (R2)");
        }
    }

    /** Whether a modifier rule put this line on the order (R33), rather than a request. */
    public boolean isRuleCharge() {
        return charge.flatMap(Charge::rule).isPresent();
    }

    public LineItem withStatus(String newStatus) {
        return new LineItem(id, ref, kind, klass, product, asset, description, quantity, unitPrice, amount, dates, deliveries,
                customer, vendor, billing, modifies, charge, snapshot, lifecycle, newStatus, addedAt);
    }
}

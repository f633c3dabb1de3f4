package dev.ordercore.domain.order;

import dev.ordercore.domain.shared.Text;
import dev.ordercore.domain.catalog.Asset;
import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.lifecycle.Lifecycle;
import dev.ordercore.domain.pricing.RentalPricing;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.RoundingPolicy;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.UnitPrice;
import dev.ordercore.domain.shared.Violation;
import dev.ordercore.domain.shared.Violations;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns line drafts into lines, checking R1-R9 and reporting every violation of every line at
 * once, and prices lines that state no unit price from their klass (R32). Each rule is one named
 * check in {@link #CHECKS}; a new rule is one more entry.
 */
final class LinePlanner {

    private static final Pattern REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0," + (LineItem.MAX_REF - 1) + "}");

    /** What the lines are planned against: the order's currency and defaults, the catalog, the tenant's policies. */
    record Context(TenantId tenant, Currency currency, Optional<CustomerId> defaultCustomer, Optional<VendorId> defaultVendor,
                   CatalogSnapshot catalog, RoundingPolicy rounding, LifecycleSet lifecycles,
                   List<LineItem> existing, OrderIds ids, Instant now) {
        Context {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(currency, "currency");
            // R35 twice over: the application looks the catalog up in the tenant, and entries of any other tenant are unknown here.
            catalog = Objects.requireNonNull(catalog, "catalog").ofTenant(tenant);
            Objects.requireNonNull(rounding, "rounding");
            Objects.requireNonNull(lifecycles, "lifecycles");
            existing = List.copyOf(existing);
            Objects.requireNonNull(ids, "ids");
            Objects.requireNonNull(now, "now");
        }
    }

    /** The catalog entries a draft points at, after following asset → product → klass → category. */
    record Resolved(Optional<Klass> klass, Optional<Product> product, Optional<Asset> asset, Optional<Category> category) {
    }

    /** A draft with what could be worked out about it so far. */
    record Candidate(int index, LineItemDraft draft, LineItemId id, Optional<Dates> dates, Optional<Resolved> resolved,
                     Optional<CustomerId> customer, Optional<VendorId> vendor) {

        /** True when the draft states one date only (whatever else is wrong with its dates). */
        boolean oneDate() {
            return draft.on().isPresent() && draft.from().isEmpty() && draft.to().isEmpty();
        }

        boolean twoDates() {
            return draft.on().isEmpty() && draft.from().isPresent() && draft.to().isPresent();
        }
    }

    /** One rule over one line. */
    record Check(String rule, LineCheck check) {
    }

    @FunctionalInterface
    interface LineCheck {
        void apply(Candidate c, Context ctx, Violations v);
    }

    static final List<Check> CHECKS = List.of(
            new Check("R3 quantity", LinePlanner::quantity),
            new Check("R4 deliveries", LinePlanner::deliveries),
            new Check("R5 counterparties", LinePlanner::counterparties),
            new Check("R6 billing", LinePlanner::billing),
            new Check("R8 unit price", LinePlanner::unitPrice),
            new Check("R32 unit price from the klass", LinePlanner::klassPrice),
            new Check("description", LinePlanner::description),
            new Check("modifier", LinePlanner::modifier),
            new Check("catalog entries not deleted", LinePlanner::notDeleted));

    private LinePlanner() {
    }

    /**
     * The lines for {@code drafts}, numbered from position {@code firstPosition}, or nothing when
     * any violation was found; violations go to {@code v} under {@code field[i]}.
     */
    static List<LineItem> plan(List<LineItemDraft> drafts, Context ctx, Violations v, String field, int firstPosition) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            LineItemDraft d = drafts.get(i);
            Violations lv = v.at(field, i);
            Optional<Dates> dates = dates(d, lv);
            Optional<Resolved> resolved = resolve(d, ctx.catalog(), lv);
            Candidate c = new Candidate(i, d, ctx.ids().line(firstPosition + i), dates, resolved,
                    d.customer().or(ctx::defaultCustomer), d.vendor().or(ctx::defaultVendor));
            for (Check check : CHECKS) {
                check.check().apply(c, ctx, lv);
            }
            candidates.add(c);
        }
        refs(candidates, ctx, v, field);
        Map<Integer, LineItemId> modifies = modifiers(candidates, ctx, v, field);
        if (!v.isEmpty()) {
            return List.of(); // whatever failed, here or before (an unusable currency, say), no line is built
        }
        List<LineItem> lines = new ArrayList<>();
        for (Candidate c : candidates) {
            lines.add(build(c, ctx, Optional.ofNullable(modifies.get(c.index()))));
        }
        return lines;
    }

    // R1: one date, or a half-open period from < to.
    private static Optional<Dates> dates(LineItemDraft d, Violations v) {
        boolean on = d.on().isPresent();
        boolean from = d.from().isPresent();
        boolean to = d.to().isPresent();
        if (on && (from || to)) {
            v.add("on", "dates_conflict", "a line has one date (on) or two (from and to), not both (R1)");
            return Optional.empty();
        }
        boolean outOfRange = false;
        for (var field : List.of(Map.entry("on", d.on()), Map.entry("from", d.from()), Map.entry("to", d.to()))) {
            if (field.getValue().isPresent() && Dates.outOfRange(v, field.getKey(), field.getKey(), field.getValue().get(), "R1")) {
                outOfRange = true;
            }
        }
        if (outOfRange) {
            return Optional.empty();
        }
        if (on) {
            return Optional.of(Dates.on(d.on().get()));
        }
        if (!from && !to) {
            v.add("on", "dates_missing", "a line has one date (on) or two (from and to) (R1)");
            return Optional.empty();
        }
        if (from != to) {
            v.add(from ? "to" : "from", "dates_incomplete", "a two-date line needs both from and to (R1)");
            return Optional.empty();
        }
        if (!d.from().get().isBefore(d.to().get())) {
            v.add("to", "period_not_forward", "to (" + d.to().get() + ") must be after from (" + d.from().get()
                    + "); the period is half-open (R1)");
            return Optional.empty();
        }
        return Optional.of(Dates.period(d.from().get(), d.to().get()));
    }

    // The catalog references of a line must exist in the tenant and agree with each other (R2, R9 need them).
    private static Optional<Resolved> resolve(LineItemDraft d, CatalogSnapshot catalog, Violations v) {
        int before = v.size();
        Optional<Asset> asset = d.asset().flatMap(id -> {
            Optional<Asset> a = catalog.asset(id);
            if (a.isEmpty()) {
                v.add("assetId", "unknown_asset", "no asset " + id);
            }
            return a;
        });
        Optional<Product> product = d.product().flatMap(id -> {
            Optional<Product> p = catalog.product(id);
            if (p.isEmpty()) {
                v.add("productId", "unknown_product", "no product " + id);
            }
            return p;
        });
        if (asset.isPresent() && product.isPresent() && !asset.get().product().equals(product.get().id())) {
            v.add("assetId", "asset_product_mismatch", "asset " + asset.get().id() + " is a unit of product "
                    + asset.get().product() + ", not of " + product.get().id());
        }
        if (product.isEmpty() && asset.isPresent() && d.product().isEmpty()) {
            product = catalog.product(asset.get().product());
        }
        Optional<Klass> klass = d.klass().flatMap(id -> {
            Optional<Klass> k = catalog.klass(id);
            if (k.isEmpty()) {
                v.add("klassId", "unknown_klass", "no klass " + id);
            }
            return k;
        });
        if (klass.isPresent() && product.isPresent() && !product.get().klass().equals(klass.get().id())) {
            v.add("klassId", "klass_product_mismatch", "product " + product.get().id() + " is of klass "
                    + product.get().klass() + ", not " + klass.get().id());
        }
        if (klass.isEmpty() && product.isPresent() && d.klass().isEmpty()) {
            klass = catalog.klass(product.get().klass());
        }
        Optional<Category> category = klass.flatMap(k -> catalog.category(k.category()));
        if (v.size() > before) {
            return Optional.empty();
        }
        if (asset.isPresent() && product.isEmpty() || product.isPresent() && klass.isEmpty() || klass.isPresent() && category.isEmpty()) {
            throw new IllegalStateException("the catalog snapshot is missing the product, klass or category of line " + d.ref().orElse("?"));
        }
        return Optional.of(new Resolved(klass, product, asset, category));
    }

    // R3: a line bound to an asset has quantity 1; other lines have quantity >= 1.
    private static void quantity(Candidate c, Context ctx, Violations v) {
        int q = c.draft().quantity();
        if (c.draft().asset().isPresent() && q != 1) {
            v.add("quantity", "asset_quantity", "a line bound to an asset has quantity 1; " + q
                    + " units of assets are " + q + " lines (R3)");
        } else if (q < 1) {
            v.add("quantity", "quantity_too_small", "quantity is at least 1, got " + q + " (R3)");
        } else if (q > LineItem.MAX_QUANTITY) {
            v.add("quantity", "quantity_too_large", "quantity is at most " + LineItem.MAX_QUANTITY + ", got " + q);
        }
    }

    // R4: 0-2 deliveries, at most one on a one-date line, and not two in the same direction.
    private static void deliveries(Candidate c, Context ctx, Violations v) {
        List<OrderDelivery> ds = c.draft().deliveries();
        for (int i = 0; i < ds.size(); i++) {
            Dates.outOfRange(v, "deliveries[" + i + "].date", "a delivery's date", ds.get(i).date(), "R1, R4");
        }
        if (ds.size() > LineItem.MAX_DELIVERIES) {
            v.add("deliveries", "too_many_deliveries", "a line has at most " + LineItem.MAX_DELIVERIES
                    + " deliveries, got " + ds.size() + " (R4)");
        } else if (c.oneDate() && ds.size() > 1) {
            v.add("deliveries", "too_many_deliveries", "a one-date line has at most one delivery, got " + ds.size() + " (R4)");
        } else if (ds.size() == 2 && ds.get(0).direction() == ds.get(1).direction()) {
            v.add("deliveries", "duplicate_direction", "a line's two deliveries go out and back, not both "
                    + ds.get(0).direction() + " (R4)");
        }
    }

    // R5: a line has a customer, a vendor or both; absent means the tenant's business, and both absent is business to itself.
    private static void counterparties(Candidate c, Context ctx, Violations v) {
        if (c.customer().isEmpty() && c.vendor().isEmpty()) {
            v.add("customerId", "no_counterparty", "a line has a customer, a vendor or both, on the line or as the order's default (R5)");
        }
    }

    // R6: timing and cycle on two-date lines only; payer CUSTOMER needs a customer, WARRANTY a warranty id; terms 0-365.
    private static void billing(Candidate c, Context ctx, Violations v) {
        Optional<BillingDraft> billing = c.draft().billing();
        if (c.twoDates() && billing.isEmpty()) {
            v.add("billing", "billing_required", "a two-date line needs billing with timing and cycle (R6)");
            return;
        }
        if (billing.isEmpty()) {
            return;
        }
        BillingDraft b = billing.get();
        Violations bv = v.at("billing");
        if (c.twoDates()) {
            bv.check(b.timing().isEmpty(), "timing", "timing_required", "a two-date line needs a billing timing, UPFRONT or IN_ARREARS (R6)");
            bv.check(b.cycle().isEmpty(), "cycle", "cycle_required", "a two-date line needs a billing cycle (R6)");
            if (b.cycle().isPresent() && c.dates().orElse(null) instanceof Dates.Period p
                    && p.to().isAfter(b.cycle().get().cycleStart(p.from(), BillingConfig.MAX_CYCLES))) {
                bv.add("cycle", "too_many_cycles", "a line is billed in at most " + BillingConfig.MAX_CYCLES + " cycles (R34); "
                        + p.from() + " to " + p.to() + " is more " + b.cycle().get() + " cycles than that: choose a longer cycle");
            }
        } else if (c.oneDate()) {
            bv.check(b.timing().isPresent(), "timing", "timing_not_allowed", "billing timing applies to two-date lines only (R6)");
            bv.check(b.cycle().isPresent(), "cycle", "cycle_not_allowed", "a billing cycle applies to two-date lines only (R6)");
        }
        b.termsDays().ifPresent(t -> bv.check(t < 0 || t > BillingConfig.MAX_TERMS_DAYS, "termsDays", "terms_out_of_range",
                "terms are 0-" + BillingConfig.MAX_TERMS_DAYS + " days, got " + t + " (R6)"));
        if (b.payer().isEmpty()) {
            bv.add("payer", "payer_required", "billing names the payer: CUSTOMER, BUSINESS or WARRANTY (R6)");
        } else {
            Payer payer = b.payer().get();
            bv.check(payer == Payer.CUSTOMER && c.customer().isEmpty(), "payer", "payer_needs_customer",
                    "payer CUSTOMER needs a customer on the line or the order (R6)");
            bv.check(payer == Payer.WARRANTY && b.warranty().isEmpty(), "warrantyId", "warranty_required",
                    "payer WARRANTY needs a warranty id (R6)");
            bv.check(payer != Payer.WARRANTY && b.warranty().isPresent(), "warrantyId", "warranty_not_allowed",
                    "a warranty id is given only when the payer is WARRANTY (R6)");
        }
    }

    // R8: a given unit price is not negative, in the order's currency by construction, with at most 6 decimals.
    private static void unitPrice(Candidate c, Context ctx, Violations v) {
        c.draft().unitPrice().ifPresent(price ->
                UnitPrice.violation(price).ifPresent(problem -> v.add("unitPrice", problem.code(), problem.message())));
    }

    // R32: a line that states no unit price takes it from its klass, or is refused saying why it cannot.
    private static void klassPrice(Candidate c, Context ctx, Violations v) {
        if (c.draft().unitPrice().isEmpty()) {
            priceFromKlass(c, ctx, v);
        }
    }

    /**
     * The unit price of a line that states none (R32): its klass's sale price in the order's currency
     * for a one-date line, the cheapest cover of its period by the klass's frequency prices for a
     * two-date line (the price of the whole period for one unit). A line without klass, product or
     * asset has nothing to be priced from, and a purchase is priced by its vendor, not by the
     * business's own prices: both need a unit price. Violations go to {@code v}; problems with
     * the dates or the catalog references are reported by their own checks and give no price here.
     */
    private static Optional<BigDecimal> priceFromKlass(Candidate c, Context ctx, Violations v) {
        LineItemDraft d = c.draft();
        if (d.klass().isEmpty() && d.product().isEmpty() && d.asset().isEmpty()) {
            v.add("unitPrice", "unit_price_required", "unitPrice is required on a line without klass, product or asset: "
                    + "there is no klass to price it from (R32)");
            return Optional.empty();
        }
        if (c.resolved().isEmpty() || c.dates().isEmpty()) {
            return Optional.empty();
        }
        Resolved r = c.resolved().get();
        Klass klass = r.klass().orElseThrow();
        Currency currency = ctx.currency();
        if (kind(c, r, c.dates().get()) == LineItemKind.PURCHASE) {
            v.add("unitPrice", "unit_price_required", "a purchase states the vendor's unit price; klass " + klass.id()
                    + "'s prices are what the business charges (R32)");
            return Optional.empty();
        }
        Optional<Money> price;
        if (c.dates().get() instanceof Dates.Period period) {
            if (period.days() > RentalPricing.MAX_DAYS) {
                v.add("unitPrice", "rental_period_too_long", "a rental of " + period.days() + " days is longer than the "
                        + RentalPricing.MAX_DAYS + " days priced from a klass; state its unitPrice (R32)");
                return Optional.empty();
            }
            price = RentalPricing.cheapest(klass.pricing(), currency, period.days()).map(RentalPricing.RentalPrice::total);
            if (price.isEmpty()) {
                v.add("unitPrice", "no_rental_price", "klass " + klass.id() + " has no rental (frequency) price in " + currency
                        + " to price this period from, and the line states no unitPrice; its prices: " + pricesOf(klass) + " (R32)");
            }
        } else {
            price = klass.price(Optional.empty(), currency);
            if (price.isEmpty()) {
                v.add("unitPrice", "no_sale_price", "klass " + klass.id() + " has no sale price in " + currency
                        + ", and the line states no unitPrice; its prices: " + pricesOf(klass) + " (R32)");
            }
        }
        Optional<Violation> tooLarge = price.flatMap(p -> UnitPrice.violation(p.amount()));
        if (tooLarge.isPresent()) {
            v.add("unitPrice", tooLarge.get().code(), "the price from klass " + klass.id() + ", " + price.get() + ": "
                    + tooLarge.get().message());
            return Optional.empty();
        }
        return price.map(Money::amount);
    }

    private static String pricesOf(Klass klass) {
        if (klass.pricing().isEmpty()) {
            return "none";
        }
        return klass.pricing().stream()
                .map(p -> p.frequency().map(Enum::name).orElse("sale") + " " + p.price())
                .collect(Collectors.joining(", "));
    }

    private static void description(Candidate c, Context ctx, Violations v) {
        c.draft().description().ifPresent(d -> {
            if (d.isBlank()) {
                v.add("description", "blank", "description must not be blank when given");
            } else if (d.length() > LineItem.MAX_DESCRIPTION) {
                v.add("description", "too_long", "description has at most " + LineItem.MAX_DESCRIPTION + " characters");
            } else if (!Text.storable(d)) {
                Text.unstorable(v, "description");
            }
        });
    }

    // A line naming a modifier is a charge of it: no klass or product, and the modifier exists and is not deleted.
    private static void modifier(Candidate c, Context ctx, Violations v) {
        c.draft().modifier().ifPresent(id -> {
            Optional<OrderModifier> m = ctx.catalog().modifier(id);
            if (m.isEmpty()) {
                v.add("modifierId", "unknown_modifier", "no modifier " + id);
            } else if (m.get().isDeleted()) {
                v.add("modifierId", "modifier_deleted", "modifier " + id + " was deleted and charges no new line");
            }
            if (c.draft().klass().isPresent() || c.draft().product().isPresent() || c.draft().asset().isPresent()) {
                v.add("modifierId", "modifier_needs_charge", "a line charging a modifier is a CHARGE: it has no klass, product or asset (R2)");
            }
        });
    }

    // A new line may not use a deleted catalog entry, nor a product, klass or category a deleted entry hangs on; lines placed
    // before the deletion keep theirs. Each is reported at the field the draft named that leads to it.
    private static void notDeleted(Candidate c, Context ctx, Violations v) {
        c.resolved().ifPresent(r -> {
            LineItemDraft d = c.draft();
            String named = d.asset().isPresent() ? "assetId" : d.product().isPresent() ? "productId" : "klassId";
            r.asset().filter(Asset::isDeleted).ifPresent(a -> v.add("assetId", "asset_deleted", "asset " + a.id() + " was deleted"));
            r.product().filter(Product::isDeleted).ifPresent(p -> v.add(d.product().isPresent() ? "productId" : named, "product_deleted",
                    "product " + p.id() + " was deleted"));
            r.klass().filter(Klass::isDeleted).ifPresent(k -> v.add(d.klass().isPresent() ? "klassId" : named, "klass_deleted",
                    "klass " + k.id() + " was deleted"));
            r.category().filter(Category::isDeleted).ifPresent(cat -> v.add(d.klass().isPresent() ? "klassId" : named, "category_deleted",
                    "the klass's category " + cat.id() + " was deleted"));
        });
    }

    // Refs are labels a request uses for modifies; they are unique among the order's lines.
    private static void refs(List<Candidate> candidates, Context ctx, Violations v, String field) {
        Set<String> taken = new HashSet<>();
        ctx.existing().forEach(l -> l.ref().ifPresent(taken::add));
        for (Candidate c : candidates) {
            c.draft().ref().ifPresent(ref -> {
                Violations lv = v.at(field, c.index());
                if (!REF.matcher(ref).matches()) {
                    lv.add("ref", "invalid_ref", "a ref is 1-64 characters of letters, digits and _ . - starting with a letter or digit");
                } else if (!taken.add(ref)) {
                    lv.add("ref", "duplicate_ref", "ref '" + ref + "' names another line of this order already");
                }
            });
        }
    }

    // R7: a modifier line modifies a line of the same order, and modifier chains have no cycles.
    private static Map<Integer, LineItemId> modifiers(List<Candidate> candidates, Context ctx, Violations v, String field) {
        Map<String, LineItemId> byRef = new HashMap<>();
        for (Candidate c : candidates) {
            c.draft().ref().ifPresent(r -> byRef.putIfAbsent(r, c.id()));
        }
        Set<LineItemId> existingIds = new HashSet<>();
        Map<LineItemId, LineItemId> edges = new HashMap<>();
        for (LineItem l : ctx.existing()) {
            existingIds.add(l.id());
            l.modifies().ifPresent(target -> edges.put(l.id(), target));
        }
        Map<Integer, LineItemId> resolved = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.draft().modifies().isEmpty()) {
                continue;
            }
            Violations lv = v.at(field, c.index());
            LineRef ref = c.draft().modifies().get();
            Optional<LineItemId> target = ref instanceof LineRef.ByRef r
                    ? Optional.ofNullable(byRef.get(r.ref()))
                    : Optional.of(((LineRef.ById) ref).id()).filter(existingIds::contains);
            if (target.isEmpty()) {
                lv.add("modifies", "unknown_line", "modifies " + ref + ", which is not a line of this order (R7)");
            } else if (target.get().equals(c.id())) {
                lv.add("modifies", "modifies_itself", "a line cannot modify itself (R7)");
            } else {
                resolved.put(c.index(), target.get());
                edges.put(c.id(), target.get());
            }
        }
        for (Candidate c : candidates) {
            if (!resolved.containsKey(c.index())) {
                continue;
            }
            Set<LineItemId> path = new LinkedHashSet<>();
            LineItemId at = c.id();
            while (at != null && path.add(at)) {
                at = edges.get(at);
            }
            if (at != null && at.equals(c.id())) {
                v.at(field, c.index()).add("modifies", "modifier_cycle", "modifier chain has a cycle through this line (R7)");
            }
        }
        return resolved;
    }

    // R2
    private static LineItemKind kind(Candidate c, Resolved r, Dates dates) {
        return LineItemKind.derive(new LineItemKind.Facts(r.klass().isPresent(), r.product().isPresent(),
                dates.isPeriod(), c.customer().isPresent(), c.vendor().isPresent(), r.category().map(Category::type)));
    }

    private static LineItem build(Candidate c, Context ctx, Optional<LineItemId> modifies) {
        LineItemDraft d = c.draft();
        Resolved r = c.resolved().orElseThrow();
        Dates dates = c.dates().orElseThrow();
        LineItemKind kind = kind(c, r, dates);
        UnitPrice price = new UnitPrice(d.unitPrice().or(() -> priceFromKlass(c, ctx, new Violations())).orElseThrow(), ctx.currency());
        Optional<BillingConfig> billing = d.billing().map(b -> new BillingConfig(b.timing(), b.cycle(), b.termsDays().orElse(0),
                b.payer().orElseThrow(), b.warranty()));
        Optional<ProductSnapshot> snapshot = r.product().map(p -> ProductSnapshot.of(p, r.klass().orElseThrow()));
        Lifecycle lifecycle = ctx.lifecycles().forLine(kind);
        return new LineItem(c.id(), d.ref(), kind, r.klass().map(Klass::id), r.product().map(Product::id), r.asset().map(Asset::id),
                d.description().map(String::strip), d.quantity(), price, price.times(d.quantity(), ctx.rounding()), dates,
                d.deliveries(), c.customer(), c.vendor(), billing, modifies,
                d.modifier().map(id -> new Charge(id, ctx.catalog().modifier(id).orElseThrow().kind(), Optional.empty())), snapshot, lifecycle.name(), lifecycle.initial(),
                ctx.now());
    }
}

package dev.ordercore.domain.catalog;

import dev.ordercore.domain.shared.Decimals;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.UnitPrice;
import dev.ordercore.domain.shared.Violation;
import dev.ordercore.domain.shared.Violations;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One model for what is rented, sold or serviced (seed 003's Klass, replacing RentalClass,
 * SaleClass and ServiceClass): a name, a category, and its prices as data. At most one price per
 * frequency and currency.
 */
public record Klass(KlassId id, TenantId tenant, String name, CategoryId category, List<KlassPricing> pricing, Instant createdAt,
                    Optional<Instant> deletedAt) {

    public Klass {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(deletedAt, "deletedAt");
        pricing = List.copyOf(pricing);
        Violations v = new Violations();
        check(v, name, pricing);
        if (!v.isEmpty()) {
            throw new IllegalArgumentException(v.toList().toString());
        }
    }

    /** A klass that is not deleted. */
    public Klass(KlassId id, TenantId tenant, String name, CategoryId category, List<KlassPricing> pricing, Instant createdAt) {
        this(id, tenant, name, category, pricing, createdAt, Optional.empty());
    }

    /**
     * A new klass in {@code category}, which the caller has looked up in the same tenant. Every
     * violation is reported; {@code null} inputs count as missing.
     */
    public static Result<Klass, OrderError> create(KlassId id, TenantId tenant, String name, CategoryId category,
                                                   List<PriceDraft> pricing, Instant now) {
        Violations v = new Violations();
        List<KlassPricing> prices = new ArrayList<>();
        List<PriceDraft> drafts = pricing == null ? List.of() : pricing;
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i) == null) {
                v.at("pricing", i).here("required", "a price entry is required, not null");
            } else {
                drafts.get(i).toPricing(v.at("pricing", i)).ifPresent(prices::add);
            }
        }
        check(v, name, prices);
        CatalogText.required(v, "categoryId", category);
        return v.isEmpty() ? Result.ok(new Klass(id, tenant, name.strip(), category, prices, now)) : v.toResult(null);
    }

    public boolean isDeleted() {
        return deletedAt.isPresent();
    }

    /** This klass deleted at {@code at}; one already deleted keeps the time it was first deleted. */
    public Klass deleted(Instant at) {
        return isDeleted() ? this : new Klass(id, tenant, name, category, pricing, createdAt, Optional.of(at));
    }

    /**
     * What prices a klass in a category of {@code type} may have: a SALE or PART category holds
     * things that are sold, never rented, so their klasses carry a sale price (no frequency) only.
     * A frequency there is refused at {@code pricing[i].frequency}. Other types may have both.
     */
    public static List<Violation> pricingFits(CategoryType type, List<PriceDraft> pricing) {
        Violations v = new Violations();
        if (type == CategoryType.SALE || type == CategoryType.PART) {
            List<PriceDraft> drafts = pricing == null ? List.of() : pricing;
            for (int i = 0; i < drafts.size(); i++) {
                PriceDraft p = drafts.get(i);
                if (p != null && p.frequency() != null) {
                    v.at("pricing", i).add("frequency", "frequency_not_allowed", "a klass in a " + type
                            + " category is sold, not rented: its prices have no frequency (a null frequency is the sale price), got "
                            + p.frequency());
                }
            }
        }
        return v.toList();
    }

    /** The price for {@code frequency} (empty = the sale price) in {@code currency}, if the klass has one. */
    public Optional<Money> price(Optional<Frequency> frequency, Currency currency) {
        return pricing.stream()
                .filter(p -> p.frequency().equals(frequency) && p.price().currency().equals(currency))
                .map(KlassPricing::price)
                .findFirst();
    }

    private static void check(Violations v, String name, List<KlassPricing> pricing) {
        CatalogText.name(v, "name", name);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < pricing.size(); i++) {
            KlassPricing p = pricing.get(i);
            String key = p.frequency().map(Enum::name).orElse("SALE") + "/" + p.price().currency();
            if (!seen.add(key)) {
                v.at("pricing", i).here("duplicate_price", "a klass has one "
                        + p.frequency().map(f -> f + " price").orElse("sale price") + " per currency; "
                        + p.price().currency() + " appears twice");
            }
        }
    }

    /** A price as a request states it; {@code null} means absent (a null frequency is the sale price). */
    public record PriceDraft(Frequency frequency, BigDecimal price, Currency currency) {

        Optional<KlassPricing> toPricing(Violations v) {
            int before = v.size();
            if (price == null) {
                v.add("price", "required", "price is required");
            } else if (price.signum() < 0) {
                v.add("price", "negative", "a price is never negative, got " + Decimals.show(price));
            }
            if (currency == null) {
                v.add("currency", "required", "currency is required");
            } else if (currency.getDefaultFractionDigits() < 0) {
                v.add("currency", "invalid_currency", currency + " has no minor units and cannot price anything");
            } else if (price != null && price.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
                v.add("price", "too_many_decimals",
                        currency + " prices have at most " + currency.getDefaultFractionDigits() + " decimals");
            }
            if (price != null && Decimals.integerDigits(price) > UnitPrice.MAX_INTEGER_DIGITS) {
                v.add("price", "price_too_large", "a price has at most " + UnitPrice.MAX_INTEGER_DIGITS + " digits before the point");
            }
            if (v.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new KlassPricing(Optional.ofNullable(frequency), Money.of(price, currency)));
        }
    }
}

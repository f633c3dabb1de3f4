package dev.ordercore.domain.testing;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.access.Role;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.VendorId;
import dev.ordercore.domain.shared.Address;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.RoundingPolicy;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.UnitPrice;
import dev.ordercore.domain.shared.Uuids;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * Generators for the values every part of the model shares: tenants, ids, currencies, money, unit
 * prices, rounding policies, addresses, dates and principals. Each is built through the domain's
 * own constructors and factories, so a generated value is always one the domain accepts.
 *
 * <p>Use the static methods to compose, or the nested {@link ArbitrarySupplier}s with
 * {@code @ForAll(supplier = ValueArbitraries.Currencies.class) Currency currency}.
 */
public final class ValueArbitraries {

    /** When generated orders happen: a fixed day, so runs are reproducible from jqwik's seed alone. */
    public static final Instant EPOCH = Instant.parse("2026-01-14T09:00:00Z");

    /**
     * Currencies an order may use (ISO 4217 with minor units), chosen to cover 0 (JPY, ISK), 2 (SEK,
     * EUR, USD, DKK, GBP) and 3 (KWD, BHD) decimals.
     */
    public static final List<String> USABLE_CURRENCIES = List.of("SEK", "EUR", "USD", "DKK", "GBP", "JPY", "ISK", "KWD", "BHD");

    private ValueArbitraries() {
    }

    public static Arbitrary<TenantId> tenantIds() {
        Arbitrary<String> slugs = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789_-")
                .ofMinLength(0).ofMaxLength(20)
                .flatMap(rest -> Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789").ofLength(1)
                        .map(first -> first + rest));
        Arbitrary<String> uuids = uuids().map(UUID::toString);
        return Arbitraries.oneOf(slugs, uuids).map(TenantId::of);
    }

    /** A generator of ids as the domain makes them, seeded so that jqwik can reproduce and shrink it. */
    public static Arbitrary<Uuids> uuidGenerators() {
        return Arbitraries.longs().map(ValueArbitraries::uuidGenerator);
    }

    /** The UUIDv7 generator for {@code seed}, on a clock fixed at {@link #EPOCH}. */
    public static Uuids uuidGenerator(long seed) {
        return new Uuids(Clock.fixed(EPOCH, ZoneOffset.UTC), new Random(seed));
    }

    /** UUIDv7 values made by {@link Uuids}. */
    public static Arbitrary<UUID> uuids() {
        return uuidGenerators().map(Uuids::next);
    }

    /** Ids of any id type: {@code ids(CustomerId::new)}. */
    public static <T> Arbitrary<T> ids(Function<UUID, T> id) {
        return uuids().map(id);
    }

    public static Arbitrary<CustomerId> customerIds() {
        return ids(CustomerId::new);
    }

    public static Arbitrary<VendorId> vendorIds() {
        return ids(VendorId::new);
    }

    public static Arbitrary<Currency> currencies() {
        return Arbitraries.of(USABLE_CURRENCIES).map(Currency::getInstance);
    }

    /** Amounts of {@code currency} between 0 and {@code max}, at the currency's minor units. */
    public static Arbitrary<Money> money(Currency currency, long max) {
        int minor = Money.minorUnits(currency);
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(max)).ofScale(minor)
                .map(amount -> Money.of(amount, currency));
    }

    public static Arbitrary<Money> money() {
        return currencies().flatMap(c -> money(c, 1_000_000));
    }

    /**
     * Unit price amounts for {@code currency}: up to {@link UnitPrice#MAX_DECIMALS} decimals, so that
     * sub-cent prices (0.125 per gram) and prices that need rounding after multiplying both occur.
     */
    public static Arbitrary<BigDecimal> unitPriceAmounts(Currency currency) {
        Arbitrary<Integer> scales = Arbitraries.integers().between(0, UnitPrice.MAX_DECIMALS)
                .withDistribution(RandomDistribution.uniform());
        Arbitrary<Long> unscaled = Arbitraries.longs().between(0, 50_000L * 1_000_000L);
        return Combinators.combine(unscaled, scales)
                .as((u, scale) -> BigDecimal.valueOf(u % (50_000L * BigDecimal.TEN.pow(scale).longValueExact() + 1), scale));
    }

    public static Arbitrary<UnitPrice> unitPrices(Currency currency) {
        return unitPriceAmounts(currency).map(amount -> new UnitPrice(amount, currency));
    }

    public static Arbitrary<UnitPrice> unitPrices() {
        return currencies().flatMap(ValueArbitraries::unitPrices);
    }

    public static Arbitrary<RoundingPolicy> roundingPolicies() {
        return Combinators.combine(
                        Arbitraries.of(RoundingMode.HALF_EVEN, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.UP,
                                RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR),
                        Arbitraries.of(RoundingPolicy.TaxRounding.class))
                .as(RoundingPolicy::new)
                .edgeCases(edges -> edges.add(RoundingPolicy.DEFAULT));
    }

    public static Arbitrary<Address> addresses() {
        Arbitrary<String> words = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20);
        Arbitrary<Integer> numbers = Arbitraries.integers().between(1, 300);
        Arbitrary<String> line1 = Combinators.combine(words, numbers).as((w, n) -> w + "gatan " + n);
        Arbitrary<Optional<String>> line2 = words.map(w -> "c/o " + w).optional(0.3);
        Arbitrary<String> postal = Arbitraries.strings().numeric().ofLength(5).map(p -> p.substring(0, 3) + " " + p.substring(3));
        Arbitrary<String> country = Arbitraries.of("SE", "DK", "NO", "FI", "DE", "JP", "KW", "US");
        return Combinators.combine(line1, line2, postal, words, country).as(Address::new);
    }

    /** Days from 2020 to 2035: order dates, delivery dates, the start of rental periods. */
    public static Arbitrary<LocalDate> dates() {
        LocalDate first = LocalDate.of(2020, 1, 1);
        return Arbitraries.integers().between(0, 365 * 15).map(first::plusDays);
    }

    /** An operator of {@code tenant}: may place, move and adjust orders, not force past blocks. */
    public static Principal operator(TenantId tenant) {
        return Principal.user("operator@" + tenant, tenant, Role.OPERATOR);
    }

    /** An admin of {@code tenant}: may also force transitions past blocking entries (R15) and close cases by force (R29). */
    public static Principal admin(TenantId tenant) {
        return Principal.user("admin@" + tenant, tenant, Role.ADMIN);
    }

    public static Principal viewer(TenantId tenant) {
        return Principal.user("viewer@" + tenant, tenant, Role.VIEWER);
    }

    public static Arbitrary<Principal> tenantUsers(TenantId tenant) {
        return Arbitraries.of(Role.class).map(role -> Principal.user(role.name().toLowerCase() + "@" + tenant, tenant, role));
    }

    public static final class Tenants implements ArbitrarySupplier<TenantId> {
        @Override
        public Arbitrary<TenantId> get() {
            return tenantIds();
        }
    }

    public static final class Currencies implements ArbitrarySupplier<Currency> {
        @Override
        public Arbitrary<Currency> get() {
            return currencies();
        }
    }

    public static final class Amounts implements ArbitrarySupplier<Money> {
        @Override
        public Arbitrary<Money> get() {
            return money();
        }
    }

    public static final class UnitPrices implements ArbitrarySupplier<UnitPrice> {
        @Override
        public Arbitrary<UnitPrice> get() {
            return unitPrices();
        }
    }

    public static final class RoundingPolicies implements ArbitrarySupplier<RoundingPolicy> {
        @Override
        public Arbitrary<RoundingPolicy> get() {
            return roundingPolicies();
        }
    }

    public static final class Addresses implements ArbitrarySupplier<Address> {
        @Override
        public Arbitrary<Address> get() {
            return addresses();
        }
    }
}

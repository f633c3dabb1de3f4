package dev.ordercore.domain.pricing;

import dev.ordercore.domain.catalog.Frequency;
import dev.ordercore.domain.catalog.KlassPricing;
import dev.ordercore.domain.pricing.RentalPricing.RentalPrice;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.testing.PricingArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** R32: a rental costs the cheapest cover of its period by the klass's frequency prices, and a longer one never costs less. */
@StatisticsReport(onFailureOnly = true)
class RentalPricingProperties {

    /** A klass's price list, the currency to price in and another currency its list also has prices in. */
    record PriceList(List<KlassPricing> prices, Currency currency, Currency other) {
        Map<Frequency, Money> inCurrency() {
            Map<Frequency, Money> map = new EnumMap<>(Frequency.class);
            prices.stream().filter(p -> p.frequency().isPresent() && p.price().currency().equals(currency))
                    .forEach(p -> map.put(p.frequency().get(), p.price()));
            return map;
        }
    }

    @Provide
    Arbitrary<PriceList> priceLists() {
        return PricingArbitraries.currencyPairs().flatMap(pair -> PricingArbitraries.frequencyPrices(pair.get1(), pair.get2())
                .map(prices -> new PriceList(prices, pair.get1(), pair.get2())));
    }

    @Provide
    Arbitrary<PriceList> shuffledPriceLists() {
        return Combinators.combine(priceLists(), Arbitraries.randoms()).as((list, random) -> {
            List<KlassPricing> shuffled = new ArrayList<>(list.prices());
            Collections.shuffle(shuffled, random);
            return new PriceList(shuffled, list.currency(), list.other());
        });
    }

    private static RentalPrice cheapest(PriceList list, long days) {
        return RentalPricing.cheapest(list.prices(), list.currency(), days).orElseThrow();
    }

    @Property(tries = 200)
    @Label("R32 a longer rental never costs less")
    void a_longer_rental_never_costs_less(@ForAll("priceLists") PriceList list, @ForAll @IntRange(min = 1, max = 400) int days,
                                          @ForAll @IntRange(min = 1, max = 400) int longer) {
        Money shorter = cheapest(list, days).total();
        Money longerPrice = cheapest(list, days + longer).total();

        Statistics.collect(longerPrice.compareTo(shorter) == 0 ? "same price" : "dearer");
        assertThat(longerPrice).isGreaterThanOrEqualTo(shorter);
    }

    @Property(tries = 150)
    @Label("R32 the cheapest cover equals the cheapest of all combinations found by brute force, with the fewest prices among equals")
    void the_cheapest_cover_equals_brute_force(@ForAll("priceLists") PriceList list, @ForAll @IntRange(min = 1, max = 60) int days) {
        Map<Frequency, Money> prices = list.inCurrency();
        List<Frequency> fs = List.copyOf(prices.keySet());
        BigDecimal[] best = {null};
        int[] fewest = {Integer.MAX_VALUE};
        enumerate(fs, 0, new int[fs.size()], days, (counts) -> {
            BigDecimal total = BigDecimal.ZERO;
            int units = 0;
            for (int i = 0; i < fs.size(); i++) {
                total = total.add(prices.get(fs.get(i)).amount().multiply(BigDecimal.valueOf(counts[i])));
                units += counts[i];
            }
            int c = best[0] == null ? -1 : total.compareTo(best[0]);
            if (c < 0 || c == 0 && units < fewest[0]) {
                best[0] = total;
                fewest[0] = units;
            }
        });

        RentalPrice price = cheapest(list, days);

        Statistics.collect(price.coveredDays() > days ? "overshoots" : "exact cover");
        assertThat(price.total().amount()).isEqualByComparingTo(best[0]);
        assertThat(price.units()).isEqualTo(fewest[0]);
    }

    /** Calls {@code visit} with every count vector over {@code fs} whose days cover {@code days} without a needless price. */
    private static void enumerate(List<Frequency> fs, int at, int[] counts, int days, Consumer<int[]> visit) {
        if (at == fs.size()) {
            long covered = 0;
            for (int i = 0; i < fs.size(); i++) {
                covered += (long) counts[i] * fs.get(i).pricingDays();
            }
            if (covered >= days) {
                visit.accept(counts);
            }
            return;
        }
        int most = (days + fs.get(at).pricingDays() - 1) / fs.get(at).pricingDays();
        for (int c = 0; c <= most; c++) {
            counts[at] = c;
            enumerate(fs, at + 1, counts, days, visit);
        }
        counts[at] = 0;
    }

    @Property(tries = 200)
    @Label("R32 the chosen prices cover the period and cost exactly the total")
    void the_chosen_prices_cover_the_period_and_add_up_to_the_total(@ForAll("priceLists") PriceList list,
                                                                    @ForAll @IntRange(min = 1, max = RentalPricing.MAX_DAYS) int days) {
        RentalPrice price = cheapest(list, days);
        Map<Frequency, Money> prices = list.inCurrency();

        Money sum = Money.zero(list.currency());
        for (Map.Entry<Frequency, Integer> e : price.counts().entrySet()) {
            sum = sum.plus(prices.get(e.getKey()).times(e.getValue()));
        }
        assertThat(price.days()).isEqualTo(days);
        assertThat(price.coveredDays()).isGreaterThanOrEqualTo(days);
        assertThat(price.total()).isEqualTo(sum);
    }

    @Property(tries = 200)
    @Label("R32 the cheapest cover never costs more than covering the period with any single frequency")
    void the_cheapest_never_exceeds_a_single_frequency_cover(@ForAll("priceLists") PriceList list,
                                                             @ForAll @IntRange(min = 1, max = 800) int days) {
        Money cheapest = cheapest(list, days).total();
        for (Map.Entry<Frequency, Money> e : list.inCurrency().entrySet()) {
            long needed = (days + e.getKey().pricingDays() - 1) / e.getKey().pricingDays();
            assertThat(cheapest).isLessThanOrEqualTo(e.getValue().times(needed));
        }
        Statistics.collect(list.inCurrency().size() > 1 ? "several frequencies" : "one frequency");
    }

    @Property(tries = 200)
    @Label("R30 R32 the price is in the asked currency and ignores sale prices and prices in other currencies")
    void the_price_uses_only_the_frequency_prices_of_the_currency(@ForAll("priceLists") PriceList list,
                                                                  @ForAll @IntRange(min = 1, max = 800) int days) {
        List<KlassPricing> only = list.prices().stream()
                .filter(p -> p.frequency().isPresent() && p.price().currency().equals(list.currency()))
                .toList();
        boolean mixed = list.prices().size() > only.size();

        RentalPrice price = cheapest(list, days);

        Statistics.collect(mixed ? "other prices present" : "only frequency prices in the currency");
        assertThat(price.total().currency()).isEqualTo(list.currency());
        assertThat(RentalPricing.cheapest(only, list.currency(), days)).contains(price);
        List<KlassPricing> noneInCurrency = list.prices().stream().filter(p -> !only.contains(p)).toList();
        assertThat(RentalPricing.cheapest(noneInCurrency, list.currency(), days)).isEmpty();
    }

    @Property(tries = 200)
    @Label("R32 the order in which a klass lists its prices changes nothing")
    void the_order_of_the_price_list_changes_nothing(@ForAll("shuffledPriceLists") PriceList list, @ForAll Random random,
                                                     @ForAll @IntRange(min = 1, max = 800) int days) {
        List<KlassPricing> reshuffled = new ArrayList<>(list.prices());
        Collections.shuffle(reshuffled, random);

        assertThat(RentalPricing.cheapest(reshuffled, list.currency(), days)).isEqualTo(RentalPricing.cheapest(list.prices(), list.currency(), days));
    }
}

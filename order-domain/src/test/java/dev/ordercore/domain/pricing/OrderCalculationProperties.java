package dev.ordercore.domain.pricing;

import dev.ordercore.domain.catalog.AlcoholContent;
import dev.ordercore.domain.order.Charge;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.pricing.OrderCalculation.ManualDraft;
import dev.ordercore.domain.pricing.OrderCalculation.VatAtRate;
import dev.ordercore.domain.pricing.OrderCalculation.VatDraft;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.RoundingPolicy;
import dev.ordercore.domain.shared.Violations;
import dev.ordercore.domain.testing.CalculationArbitraries;
import dev.ordercore.domain.testing.CalculationArbitraries.CalculatedOrder;
import dev.ordercore.domain.testing.OrderArbitraries;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** R30 and R31 over random orders: the parts add up exactly, nothing depends on line order, rounding stays within its bounds. */
@StatisticsReport(onFailureOnly = true)
class OrderCalculationProperties {

    private static Result<OrderCalculation, OrderError> calculate(CalculatedOrder c, Order order) {
        return OrderCalculation.of(order, c.setup().lifecycles(), c.tax(), c.setup().rounding(), c.categories());
    }

    private static boolean shipping(LineItem l) {
        return l.charge().map(Charge::isShipping).orElse(false);
    }

    private static BigDecimal litres(LineItem l) {
        return l.snapshot().flatMap(s -> AlcoholContent.read(s.attributes(), new Violations())).map(a -> a.litres(l.quantity()))
                .orElse(BigDecimal.ZERO);
    }

    private static List<LineItem> counted(CalculatedOrder c) {
        return c.order().lineItems().stream().filter(l -> !c.cancelled(l)).toList();
    }

    @Property(tries = 200)
    @Label("R31 R30 the total is exactly subtotal + VAT + excise + shipping incl. VAT, each part is the sum of its lines, all in the order's currency")
    void the_total_is_exactly_the_sum_of_its_parts(@ForAll(supplier = CalculationArbitraries.CalculatedOrders.class) CalculatedOrder c) {
        Result<OrderCalculation, OrderError> result = calculate(c, c.order());
        Statistics.label("outcome").collect(result.isOk() ? "calculated" : "refused");
        Statistics.label("outcome").coverage(cov -> {
            cov.check("calculated").percentage(p -> p > 50);
            cov.check("refused").count(n -> n > 0);
        });
        if (result.isErr()) {
            return;
        }
        OrderCalculation calc = result.value();
        List<LineItem> counted = counted(c);
        Statistics.label("shipping").collect(counted.stream().anyMatch(OrderCalculationProperties::shipping) ? "with shipping" : "none");
        Statistics.label("rates").collect(calc.vat().size() > 1 ? "several rates" : "one rate or none");
        Statistics.label("cancelled").collect(counted.size() < c.order().lineItems().size() ? "some cancelled" : "none cancelled");
        Statistics.label("tax rounding").collect(c.setup().rounding().taxRounding());

        List<Money> parts = new ArrayList<>(List.of(calc.subtotal(), calc.vatTotal(), calc.excise().amount(), calc.shipping().exclVat(),
                calc.shipping().vat(), calc.shipping().inclVat(), calc.total()));
        calc.vat().forEach(v -> {
            parts.add(v.amount());
            v.taxable().ifPresent(parts::add);
        });
        assertThat(parts).allSatisfy(m -> assertThat(m.currency()).isEqualTo(c.order().currency()));
        assertThat(calc.total()).isEqualTo(calc.subtotal().plus(calc.vatTotal()).plus(calc.excise().amount()).plus(calc.shipping().inclVat()));
        assertThat(calc.shipping().inclVat()).isEqualTo(calc.shipping().exclVat().plus(calc.shipping().vat()));
        assertThat(calc.vatTotal()).isEqualTo(Money.sum(calc.vat().stream().map(VatAtRate::amount).toList(), c.order().currency()));
        assertThat(calc.subtotal()).isEqualTo(Money.sum(counted.stream().filter(l -> !shipping(l)).map(LineItem::amount).toList(),
                c.order().currency()));
        assertThat(calc.shipping().exclVat()).isEqualTo(Money.sum(counted.stream().filter(OrderCalculationProperties::shipping)
                .map(LineItem::amount).toList(), c.order().currency()));
        assertThat(Money.sum(calc.vat().stream().map(v -> v.taxable().orElseThrow()).toList(), c.order().currency()))
                .isEqualTo(calc.subtotal().plus(calc.excise().amount()));
        assertThat(calc.excise().litres()).hasValueSatisfying(l -> assertThat(l).isEqualByComparingTo(
                counted.stream().filter(x -> !shipping(x)).map(OrderCalculationProperties::litres).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    @Property(tries = 100)
    @Label("R31 excise and VAT differ from their exact values only by rounding: once per rate per document, once per line per line")
    void excise_and_vat_are_their_exact_values_rounded(@ForAll(supplier = CalculationArbitraries.CalculatedOrders.class) CalculatedOrder c) {
        Result<OrderCalculation, OrderError> result = calculate(c, c.order());
        if (result.isErr()) {
            return;
        }
        OrderCalculation calc = result.value();
        List<LineItem> counted = counted(c);
        boolean perLine = c.setup().rounding().taxRounding() == RoundingPolicy.TaxRounding.PER_LINE;
        BigDecimal unit = BigDecimal.ONE.movePointLeft(Money.minorUnits(c.order().currency()));
        BigDecimal litres = calc.excise().litres().orElseThrow();
        BigDecimal exactExcise = litres.multiply(c.tax().excisePerLitre(c.order().currency()).orElse(BigDecimal.ZERO));
        long roundings = perLine ? counted.size() : calc.vat().size();
        assertThat(calc.excise().amount().amount().subtract(exactExcise).abs())
                .isLessThanOrEqualTo(unit.multiply(BigDecimal.valueOf(Math.max(roundings, 1))));
        for (VatAtRate vat : calc.vat()) {
            BigDecimal exact = vat.taxable().orElseThrow().amount().multiply(vat.rate()).movePointLeft(2);
            BigDecimal error = vat.amount().amount().subtract(exact).abs();
            assertThat(error).isLessThanOrEqualTo(unit.multiply(BigDecimal.valueOf(perLine ? counted.size() : 1)));
        }
        BigDecimal exactShippingVat = calc.shipping().exclVat().amount().multiply(c.tax().shippingVatRate()).movePointLeft(2);
        assertThat(calc.shipping().vat().amount().subtract(exactShippingVat).abs())
                .isLessThanOrEqualTo(unit.multiply(BigDecimal.valueOf(perLine ? Math.max(counted.size(), 1) : 1)));
    }

    @Property(tries = 100)
    @Label("R31 line order never changes any number of the calculation, nor whether it is refused")
    void shuffling_the_lines_changes_nothing(@ForAll(supplier = CalculationArbitraries.CalculatedOrders.class) CalculatedOrder c,
                                             @ForAll Random random) {
        List<LineItemDraft> shuffled = new ArrayList<>(c.draft().lineItems());
        Collections.shuffle(shuffled, random);
        Order original = OrderArbitraries.place(c.setup(), c.draft(), c.seed()).order();
        Order reordered = OrderArbitraries.place(c.setup(), c.draft().withLineItems(shuffled), c.seed()).order();

        Result<OrderCalculation, OrderError> a = calculate(c, original);
        Result<OrderCalculation, OrderError> b = calculate(c, reordered);

        Statistics.collect(a.isOk() ? "calculated" : "refused");
        assertThat(b.isOk()).isEqualTo(a.isOk());
        if (a.isOk()) {
            assertThat(b.value()).isEqualTo(a.value());
        } else {
            assertThat(((OrderError.CalculationRefused) b.error()).reasons()).hasSameSizeAs(((OrderError.CalculationRefused) a.error()).reasons());
        }
    }

    @Property(tries = 100)
    @Label("R31 an order is refused exactly when a counted line carries alcohol and its currency has no excise rate, naming each such line")
    void alcohol_without_an_excise_rate_is_refused_line_by_line(
            @ForAll(supplier = CalculationArbitraries.CalculatedOrders.class) CalculatedOrder c) {
        long alcoholLines = counted(c).stream().filter(l -> !shipping(l) && litres(l).signum() > 0).count();
        boolean noRate = c.tax().excisePerLitre(c.order().currency()).isEmpty();

        Result<OrderCalculation, OrderError> result = calculate(c, c.order());

        Statistics.collect(noRate ? "no excise rate" : "excise rate", alcoholLines > 0 ? "alcohol" : "no alcohol");
        assertThat(result.isErr()).isEqualTo(noRate && alcoholLines > 0);
        if (result.isErr()) {
            assertThat(((OrderError.CalculationRefused) result.error()).reasons()).hasSize((int) alcoholLines)
                    .allSatisfy(v -> assertThat(v.code()).isEqualTo("excise_rate_missing"));
        }
    }

    @Property(tries = 100)
    @Label("R31 a manual calculation stating a worked-out one is accepted as it is; any other total is refused as not the sum of its parts")
    void a_manual_calculation_is_accepted_exactly_when_its_total_is_the_sum(
            @ForAll(supplier = CalculationArbitraries.CalculatedOrders.class) CalculatedOrder c,
            @ForAll @IntRange(min = -3, max = 3) int centsOff) {
        Result<OrderCalculation, OrderError> result = calculate(c, c.order());
        if (result.isErr()) {
            return;
        }
        OrderCalculation auto = result.value();
        BigDecimal unit = BigDecimal.ONE.movePointLeft(Money.minorUnits(c.order().currency()));
        BigDecimal total = auto.total().amount().add(unit.multiply(BigDecimal.valueOf(centsOff)));
        ManualDraft stated = new ManualDraft(c.order().currency().getCurrencyCode(), auto.subtotal().amount(),
                auto.vat().stream().map(v -> new VatDraft(v.rate(), v.amount().amount())).toList(), auto.excise().amount().amount(),
                auto.shipping().exclVat().amount(), auto.shipping().vat().amount(), total);

        Result<OrderCalculation, OrderError> manual = OrderCalculation.manual(stated, c.order().currency());

        Statistics.collect(centsOff == 0 ? "the sum" : "off");
        if (centsOff == 0) {
            assertThat(manual.value().total()).isEqualTo(auto.total());
            assertThat(manual.value().vat()).extracting(VatAtRate::rate, VatAtRate::amount)
                    .containsExactlyElementsOf(auto.vat().stream().map(v -> org.assertj.core.groups.Tuple.tuple(v.rate(), v.amount())).toList());
        } else {
            assertThat(manual.isErr()).isTrue();
            assertThat(manual.error().message()).contains(total.signum() < 0 ? "negative_amount" : "total_mismatch");
        }
    }

    @Property(tries = 80)
    @Label("R31 a calculation reads back from its JSON (history payloads, events, stores) exactly")
    void a_calculation_reads_back_from_its_json_exactly(@ForAll(supplier = CalculationArbitraries.CalculatedOrders.class) CalculatedOrder c) {
        Result<OrderCalculation, OrderError> result = calculate(c, c.order());
        if (result.isErr()) {
            return;
        }
        OrderCalculation auto = result.value();
        OrderCalculation manual = OrderCalculation.manual(new ManualDraft(c.order().currency().getCurrencyCode(), auto.subtotal().amount(),
                auto.vat().stream().map(v -> new VatDraft(v.rate(), v.amount().amount())).toList(), auto.excise().amount().amount(),
                auto.shipping().exclVat().amount(), auto.shipping().vat().amount(), auto.total().amount()), c.order().currency()).value();

        assertThat(CalculationJson.read(CalculationJson.of(auto))).isEqualTo(auto);
        assertThat(CalculationJson.read(CalculationJson.of(manual))).isEqualTo(manual);
    }
}

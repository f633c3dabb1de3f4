package dev.ordercore.benchmarks.jmh;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.in.CreateCategoryCommand;
import dev.ordercore.application.port.in.CreateKlassCommand;
import dev.ordercore.application.port.in.CreateModifierCommand;
import dev.ordercore.application.port.in.CreateModifierRuleCommand;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.access.Role;
import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.catalog.CategoryType;
import dev.ordercore.domain.catalog.Frequency;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.catalog.ModifierKind;
import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.catalog.OrderModifierRule;
import dev.ordercore.domain.catalog.OrderModifierRuleId;
import dev.ordercore.domain.order.BillingDraft;
import dev.ordercore.domain.order.BillingTiming;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.LineItemKind;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.order.Payer;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Uuids;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The order the placement benchmarks place, and the catalog it needs, made either through the use
 * cases (as an embedding team would) or straight from the domain's factories.
 *
 * <p>The catalog: an excavator klass to rent (900.00 SEK a DAY, 4000.00 a WEEK, 14000.00 a MONTH),
 * a wine klass to sell (150.00 SEK) and an installation service (950.00 SEK), and one modifier rule
 * (R33): a damage waiver of 10 % on every RENTAL line.
 *
 * <p>The order: 10 lines, none with a unit price, so the domain prices every one from its klass
 * (R32): 5 rentals of 3, 10, 17, 31 and 45 days (the cheapest cover of each period, billed weekly
 * in arrears), 3 wine sales
 * and 2 installations. The rule adds 5 damage-waiver charge lines, so the placed order has 15.
 */
final class OrderFixture {

    static final TenantId TENANT = TenantId.of("bench");
    static final Currency SEK = Currency.getInstance("SEK");
    static final CustomerId CUSTOMER = new CustomerId(UUID.fromString("0190f7a4-5c1e-7c3a-9f00-000000000001"));
    static final Principal ADMIN = Principal.user("bench.admin", TENANT, Role.ADMIN);
    static final Principal OPERATOR = Principal.user("bench.operator", TENANT, Role.OPERATOR);
    static final LocalDate DAY = LocalDate.of(2026, 2, 1);
    static final int[] RENTAL_DAYS = {3, 10, 17, 31, 45};
    static final int REQUESTED_LINES = 10;
    static final int PLACED_LINES = 15;
    /** Rentals are billed (R6): weekly in arrears, 30 days' terms, paid by the customer. */
    static final BillingDraft WEEKLY_IN_ARREARS = BillingDraft.recurring(BillingTiming.IN_ARREARS, Frequency.WEEK, 30, Payer.CUSTOMER);

    /** The ids the draft names. */
    record Catalog(KlassId excavator, KlassId wine, KlassId installation) {
    }

    private OrderFixture() {
    }

    /** The 10-line order, every line priced by the domain (no unit prices). */
    static OrderDraft draft(Catalog c) {
        OrderDraft.Builder order = OrderDraft.builder(SEK).customer(CUSTOMER);
        for (int i = 0; i < RENTAL_DAYS.length; i++) {
            order.line(LineItemDraft.builder().ref("rent-" + i).klass(c.excavator()).quantity(1 + i % 2)
                    .period(DAY, DAY.plusDays(RENTAL_DAYS[i])).billing(WEEKLY_IN_ARREARS).build());
        }
        for (int i = 0; i < 3; i++) {
            order.line(LineItemDraft.builder().ref("wine-" + i).klass(c.wine()).quantity(6 * (i + 1)).on(DAY).build());
        }
        for (int i = 0; i < 2; i++) {
            order.line(LineItemDraft.builder().ref("install-" + i).klass(c.installation()).quantity(1).on(DAY.plusDays(i)).build());
        }
        return order.build();
    }

    private static List<Klass.PriceDraft> excavatorPrices() {
        return List.of(new Klass.PriceDraft(Frequency.DAY, new BigDecimal("900.00"), SEK),
                new Klass.PriceDraft(Frequency.WEEK, new BigDecimal("4000.00"), SEK),
                new Klass.PriceDraft(Frequency.MONTH, new BigDecimal("14000.00"), SEK));
    }

    private static List<Klass.PriceDraft> salePrice(String price) {
        return List.of(new Klass.PriceDraft(null, new BigDecimal(price), SEK));
    }

    private static OrderModifierRule.ConditionDraft rentals() {
        return new OrderModifierRule.ConditionDraft(List.of(LineItemKind.RENTAL), null, null, null, null);
    }

    private static OrderModifierRule.EffectDraft tenPercent() {
        return new OrderModifierRule.EffectDraft(OrderModifierRule.EffectType.PERCENT, null, null, BigDecimal.TEN);
    }

    /** The catalog made through the use cases of {@code core}, in {@link #TENANT}. */
    static Catalog createThroughUseCases(OrderCore core) {
        Category rental = ok(core.createCategory().create(new CreateCategoryCommand(ADMIN, TENANT, "Rental equipment", CategoryType.RENTAL)));
        Category wines = ok(core.createCategory().create(new CreateCategoryCommand(ADMIN, TENANT, "Wines", CategoryType.SALE)));
        Category services = ok(core.createCategory().create(new CreateCategoryCommand(ADMIN, TENANT, "Services", CategoryType.SERVICE)));
        Klass excavator = ok(core.createKlass().create(new CreateKlassCommand(ADMIN, TENANT, "Excavator 3t", rental.id(), excavatorPrices())));
        Klass wine = ok(core.createKlass().create(new CreateKlassCommand(ADMIN, TENANT, "White wine", wines.id(), salePrice("150.00"))));
        Klass installation = ok(core.createKlass().create(new CreateKlassCommand(ADMIN, TENANT, "Installation", services.id(),
                salePrice("950.00"))));
        OrderModifier waiver = ok(core.createModifier().create(new CreateModifierCommand(ADMIN, TENANT, "Damage waiver",
                ModifierKind.DAMAGE_WAIVER, null)));
        ok(core.createModifierRule().create(new CreateModifierRuleCommand(ADMIN, TENANT, waiver.id(), rentals(), tenPercent())));
        return new Catalog(excavator.id(), wine.id(), installation.id());
    }

    /** The same catalog as a snapshot, for placing straight through the domain. */
    record Snapshot(Catalog ids, CatalogSnapshot catalog) {
    }

    static Snapshot createInDomain(Instant now) {
        Category rental = ok(Category.create(new CategoryId(id("rental")), TENANT, "Rental equipment", CategoryType.RENTAL, now));
        Category wines = ok(Category.create(new CategoryId(id("wines")), TENANT, "Wines", CategoryType.SALE, now));
        Category services = ok(Category.create(new CategoryId(id("services")), TENANT, "Services", CategoryType.SERVICE, now));
        Klass excavator = ok(Klass.create(new KlassId(id("excavator")), TENANT, "Excavator 3t", rental.id(), excavatorPrices(), now));
        Klass wine = ok(Klass.create(new KlassId(id("wine")), TENANT, "White wine", wines.id(), salePrice("150.00"), now));
        Klass installation = ok(Klass.create(new KlassId(id("installation")), TENANT, "Installation", services.id(), salePrice("950.00"), now));
        OrderModifier waiver = ok(OrderModifier.create(new OrderModifierId(id("waiver")), TENANT, "Damage waiver", ModifierKind.DAMAGE_WAIVER,
                Optional.empty(), now));
        OrderModifierRule rule = ok(OrderModifierRule.create(new OrderModifierRuleId(id("waiver-rule")), TENANT, waiver.id(), rentals(),
                tenPercent(), now));
        CatalogSnapshot snapshot = CatalogSnapshot.of(List.of(rental, wines, services), List.of(excavator, wine, installation), List.of(), List.of())
                .withModifiers(List.of(waiver), List.of(rule));
        return new Snapshot(new Catalog(excavator.id(), wine.id(), installation.id()), snapshot);
    }

    private static UUID id(String name) {
        return Uuids.nameBased("benchmarks", name);
    }

    static <T> T ok(Result<T, OrderError> result) {
        return result.orElseThrow(e -> new IllegalStateException("benchmark fixture refused: " + e.code() + ": " + e.message()));
    }
}

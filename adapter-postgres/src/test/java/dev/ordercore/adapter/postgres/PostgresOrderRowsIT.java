package dev.ordercore.adapter.postgres;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.contract.ContractData;
import dev.ordercore.application.port.out.OrderFilter;
import dev.ordercore.application.port.out.OrderRepository;
import dev.ordercore.domain.catalog.Asset;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.ModifierKind;
import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.catalog.OrderModifierRule;
import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.catalog.Frequency;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonNumber;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.order.BillingConfig;
import dev.ordercore.domain.order.BillingTiming;
import dev.ordercore.domain.order.Charge;
import dev.ordercore.domain.order.Block;
import dev.ordercore.domain.order.Contact;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.Dates;
import dev.ordercore.domain.order.DeliveryDirection;
import dev.ordercore.domain.order.IntentRef;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.LineItemId;
import dev.ordercore.domain.order.LineItemKind;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderDelivery;
import dev.ordercore.domain.order.Payer;
import dev.ordercore.domain.order.ProductSnapshot;
import dev.ordercore.domain.order.StatusCode;
import dev.ordercore.domain.order.StatusEntryId;
import dev.ordercore.domain.order.VendorId;
import dev.ordercore.domain.order.WarrantyId;
import dev.ordercore.domain.shared.Address;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.UnitPrice;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.ordercore.application.contract.ContractData.TENANT;
import static dev.ordercore.application.contract.ContractData.aCustomer;
import static dev.ordercore.application.contract.ContractData.anOrder;
import static dev.ordercore.application.contract.ContractData.confirm;
import static dev.ordercore.application.contract.ContractData.minutes;
import static dev.ordercore.application.contract.ContractData.order;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the contract's orders leave out: every optional part of an order and its lines present,
 * amounts kept to the digit, and a fixed number of statements per call whatever the number of lines.
 */
class PostgresOrderRowsIT {

    private final PostgresTestDatabase pg = PostgresTestDatabase.forClass(PostgresOrderRowsIT.class);

    @Test
    void an_order_with_every_part_present_is_found_exactly_as_it_was_stored() {
        OrderCorePorts ports = pg.freshStores(ContractData.CLOCK).ports();
        OrderRepository orders = ports.orders();
        Order full = everythingPresent(anOrder(TENANT), ports);

        orders.insert(full);

        assertThat(orders.find(TENANT, full.id()).orElseThrow().state()).isEqualTo(full.state());
        assertThat(orders.findAll(TENANT, List.of(full.id()))).containsExactly(full);
    }

    @Test
    void amounts_keep_their_scale_in_the_database() throws SQLException {
        OrderCorePorts ports = pg.freshStores(ContractData.CLOCK).ports();
        OrderRepository orders = ports.orders();
        Order full = everythingPresent(anOrder(TENANT), ports);

        orders.insert(full);

        List<String> stored = new ArrayList<>();
        try (Connection c = pg.owner().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select unit_price::text || ' ' || amount::text from line_items where order_id = '"
                     + full.id() + "' order by position")) {
            while (rs.next()) {
                stored.add(rs.getString(1));
            }
        }
        assertThat(stored).containsExactly("120.00 120.00", "0.123456 1234.50", "4.50 90.00", "250.00 250.00");
    }

    @Test
    void an_update_that_changes_lines_and_adds_one_is_found_exactly_as_stored() {
        OrderCorePorts ports = pg.freshStores(ContractData.CLOCK).ports();
        OrderRepository orders = ports.orders();
        Order full = everythingPresent(anOrder(TENANT), ports);
        orders.insert(full);
        Order.State s = full.state();
        List<LineItem> lines = new ArrayList<>(s.lineItems().stream().map(l -> l.withStatus("CONFIRMED")).toList());
        lines.add(lines.get(0).withStatus("PENDING"));
        lines.set(lines.size() - 1, withId(lines.get(lines.size() - 1), new LineItemId(UUID.randomUUID())));
        Order changed = Order.rehydrate(new Order.State(s.tenant(), s.id(), s.number(), s.currency(), Optional.empty(), s.vendor(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                s.intentRef(), s.createdBy(), s.createdAt(), minutes(30), s.version() + 1, Optional.empty(), s.lifecycle(), "CONFIRMED",
                lines, List.of()));

        orders.update(changed, full.version());

        assertThat(orders.find(TENANT, full.id()).orElseThrow().state()).isEqualTo(changed.state());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 50})
    void each_call_costs_the_same_statements_whatever_the_number_of_lines(int lines) {
        AtomicInteger statements = new AtomicInteger();
        ExecuteListener counter = new ExecuteListener() {
            @Override
            public void executeEnd(ExecuteContext ctx) {
                if (!ctx.sql().contains("set_config")) {
                    statements.incrementAndGet();
                }
            }
        };
        OrderCorePorts ports = pg.freshStores(ContractData.CLOCK, counter).ports();
        OrderRepository orders = ports.orders();
        ContractData.OrderSpec spec = order(TENANT);
        for (int i = 1; i < lines; i++) {
            spec.lineFor(aCustomer());
        }
        Order placed = spec.build();
        Order other = anOrder(TENANT);
        orders.insert(other);
        assertThat(placed.lineItems()).hasSize(lines);

        assertThat(counted(statements, () -> orders.insert(placed))).as("insert").isEqualTo(2);
        assertThat(counted(statements, () -> orders.find(TENANT, placed.id()))).as("find").isEqualTo(1);
        assertThat(counted(statements, () -> orders.findForUpdate(TENANT, placed.id()))).as("findForUpdate").isEqualTo(1);
        assertThat(counted(statements, () -> orders.update(confirm(placed, minutes(5)).order(), placed.version()))).as("update").isEqualTo(2);
        assertThat(counted(statements, () -> orders.findAll(TENANT, List.of(placed.id(), other.id())))).as("findAll").isEqualTo(1);
        assertThat(counted(statements, () -> orders.list(TENANT, OrderFilter.ALL, Optional.empty(), 10))).as("list").isEqualTo(1);
    }

    private static int counted(AtomicInteger statements, Runnable call) {
        int before = statements.get();
        call.run();
        return statements.get() - before;
    }

    /**
     * {@code order} with every optional part of the order and of its lines given, around the order's
     * own first line; the catalog entries, the modifier and the rule the lines use are stored in
     * {@code ports} first, since line items refer to them by foreign key.
     */
    private static Order everythingPresent(Order order, OrderCorePorts ports) {
        Order.State s = order.state();
        LineItem first = s.lineItems().get(0);
        Category tents = ContractData.category(TENANT, "Tents");
        Klass partyTent = ContractData.klass(TENANT, tents.id(), "Party tent");
        Product tent6x12 = ContractData.product(TENANT, partyTent.id(), "TENT-6x12");
        Asset tent7 = ContractData.asset(TENANT, tent6x12.id(), "T-7");
        OrderModifier delivery = ContractData.modifier(TENANT, "Delivery");
        OrderModifierRule deliveryRule = ContractData.rule(TENANT, delivery.id(), partyTent.id());
        ports.categories().insert(tents);
        ports.klasses().insert(partyTent);
        ports.products().insert(tent6x12);
        ports.assets().insert(tent7);
        ports.modifiers().insert(delivery);
        ports.modifierRules().insert(deliveryRule);
        Address home = new Address("Storgatan 1", Optional.of("c/o Berg"), "111 22", "Stockholm", "SE");
        Address depot = Address.of("Depot 3", "2100", "København", "DK");
        CustomerId renter = aCustomer();
        LineItemId rentalId = new LineItemId(UUID.randomUUID());
        JsonObject attributes = JsonObject.builder()
                .put("weightKg", new BigDecimal("12.50"))
                .put("colours", new JsonArray(List.<JsonValue>of(JsonValue.of("red"), JsonValue.of("blåbär \"quoted\""))))
                .put("spec", JsonObject.builder().put("huge", JsonNumber.of("123456789012345678901234567890.000000000001")).put("ok", true)
                        .build())
                .build();
        LineItem rental = new LineItem(rentalId, Optional.of("R-1"), LineItemKind.RENTAL,
                Optional.of(partyTent.id()), Optional.of(tent6x12.id()), Optional.of(tent7.id()), Optional.of("Tent, 6x12 m"), 1,
                UnitPrice.of("0.123456", "EUR"), Money.of("1234.50", "EUR"),
                Dates.period(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-11")),
                List.of(OrderDelivery.outbound(LocalDate.parse("2026-05-01"), home),
                        new OrderDelivery(DeliveryDirection.INBOUND, Optional.of(home), Optional.of(depot),
                                LocalDate.parse("2026-05-11"))),
                Optional.of(renter), Optional.of(new VendorId(UUID.randomUUID())),
                Optional.of(BillingConfig.recurring(BillingTiming.IN_ARREARS, Frequency.FOUR_WEEKS, 30, Payer.CUSTOMER)),
                Optional.of(first.id()), Optional.empty(),
                Optional.of(new ProductSnapshot(new ProductId(UUID.randomUUID()), "TENT-6x12", "Party tent", new KlassId(UUID.randomUUID()),
                        "Tents", attributes)),
                first.lifecycle(), first.status(), minutes(1));
        LineItem repair = new LineItem(new LineItemId(UUID.randomUUID()), Optional.empty(), LineItemKind.SERVICE, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 20, UnitPrice.of("4.5", "EUR"), Money.of("90", "EUR"),
                Dates.on(LocalDate.parse("2026-06-01")), List.of(OrderDelivery.inbound(LocalDate.parse("2026-06-01"), depot)),
                Optional.empty(), Optional.of(new VendorId(UUID.randomUUID())),
                Optional.of(new BillingConfig(Optional.empty(), Optional.empty(), 0, Payer.WARRANTY, Optional.of(new WarrantyId("W-77")))),
                Optional.empty(), Optional.empty(), Optional.empty(), first.lifecycle(), first.status(), minutes(2));
        LineItem charge = new LineItem(new LineItemId(UUID.randomUUID()), Optional.empty(), LineItemKind.CHARGE, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("Delivery"), 1, UnitPrice.of("250.00", "EUR"), Money.of("250.00", "EUR"),
                Dates.on(LocalDate.parse("2026-05-01")), List.of(), Optional.of(renter), Optional.empty(), Optional.empty(),
                Optional.of(rentalId), Optional.of(new Charge(delivery.id(), ModifierKind.DELIVERY, Optional.of(deliveryRule.id()))),
                Optional.empty(), first.lifecycle(), first.status(), minutes(2));
        return Order.rehydrate(new Order.State(s.tenant(), s.id(), s.number(), s.currency(), s.customer(),
                Optional.of(new VendorId(UUID.randomUUID())), Optional.of("Ring twice\nthen wait"), Optional.of("VIP; don't upsell"),
                Optional.of(new Contact(Optional.of("Åsa Öberg"), Optional.of("+46 70 000 00 00"), Optional.of("asa@example.se"))),
                Optional.of(home), Optional.of(LocalDate.parse("2026-04-30")), Optional.of(LocalDate.parse("2026-05-01")),
                Optional.of(new IntentRef("webshop", "cart-42")), s.createdBy(), s.createdAt(), minutes(3), s.version(),
                Optional.of(minutes(4)), s.lifecycle(), s.status(), List.of(first, rental, repair, charge),
                List.of(new Block(new StatusEntryId(UUID.randomUUID()), Optional.empty(), StatusCode.parse("inventory:reservation_backordered")),
                        new Block(new StatusEntryId(UUID.randomUUID()), Optional.of(rentalId), StatusCode.parse("payments:card_declined")))));
    }

    private static LineItem withId(LineItem l, LineItemId id) {
        return new LineItem(id, l.ref(), l.kind(), l.klass(), l.product(), l.asset(), l.description(), l.quantity(), l.unitPrice(),
                l.amount(), l.dates(), l.deliveries(), l.customer(), l.vendor(), l.billing(), l.modifies(), l.charge(), l.snapshot(), l.lifecycle(),
                l.status(), l.addedAt());
    }
}

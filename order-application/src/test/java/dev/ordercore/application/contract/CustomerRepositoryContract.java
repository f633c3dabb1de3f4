package dev.ordercore.application.contract;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.out.CustomerFilter;
import dev.ordercore.application.port.out.CustomerRepository;
import dev.ordercore.application.port.out.DuplicateKeyException;
import dev.ordercore.application.port.out.LifecycleStates;
import dev.ordercore.application.port.out.StaleVersionException;
import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.customer.BusinessType;
import dev.ordercore.domain.customer.Customer;
import dev.ordercore.domain.customer.CustomerMetrics;
import dev.ordercore.domain.customer.Edit;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.OrderIds;
import dev.ordercore.domain.order.TransitionRequest;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.RoundingPolicy;
import dev.ordercore.domain.shared.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import static dev.ordercore.application.contract.ContractData.DAY;
import static dev.ordercore.application.contract.ContractData.OTHER_TENANT;
import static dev.ordercore.application.contract.ContractData.TENANT;
import static dev.ordercore.application.contract.ContractData.aNumber;
import static dev.ordercore.application.contract.ContractData.admin;
import static dev.ordercore.application.contract.ContractData.minutes;
import static dev.ordercore.application.contract.ContractData.ok;
import static dev.ordercore.application.contract.ContractData.uuids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link CustomerRepository} and {@link dev.ordercore.application.port.out.CustomerFigures}
 * do: customers by tenant and id, updated only from the stored version, listed with filters in id
 * order; and a customer's figures exactly as the orders add up, on random orders (lines for several
 * customers, cancelled lines, cancelled, confirmed and deleted orders, two currencies), so every
 * store that passes agrees with every other. Extend it with a {@link #ports()} that answers fresh, empty stores.
 */
public abstract class CustomerRepositoryContract {

    /** Fresh, empty stores; called once before each test. */
    protected abstract OrderCorePorts ports();

    private static final LifecycleStates CANCELLED = LifecycleStates.cancelled(LifecycleSet.DEFAULT);
    private static final LifecycleStates CLOSED = LifecycleStates.terminalOrders(LifecycleSet.DEFAULT);
    private static final Currency SEK = Currency.getInstance("SEK");
    private static final Currency EUR = ContractData.EUR;

    private OrderCorePorts ports;
    private CustomerRepository customers;

    @BeforeEach
    void freshStores() {
        ports = ports();
        customers = ports.customers();
    }

    static Customer customer(TenantId tenant, String name, BusinessType type, Instant at) {
        return ok(Customer.create(CustomerId.next(uuids()), tenant, new Customer.Draft(name, type,
                new Customer.ContactDraft("Eva", null, "eva@example.com"), 30, new Customer.CreditLimitDraft(new BigDecimal("5000.00"), "SEK"),
                new Customer.DeliveryDraft(new Customer.AddressDraft("Kungsgatan 1", "Plan 2", "111 43", "Stockholm", "SE"),
                        LocalTime.of(6, 0), LocalTime.of(8, 30), "Back entrance")), at)).after();
    }

    // ---- the customers themselves

    @Test
    void a_stored_customer_is_found_exactly_as_it_was_stored() {
        Customer bare = ok(Customer.create(CustomerId.next(uuids()), TENANT,
                new Customer.Draft("Anna", BusinessType.INDIVIDUAL, null, null, null, null), minutes(1))).after();
        Customer full = customer(TENANT, "Bageri Svensson", BusinessType.BUSINESS, minutes(2));

        customers.insert(bare);
        customers.insert(full);

        assertThat(customers.find(TENANT, bare.id())).contains(bare);
        assertThat(customers.find(TENANT, full.id())).contains(full);
        assertThat(customers.find(TENANT, full.id()).orElseThrow().state()).isEqualTo(full.state());
        assertThat(customers.findAll(TENANT, List.of(full.id(), CustomerId.next(uuids()), bare.id(), full.id())))
                .containsExactlyInAnyOrder(full, bare);
    }

    @Test
    void an_id_is_stored_once() {
        Customer c = customer(TENANT, "Anna", BusinessType.INDIVIDUAL, minutes(1));
        customers.insert(c);

        assertThatThrownBy(() -> customers.insert(c)).isInstanceOfSatisfying(DuplicateKeyException.class,
                e -> assertThat(e.entity()).isEqualTo(EntityType.CUSTOMER));
    }

    @Test
    void an_update_from_the_stored_version_replaces_it_and_clears_what_was_cleared() {
        Customer c = customer(TENANT, "Anna", BusinessType.INDIVIDUAL, minutes(1));
        customers.insert(c);
        Customer changed = ok(c.update(Customer.Patch.NOTHING.withCreditLimit(Edit.clear()).withDelivery(Edit.clear())
                .withContact(Edit.clear()).withPaymentTermsDays(Edit.clear()).withBusinessType(Edit.set(BusinessType.CENTRAL_BAKERY)),
                minutes(2))).after();

        customers.update(changed, c.version());

        assertThat(customers.find(TENANT, c.id())).contains(changed);
    }

    @Test
    void an_update_from_another_version_is_stale_and_changes_nothing() {
        Customer c = customer(TENANT, "Anna", BusinessType.INDIVIDUAL, minutes(1));
        customers.insert(c);
        Customer first = ok(c.update(Customer.Patch.NOTHING.withName(Edit.set("Anna B")), minutes(2))).after();
        Customer second = ok(c.update(Customer.Patch.NOTHING.withName(Edit.set("Anna C")), minutes(3))).after();
        customers.update(first, c.version());

        assertThatThrownBy(() -> customers.update(second, c.version())).isInstanceOf(StaleVersionException.class);
        assertThat(customers.find(TENANT, c.id())).contains(first);
    }

    @Test
    void R35_another_tenants_customer_behaves_exactly_like_an_unknown_id() {
        Customer theirs = customer(OTHER_TENANT, "Globex Bakery", BusinessType.BUSINESS, minutes(1));
        customers.insert(theirs);

        assertThat(customers.find(TENANT, theirs.id())).isEmpty();
        assertThat(customers.findAll(TENANT, List.of(theirs.id()))).isEmpty();
        assertThat(customers.list(TENANT, CustomerFilter.ALL, Optional.empty(), 10)).isEmpty();
        assertThat(customers.find(OTHER_TENANT, theirs.id())).contains(theirs);
    }

    @Test
    void lists_are_in_id_order_filtered_by_name_type_and_registration_time_and_continue_after_a_cursor() {
        List<Customer> all = new ArrayList<>();
        String[] names = {"Bageri Svensson", "Café Blom", "Anna Berg", "Centralbageriet", "Svenssons Konditori", "BAGERI Norr"};
        BusinessType[] types = {BusinessType.BUSINESS, BusinessType.BUSINESS, BusinessType.INDIVIDUAL, BusinessType.CENTRAL_BAKERY,
                BusinessType.BUSINESS, BusinessType.CENTRAL_BAKERY};
        for (int i = 0; i < names.length; i++) {
            Customer c = customer(TENANT, names[i], types[i], minutes(i));
            customers.insert(c);
            all.add(c);
        }

        assertThat(customers.list(TENANT, CustomerFilter.ALL, Optional.empty(), 100)).containsExactlyElementsOf(all);
        assertThat(customers.list(TENANT, CustomerFilter.ALL, Optional.of(all.get(1).id()), 2)).containsExactly(all.get(2), all.get(3));
        assertThat(customers.list(TENANT, CustomerFilter.ALL.withNameContaining("bageri"), Optional.empty(), 100))
                .containsExactly(all.get(0), all.get(3), all.get(5));
        assertThat(customers.list(TENANT, CustomerFilter.ALL.withNameContaining("%"), Optional.empty(), 100))
                .as("wildcards are plain text").isEmpty();
        assertThat(customers.list(TENANT, CustomerFilter.ALL.withBusinessType(BusinessType.CENTRAL_BAKERY), Optional.empty(), 100))
                .containsExactly(all.get(3), all.get(5));
        assertThat(customers.list(TENANT, CustomerFilter.ALL.createdBetween(minutes(1), minutes(3)), Optional.empty(), 100))
                .containsExactly(all.get(1), all.get(2));
        assertThat(customers.list(TENANT, CustomerFilter.ALL.withNameContaining("svensson").withBusinessType(BusinessType.BUSINESS),
                Optional.of(all.get(0).id()), 100)).containsExactly(all.get(4));
    }

    // ---- figures from orders

    @Test
    void a_customer_without_orders_has_no_figures() {
        CustomerId nobody = CustomerId.next(uuids());

        assertThat(ports.customerFigures().metrics(TENANT, nobody, CANCELLED)).isEqualTo(CustomerMetrics.NONE);
        assertThat(ports.customerFigures().openExposure(TENANT, nobody, SEK, CANCELLED, CLOSED)).isEqualTo(Money.zero(SEK));
    }

    @RepeatedTest(3)
    void metrics_and_open_exposure_are_what_the_orders_add_up_to_on_random_orders(RepetitionInfo repetition) {
        Random random = new Random(31L * repetition.getCurrentRepetition());
        List<CustomerId> people = List.of(CustomerId.next(uuids()), CustomerId.next(uuids()), CustomerId.next(uuids()));
        List<Order> stored = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            stored.add(store(randomOrder(TENANT, people, random, minutes(i))));
        }
        store(randomOrder(OTHER_TENANT, people, random, minutes(99))); // R35: never counted for TENANT

        for (CustomerId c : people) {
            assertThat(ports.customerFigures().metrics(TENANT, c, CANCELLED)).as("metrics of %s", c).isEqualTo(expectedMetrics(stored, c));
            for (Currency currency : List.of(SEK, EUR)) {
                assertThat(ports.customerFigures().openExposure(TENANT, c, currency, CANCELLED, CLOSED))
                        .as("exposure of %s in %s", c, currency).isEqualTo(expectedExposure(stored, c, currency));
            }
        }
    }

    /** A random order: 1-4 lines for random customers (or none: the tenant's own purchase), then maybe a line cancelled, the order moved on or deleted. */
    private static Order randomOrder(TenantId tenant, List<CustomerId> people, Random random, Instant at) {
        Currency currency = random.nextBoolean() ? SEK : EUR;
        OrderDraft.Builder draft = OrderDraft.builder(currency).customer(people.get(random.nextInt(people.size())));
        int lines = 1 + random.nextInt(4);
        for (int l = 0; l < lines; l++) {
            LineItemDraft.Builder line = LineItemDraft.builder().description("Bread " + l).quantity(1 + random.nextInt(30))
                    .unitPrice(BigDecimal.valueOf(random.nextInt(100_000), 2)).on(DAY);
            if (random.nextInt(3) == 0) {
                line.customer(people.get(random.nextInt(people.size())));
            }
            draft.line(line.build());
        }
        OrderIds ids = OrderIds.fresh(uuids());
        Order order = ok(Order.place(new Order.Placement(tenant, OrderId.next(uuids()), aNumber(), draft.build(), CatalogSnapshot.empty(),
                RoundingPolicy.DEFAULT, LifecycleSet.DEFAULT, ids, Optional.empty(), admin(tenant), at))).order();
        if (random.nextInt(3) == 0) {
            LineItem line = order.lineItems().get(random.nextInt(order.lineItems().size()));
            order = ok(order.transitionLine(line.id(), TransitionRequest.to("CANCELLED", admin(tenant)), LifecycleSet.DEFAULT, ids, at)).order();
        }
        switch (random.nextInt(5)) {
            case 0 -> order = ok(order.transition(TransitionRequest.to("CONFIRMED", admin(tenant)), LifecycleSet.DEFAULT, ids, at)).order();
            case 1 -> order = ok(order.transition(TransitionRequest.to("CANCELLED", admin(tenant)), LifecycleSet.DEFAULT, ids, at)).order();
            case 2 -> order = ok(order.transition(TransitionRequest.to("REJECTED", admin(tenant)), LifecycleSet.DEFAULT, ids, at)).order();
            case 3 -> order = ContractData.delete(order, at).order();
            default -> { }
        }
        return order;
    }

    /** Stores the order as it is now (stores keep what they are given; how it got there is the history's business). */
    private Order store(Order order) {
        ports.orders().insert(order);
        return order;
    }

    private static CustomerMetrics expectedMetrics(List<Order> orders, CustomerId customer) {
        long count = 0;
        Instant last = null;
        Map<String, Money> spent = new TreeMap<>();
        for (Order o : orders) {
            List<LineItem> lines = o.lineItems().stream().filter(l -> l.customer().equals(Optional.of(customer))).toList();
            if (o.isDeleted() || lines.isEmpty()) {
                continue;
            }
            count++;
            last = last == null || o.createdAt().isAfter(last) ? o.createdAt() : last;
            Money sum = spent.getOrDefault(o.currency().getCurrencyCode(), Money.zero(o.currency()));
            for (LineItem l : lines) {
                if (!CANCELLED.contains(l.lifecycle(), l.status())) {
                    sum = sum.plus(l.amount());
                }
            }
            spent.put(o.currency().getCurrencyCode(), sum);
        }
        return new CustomerMetrics(count, List.copyOf(spent.values()), Optional.ofNullable(last));
    }

    private static Money expectedExposure(List<Order> orders, CustomerId customer, Currency currency) {
        Money sum = Money.zero(currency);
        for (Order o : orders) {
            if (o.isDeleted() || !o.currency().equals(currency) || CLOSED.contains(o.lifecycle(), o.status())) {
                continue;
            }
            for (LineItem l : o.lineItems()) {
                if (l.customer().equals(Optional.of(customer)) && !CANCELLED.contains(l.lifecycle(), l.status())) {
                    sum = sum.plus(l.amount());
                }
            }
        }
        return sum;
    }
}

package dev.ordercore.application.contract;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.out.DuplicateKeyException;
import dev.ordercore.application.port.out.OrderCursor;
import dev.ordercore.application.port.out.OrderFilter;
import dev.ordercore.application.port.out.OrderRepository;
import dev.ordercore.application.port.out.StaleVersionException;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.OrderNumber;
import dev.ordercore.domain.shared.EntityType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import static dev.ordercore.application.contract.ContractData.OTHER_TENANT;
import static dev.ordercore.application.contract.ContractData.TENANT;
import static dev.ordercore.application.contract.ContractData.aCustomer;
import static dev.ordercore.application.contract.ContractData.anOrder;
import static dev.ordercore.application.contract.ContractData.anOrderId;
import static dev.ordercore.application.contract.ContractData.block;
import static dev.ordercore.application.contract.ContractData.confirm;
import static dev.ordercore.application.contract.ContractData.delete;
import static dev.ordercore.application.contract.ContractData.minutes;
import static dev.ordercore.application.contract.ContractData.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link OrderRepository} does, whatever stores the orders. Extend it with a
 * {@link #ports()} that answers fresh, empty stores.
 */
public abstract class OrderRepositoryContract {

    /** Fresh, empty stores; called once before each test. */
    protected abstract OrderCorePorts ports();

    private OrderCorePorts ports;
    private OrderRepository orders;

    @BeforeEach
    void freshStores() {
        ports = ports();
        orders = ports.orders();
    }

    // ---- insert and find

    @Test
    void a_stored_order_is_found_exactly_as_it_was_stored() {
        CustomerId other = aCustomer();
        Order order = order(TENANT).lineFor(other).build();

        orders.insert(order);

        assertThat(orders.find(TENANT, order.id())).contains(order);
        assertThat(orders.find(TENANT, order.id()).orElseThrow().state()).isEqualTo(order.state());
    }

    @Test
    void orders_inserted_together_are_found_as_stored_and_a_taken_number_among_them_stores_none() {
        Order a = anOrder(TENANT);
        Order b = order(TENANT).lineFor(aCustomer()).build();
        orders.insertAll(List.of(a, b));

        assertThat(orders.findAll(TENANT, List.of(a.id(), b.id()))).containsExactlyInAnyOrder(a, b);

        Order c = anOrder(TENANT);
        Order sameNumber = order(TENANT).number(a.number()).build();
        assertThatThrownBy(() -> ports.transactions().inTransaction(() -> {
            orders.insertAll(List.of(c, sameNumber));
            return null;
        })).isInstanceOf(DuplicateKeyException.class);
        assertThat(orders.find(TENANT, c.id())).isEmpty();
    }

    @Test
    void an_unknown_id_is_not_found() {
        orders.insert(anOrder(TENANT));

        assertThat(orders.find(TENANT, anOrderId())).isEmpty();
        assertThat(orders.findAll(TENANT, List.of(anOrderId()))).isEmpty();
    }

    @Test
    void find_all_answers_the_orders_among_the_ids_once_each_deleted_or_not() {
        Order a = anOrder(TENANT);
        Order b = anOrder(TENANT);
        Order notAsked = anOrder(TENANT);
        Order elsewhere = anOrder(OTHER_TENANT);
        List.of(a, b, notAsked, elsewhere).forEach(orders::insert);
        Order deletedB = delete(b, minutes(5)).order();
        orders.update(deletedB, b.version());

        assertThat(orders.findAll(TENANT, List.of(a.id(), deletedB.id(), a.id(), anOrderId(), elsewhere.id())))
                .containsExactlyInAnyOrder(a, deletedB);
        assertThat(orders.findAll(TENANT, List.of())).isEmpty();
    }

    @Test
    void R35_another_tenants_order_behaves_exactly_like_an_unknown_id() {
        Order theirs = anOrder(OTHER_TENANT);
        orders.insert(theirs);

        assertThat(orders.find(TENANT, theirs.id())).isEmpty();
        assertThat(orders.findAll(TENANT, List.of(theirs.id()))).isEmpty();
        assertThat(orders.list(TENANT, OrderFilter.ALL, Optional.empty(), 10)).isEmpty();
        assertThat(orders.list(TENANT, OrderFilter.ALL.withCustomer(theirs.customer().orElseThrow()), Optional.empty(), 10)).isEmpty();
        assertThat(orders.find(OTHER_TENANT, theirs.id())).contains(theirs);
    }

    @Test
    void R35_an_id_and_a_number_taken_in_another_tenant_are_free_in_this_one() {
        Order theirs = anOrder(OTHER_TENANT);
        orders.insert(theirs);
        Order ours = order(TENANT).id(theirs.id()).number(theirs.number()).build();

        orders.insert(ours);

        assertThat(orders.find(TENANT, theirs.id())).contains(ours);
        assertThat(orders.find(OTHER_TENANT, theirs.id())).contains(theirs);
    }

    @Test
    void an_order_id_that_is_taken_is_refused_and_the_first_order_stays() {
        Order first = anOrder(TENANT);
        orders.insert(first);
        Order sameId = order(TENANT).id(first.id()).build();

        assertThatThrownBy(() -> orders.insert(sameId))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.entity()).isEqualTo(EntityType.ORDER));
        assertThat(orders.find(TENANT, first.id())).contains(first);
        assertThat(orders.list(TENANT, OrderFilter.ALL, Optional.empty(), 10)).containsExactly(first);
    }

    @Test
    void an_order_number_that_is_taken_is_refused_and_nothing_is_stored() {
        Order first = anOrder(TENANT);
        orders.insert(first);
        Order sameNumber = order(TENANT).number(first.number()).build();

        assertThatThrownBy(() -> orders.insert(sameNumber))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.entity()).isEqualTo(EntityType.ORDER));
        assertThat(orders.find(TENANT, sameNumber.id())).isEmpty();
        assertThat(orders.list(TENANT, OrderFilter.ALL, Optional.empty(), 10)).containsExactly(first);
    }

    // ---- update

    @Test
    void an_update_at_the_expected_version_replaces_the_order() {
        Order placed = anOrder(TENANT);
        orders.insert(placed);
        Order confirmed = confirm(placed, minutes(10)).order();

        orders.update(confirmed, placed.version());

        assertThat(orders.find(TENANT, placed.id())).contains(confirmed);
        assertThat(confirmed.version()).isEqualTo(placed.version() + 1);
    }

    @Test
    void a_stale_update_is_refused_and_changes_nothing() {
        Order placed = anOrder(TENANT);
        orders.insert(placed);
        Order confirmed = confirm(placed, minutes(10)).order();
        orders.update(confirmed, placed.version());
        Order deletedFromTheOldCopy = delete(placed, minutes(11)).order();

        assertThatThrownBy(() -> orders.update(deletedFromTheOldCopy, placed.version()))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.entity()).isEqualTo(EntityType.ORDER);
                    assertThat(e.id()).isEqualTo(placed.id().toString());
                    assertThat(e.expected()).isEqualTo(placed.version());
                    assertThat(e.actual()).isEqualTo(confirmed.version());
                });
        assertThat(orders.find(TENANT, placed.id())).contains(confirmed);
        assertThat(orders.list(TENANT, OrderFilter.ALL, Optional.empty(), 10)).containsExactly(confirmed);
    }

    @Test
    void an_update_expecting_a_version_the_order_never_reached_is_refused() {
        Order placed = anOrder(TENANT);
        orders.insert(placed);
        Order confirmed = confirm(placed, minutes(10)).order();

        assertThatThrownBy(() -> orders.update(confirmed, placed.version() + 5)).isInstanceOf(StaleVersionException.class);
        assertThat(orders.find(TENANT, placed.id())).contains(placed);
    }

    @Test
    void of_concurrent_updates_from_the_same_loaded_version_exactly_one_succeeds() {
        Order placed = anOrder(TENANT);
        orders.insert(placed);
        int writers = 8;
        List<Order> changes = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            changes.add(i % 2 == 0 ? confirm(placed, minutes(10 + i)).order() : delete(placed, minutes(10 + i)).order());
        }

        List<Race.Outcome<Object>> outcomes = Race.run(writers, i -> () -> ports.transactions().inTransaction(() -> {
            orders.update(changes.get(i), placed.version());
            return null;
        }));

        assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.succeeded())
                .hasSize(writers - 1)
                .allSatisfy(o -> assertThat(o.failure()).isInstanceOf(StaleVersionException.class));
        int winner = outcomes.indexOf(outcomes.stream().filter(Race.Outcome::succeeded).findFirst().orElseThrow());
        assertThat(orders.find(TENANT, placed.id())).contains(changes.get(winner));
    }

    // ---- list: order and paging

    @Test
    void a_list_is_newest_first() {
        Order oldest = order(TENANT).createdAt(minutes(1)).build();
        Order middle = order(TENANT).createdAt(minutes(2)).build();
        Order newest = order(TENANT).createdAt(minutes(3)).build();
        List.of(middle, newest, oldest).forEach(orders::insert);

        assertThat(orders.list(TENANT, OrderFilter.ALL, Optional.empty(), 10)).containsExactly(newest, middle, oldest);
    }

    @Test
    void orders_created_at_the_same_instant_are_listed_by_id_descending_in_byte_order() {
        // Ids as UUID byte strings compare (PostgreSQL's uuid order, RFC 9562 §6.11): intent-born orders
        // have name-based ids, whose first bit is as often 1 as 0.
        List<OrderId> ascending = List.of(
                new OrderId(UUID.fromString("00000000-0000-5000-8000-000000000001")),
                new OrderId(UUID.fromString("7fffffff-ffff-5fff-bfff-ffffffffffff")),
                new OrderId(UUID.fromString("80000000-0000-5000-8000-000000000000")),
                new OrderId(UUID.fromString("ffffffff-ffff-5fff-bfff-ffffffffffff")));
        List<Order> placed = ascending.stream().map(id -> order(TENANT).id(id).createdAt(minutes(1)).build()).toList();
        List<Order> shuffled = new ArrayList<>(placed);
        Collections.shuffle(shuffled, new Random(7));
        shuffled.forEach(orders::insert);

        assertThat(orders.list(TENANT, OrderFilter.ALL, Optional.empty(), 10))
                .extracting(Order::id)
                .containsExactlyElementsOf(reversed(ascending));
    }

    @Test
    void the_limit_caps_a_page() {
        for (int i = 0; i < 5; i++) {
            orders.insert(order(TENANT).createdAt(minutes(i)).build());
        }

        assertThat(orders.list(TENANT, OrderFilter.ALL, Optional.empty(), 2)).hasSize(2);
        assertThat(orders.list(TENANT, OrderFilter.ALL, Optional.empty(), 1)).hasSize(1);
    }

    @Test
    void paging_with_after_returns_every_order_exactly_once_in_list_order() {
        List<Order> all = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            all.add(order(TENANT).createdAt(minutes(i / 3)).build()); // three orders share each instant
        }
        List<Order> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(11));
        shuffled.forEach(orders::insert);
        orders.insert(anOrder(OTHER_TENANT));
        List<Order> expected = orders.list(TENANT, OrderFilter.ALL, Optional.empty(), 100);

        List<Order> paged = pageThrough(OrderFilter.ALL, 3);

        assertThat(expected).containsExactlyInAnyOrderElementsOf(all);
        assertThat(paged).containsExactlyElementsOf(expected);
    }

    @Test
    void paging_a_filtered_list_returns_every_matching_order_exactly_once() {
        CustomerId wanted = aCustomer();
        List<Order> matching = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            Order o = i % 3 == 0 ? order(TENANT).createdAt(minutes(i / 2)).build()
                    : order(TENANT).createdAt(minutes(i / 2)).lineFor(wanted).build();
            orders.insert(o);
            if (i % 3 != 0) {
                matching.add(o);
            }
        }

        List<Order> paged = pageThrough(OrderFilter.ALL.withCustomer(wanted), 2);

        assertThat(paged).containsExactlyInAnyOrderElementsOf(matching);
        assertThat(paged).containsExactlyElementsOf(orders.list(TENANT, OrderFilter.ALL.withCustomer(wanted), Optional.empty(), 100));
    }

    @Test
    void a_page_continues_after_its_cursor_even_when_the_order_there_is_gone_from_the_list() {
        Order first = order(TENANT).createdAt(minutes(3)).build();
        Order second = order(TENANT).createdAt(minutes(2)).build();
        Order third = order(TENANT).createdAt(minutes(1)).build();
        List.of(first, second, third).forEach(orders::insert);
        List<Order> page = orders.list(TENANT, OrderFilter.ALL, Optional.empty(), 2);
        Order last = page.get(page.size() - 1);
        orders.update(delete(last, minutes(9)).order(), last.version());

        List<Order> next = orders.list(TENANT, OrderFilter.ALL, Optional.of(cursorOf(last)), 2);

        assertThat(page).containsExactly(first, second);
        assertThat(next).containsExactly(third);
    }

    @Test
    void a_cursor_past_the_oldest_order_gives_an_empty_page() {
        Order only = order(TENANT).createdAt(minutes(1)).build();
        orders.insert(only);

        assertThat(orders.list(TENANT, OrderFilter.ALL, Optional.of(cursorOf(only)), 10)).isEmpty();
        assertThat(orders.list(TENANT, OrderFilter.ALL, Optional.of(new OrderCursor(minutes(0), only.id())), 10)).isEmpty();
        assertThat(orders.list(TENANT, OrderFilter.ALL, Optional.of(new OrderCursor(minutes(2), only.id())), 10)).containsExactly(only);
    }

    // ---- list: filters

    @Test
    void the_status_filter_lists_only_orders_in_that_status() {
        Order pending = anOrder(TENANT);
        Order toConfirm = anOrder(TENANT);
        orders.insert(pending);
        orders.insert(toConfirm);
        Order confirmed = confirm(toConfirm, minutes(5)).order();
        orders.update(confirmed, toConfirm.version());

        assertThat(orders.list(TENANT, OrderFilter.ALL.withStatus("CONFIRMED"), Optional.empty(), 10)).containsExactly(confirmed);
        assertThat(orders.list(TENANT, OrderFilter.ALL.withStatus("PENDING"), Optional.empty(), 10)).containsExactly(pending);
        assertThat(orders.list(TENANT, OrderFilter.ALL.withStatus("SHIPPED"), Optional.empty(), 10)).isEmpty();
    }

    @Test
    void the_customer_filter_matches_the_default_customer_or_the_customer_of_any_line() {
        CustomerId wanted = aCustomer();
        Order byDefault = order(TENANT).customer(wanted).createdAt(minutes(3)).build();
        Order onALine = order(TENANT).lineFor(wanted).createdAt(minutes(2)).build();
        Order someoneElses = order(TENANT).lineFor(aCustomer()).createdAt(minutes(1)).build();
        List.of(byDefault, onALine, someoneElses).forEach(orders::insert);

        assertThat(orders.list(TENANT, OrderFilter.ALL.withCustomer(wanted), Optional.empty(), 10)).containsExactly(byDefault, onALine);
        assertThat(orders.list(TENANT, OrderFilter.ALL.withCustomer(aCustomer()), Optional.empty(), 10)).isEmpty();
    }

    @Test
    void the_creation_filter_includes_its_start_and_excludes_its_end() {
        Order before = order(TENANT).createdAt(minutes(9)).build();
        Order atStart = order(TENANT).createdAt(minutes(10)).build();
        Order inside = order(TENANT).createdAt(minutes(15)).build();
        Order atEnd = order(TENANT).createdAt(minutes(20)).build();
        List.of(before, atStart, inside, atEnd).forEach(orders::insert);

        assertThat(orders.list(TENANT, OrderFilter.ALL.createdBetween(minutes(10), minutes(20)), Optional.empty(), 10))
                .containsExactly(inside, atStart);
        assertThat(orders.list(TENANT, OrderFilter.ALL.createdBetween(minutes(10), minutes(10)), Optional.empty(), 10)).isEmpty();
    }

    @Test
    void an_open_ended_creation_filter_bounds_one_side_only() {
        Order early = order(TENANT).createdAt(minutes(1)).build();
        Order late = order(TENANT).createdAt(minutes(30)).build();
        orders.insert(early);
        orders.insert(late);
        OrderFilter from = new OrderFilter(Optional.empty(), Optional.empty(), Optional.of(minutes(30)), Optional.empty(), Optional.empty());
        OrderFilter to = new OrderFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(minutes(30)), Optional.empty());

        assertThat(orders.list(TENANT, from, Optional.empty(), 10)).containsExactly(late);
        assertThat(orders.list(TENANT, to, Optional.empty(), 10)).containsExactly(early);
    }

    @Test
    void the_blocked_filter_tells_orders_held_by_open_blocking_entries_from_the_others() {
        Order free = order(TENANT).createdAt(minutes(2)).build();
        Order toBlock = order(TENANT).createdAt(minutes(1)).build();
        orders.insert(free);
        orders.insert(toBlock);
        Order blocked = block(toBlock, minutes(5)).order();
        orders.update(blocked, toBlock.version());

        assertThat(blocked.isBlocked()).isTrue();
        assertThat(orders.list(TENANT, OrderFilter.ALL.withBlocked(true), Optional.empty(), 10)).containsExactly(blocked);
        assertThat(orders.list(TENANT, OrderFilter.ALL.withBlocked(false), Optional.empty(), 10)).containsExactly(free);
        assertThat(orders.list(TENANT, OrderFilter.ALL, Optional.empty(), 10)).containsExactly(free, blocked);
    }

    @Test
    void filters_combine() {
        CustomerId wanted = aCustomer();
        Order match = order(TENANT).customer(wanted).createdAt(minutes(5)).build();
        Order wrongStatus = order(TENANT).customer(wanted).createdAt(minutes(6)).build();
        Order wrongCustomer = order(TENANT).createdAt(minutes(7)).build();
        Order tooLate = order(TENANT).customer(wanted).createdAt(minutes(40)).build();
        List.of(match, wrongStatus, wrongCustomer, tooLate).forEach(orders::insert);
        for (Order o : List.of(match, wrongCustomer, tooLate)) {
            orders.update(confirm(o, minutes(50)).order(), o.version());
        }
        OrderFilter filter = OrderFilter.ALL.withStatus("CONFIRMED").withCustomer(wanted).createdBetween(minutes(0), minutes(30))
                .withBlocked(false);

        assertThat(orders.list(TENANT, filter, Optional.empty(), 10)).extracting(Order::id).containsExactly(match.id());
    }

    @Test
    void a_deleted_order_is_never_listed_but_still_found_by_id() {
        Order kept = order(TENANT).createdAt(minutes(1)).build();
        Order gone = order(TENANT).createdAt(minutes(2)).build();
        orders.insert(kept);
        orders.insert(gone);
        Order deleted = delete(gone, minutes(3)).order();
        orders.update(deleted, gone.version());

        assertThat(orders.find(TENANT, gone.id())).contains(deleted);
        assertThat(orders.list(TENANT, OrderFilter.ALL, Optional.empty(), 10)).containsExactly(kept);
        assertThat(orders.list(TENANT, OrderFilter.ALL.withStatus(deleted.status()), Optional.empty(), 10)).containsExactly(kept);
        assertThat(orders.list(TENANT, OrderFilter.ALL.withCustomer(deleted.customer().orElseThrow()), Optional.empty(), 10)).isEmpty();
        assertThat(orders.list(TENANT, OrderFilter.ALL.withBlocked(false), Optional.empty(), 10)).containsExactly(kept);
    }

    @Test
    void a_number_of_a_deleted_order_stays_taken() {
        Order gone = anOrder(TENANT);
        orders.insert(gone);
        orders.update(delete(gone, minutes(3)).order(), gone.version());
        OrderNumber number = gone.number();

        assertThatThrownBy(() -> orders.insert(order(TENANT).number(number).build())).isInstanceOf(DuplicateKeyException.class);
    }

    private List<Order> pageThrough(OrderFilter filter, int limit) {
        List<Order> all = new ArrayList<>();
        Optional<OrderCursor> after = Optional.empty();
        for (int pages = 0; pages < 100; pages++) {
            List<Order> page = orders.list(TENANT, filter, after, limit);
            assertThat(page).hasSizeLessThanOrEqualTo(limit);
            all.addAll(page);
            if (page.size() < limit) {
                return all;
            }
            after = Optional.of(cursorOf(page.get(page.size() - 1)));
        }
        throw new AssertionError("paging never ended");
    }

    private static OrderCursor cursorOf(Order order) {
        return new OrderCursor(order.createdAt(), order.id());
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}

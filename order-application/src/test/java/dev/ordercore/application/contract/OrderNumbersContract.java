package dev.ordercore.application.contract;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.out.OrderNumbers;
import dev.ordercore.application.port.out.TransactionRunner;
import dev.ordercore.domain.order.OrderNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static dev.ordercore.application.contract.ContractData.OTHER_TENANT;
import static dev.ordercore.application.contract.ContractData.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link OrderNumbers} does: numbers per tenant, prefix and year, counted from 1 without
 * gaps inside committed transactions; a number drawn in a transaction that rolls back is drawn
 * again; an observed number is never handed out again. Extend it with a {@link #ports()} that
 * answers fresh, empty stores.
 */
public abstract class OrderNumbersContract {

    /** Fresh, empty stores; called once before each test. */
    protected abstract OrderCorePorts ports();

    private OrderNumbers numbers;
    private TransactionRunner transactions;

    @BeforeEach
    void freshStores() {
        OrderCorePorts ports = ports();
        numbers = ports.orderNumbers();
        transactions = ports.transactions();
    }

    @Test
    void numbers_count_from_one_without_gaps() {
        assertThat(List.of(numbers.next(TENANT, "ORD", 2026), numbers.next(TENANT, "ORD", 2026), numbers.next(TENANT, "ORD", 2026)))
                .extracting(OrderNumber::value)
                .containsExactly("ORD-2026-00001", "ORD-2026-00002", "ORD-2026-00003");
    }

    @Test
    void a_block_draws_consecutive_numbers_and_what_it_gives_back_is_drawn_again() {
        numbers.next(TENANT, "ORD", 2026);

        OrderNumber first = transactions.inTransaction(() -> {
            OrderNumber block = numbers.nextBlock(TENANT, "ORD", 2026, 10);
            numbers.giveBack(TENANT, "ORD", 2026, 7);
            return block;
        });

        assertThat(first).isEqualTo(OrderNumber.of("ORD", 2026, 2));
        assertThat(numbers.next(TENANT, "ORD", 2026)).as("2, 3 and 4 kept; 5 to 11 given back").isEqualTo(OrderNumber.of("ORD", 2026, 5));
        assertThat(numbers.nextBlock(OTHER_TENANT, "ORD", 2026, 3)).isEqualTo(OrderNumber.of("ORD", 2026, 1));
    }

    @Test
    void a_block_drawn_in_a_transaction_that_rolls_back_is_drawn_again() {
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            numbers.nextBlock(TENANT, "ORD", 2026, 5);
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        assertThat(numbers.next(TENANT, "ORD", 2026)).isEqualTo(OrderNumber.of("ORD", 2026, 1));
    }

    @Test
    void each_tenant_prefix_and_year_counts_on_its_own() {
        numbers.next(TENANT, "ORD", 2026);
        numbers.next(TENANT, "ORD", 2026);

        assertThat(numbers.next(TENANT, "WF", 2026)).isEqualTo(OrderNumber.of("WF", 2026, 1));
        assertThat(numbers.next(TENANT, "ORD", 2027)).isEqualTo(OrderNumber.of("ORD", 2027, 1));
        assertThat(numbers.next(OTHER_TENANT, "ORD", 2026)).isEqualTo(OrderNumber.of("ORD", 2026, 1));
        assertThat(numbers.next(TENANT, "ORD", 2026)).isEqualTo(OrderNumber.of("ORD", 2026, 3));
    }

    @Test
    void an_observed_number_is_never_handed_out_again() {
        numbers.next(TENANT, "ORD", 2026);

        numbers.observe(TENANT, OrderNumber.of("ORD", 2026, 41));

        assertThat(numbers.next(TENANT, "ORD", 2026)).isEqualTo(OrderNumber.of("ORD", 2026, 42));
    }

    @Test
    void observing_a_number_below_the_counter_changes_nothing() {
        for (int i = 0; i < 5; i++) {
            numbers.next(TENANT, "ORD", 2026);
        }

        numbers.observe(TENANT, OrderNumber.of("ORD", 2026, 2));
        numbers.observe(TENANT, OrderNumber.of("ORD", 2026, 5));

        assertThat(numbers.next(TENANT, "ORD", 2026)).isEqualTo(OrderNumber.of("ORD", 2026, 6));
    }

    @Test
    void observing_a_number_moves_only_its_own_tenant_prefix_and_year() {
        numbers.observe(TENANT, OrderNumber.of("ORD", 2026, 100));

        assertThat(numbers.next(OTHER_TENANT, "ORD", 2026)).isEqualTo(OrderNumber.of("ORD", 2026, 1));
        assertThat(numbers.next(TENANT, "WF", 2026)).isEqualTo(OrderNumber.of("WF", 2026, 1));
        assertThat(numbers.next(TENANT, "ORD", 2025)).isEqualTo(OrderNumber.of("ORD", 2025, 1));
        assertThat(numbers.next(TENANT, "ORD", 2026)).isEqualTo(OrderNumber.of("ORD", 2026, 101));
    }

    @Test
    void a_number_drawn_in_a_rolled_back_transaction_is_drawn_again() {
        numbers.next(TENANT, "ORD", 2026);

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            numbers.next(TENANT, "ORD", 2026);
            numbers.next(TENANT, "ORD", 2026);
            throw new IllegalStateException("the order could not be stored");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(numbers.next(TENANT, "ORD", 2026)).isEqualTo(OrderNumber.of("ORD", 2026, 2));
    }

    @Test
    void the_first_number_of_a_counter_drawn_in_a_rolled_back_transaction_is_drawn_again() {
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            numbers.next(TENANT, "NEW", 2026);
            throw new IllegalStateException("the order could not be stored");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(numbers.next(TENANT, "NEW", 2026)).isEqualTo(OrderNumber.of("NEW", 2026, 1));
    }

    @Test
    void an_observation_in_a_rolled_back_transaction_is_forgotten() {
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            numbers.observe(TENANT, OrderNumber.of("ORD", 2026, 41));
            throw new IllegalStateException("the replay failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(numbers.next(TENANT, "ORD", 2026)).isEqualTo(OrderNumber.of("ORD", 2026, 1));
    }

    @Test
    void numbers_drawn_in_a_committed_transaction_stay_drawn() {
        List<OrderNumber> drawn = transactions.inTransaction(() -> List.of(numbers.next(TENANT, "ORD", 2026),
                numbers.next(TENANT, "ORD", 2026)));

        assertThat(drawn).extracting(OrderNumber::sequence).containsExactly(1L, 2L);
        assertThat(numbers.next(TENANT, "ORD", 2026).sequence()).isEqualTo(3);
    }

    @Test
    void concurrent_transactions_draw_every_number_once_without_gaps() {
        int threads = 6;
        int each = 15;

        List<Race.Outcome<List<Long>>> outcomes = Race.run(threads, i -> () -> {
            List<Long> mine = new ArrayList<>();
            for (int n = 0; n < each; n++) {
                mine.add(transactions.inTransaction(() -> numbers.next(TENANT, "ORD", 2026)).sequence());
            }
            return mine;
        });

        assertThat(outcomes).allSatisfy(o -> assertThat(o.failure()).isNull());
        assertThat(outcomes.stream().flatMap(o -> o.value().stream()).toList())
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, (long) threads * each).boxed().toList());
    }
}

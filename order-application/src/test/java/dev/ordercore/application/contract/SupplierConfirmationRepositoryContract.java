package dev.ordercore.application.contract;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.out.DuplicateKeyException;
import dev.ordercore.application.port.out.SupplierConfirmationRepository;
import dev.ordercore.domain.order.LineItemId;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.shared.UnitPrice;
import dev.ordercore.domain.supplier.ConfirmationMethod;
import dev.ordercore.domain.supplier.ConfirmationOutcome;
import dev.ordercore.domain.supplier.ConfirmedLine;
import dev.ordercore.domain.supplier.SupplierConfirmation;
import dev.ordercore.domain.supplier.SupplierConfirmationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.ordercore.application.contract.ContractData.DAY;
import static dev.ordercore.application.contract.ContractData.OTHER_TENANT;
import static dev.ordercore.application.contract.ContractData.TENANT;
import static dev.ordercore.application.contract.ContractData.anOrder;
import static dev.ordercore.application.contract.ContractData.minutes;
import static dev.ordercore.application.contract.ContractData.uuids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link SupplierConfirmationRepository} does: keeps every confirmation of an order
 * exactly as received (each confirmed quantity and unit price to its last decimal, which line
 * replaced which, the supplier's texts), lists an order's confirmations oldest first by received
 * time and then by id in the byte order PostgreSQL sorts uuids in, refuses a second confirmation
 * with the same id, and never shows one tenant's confirmations to another (R35). Extend it with a
 * {@link #ports()} that answers fresh, empty stores.
 */
public abstract class SupplierConfirmationRepositoryContract {

    /** Fresh, empty stores; called once before each test. */
    protected abstract OrderCorePorts ports();

    private OrderCorePorts ports;
    private SupplierConfirmationRepository confirmations;

    @BeforeEach
    void freshStores() {
        ports = ports();
        confirmations = ports.supplierConfirmations();
    }

    private Order stored(Order order) {
        ports.transactions().inTransaction(() -> {
            ports.orders().insert(order);
            return null;
        });
        return order;
    }

    private void add(SupplierConfirmation confirmation) {
        ports.transactions().inTransaction(() -> {
            confirmations.add(confirmation);
            return null;
        });
    }

    /** A confirmation with every field given: two lines, one replaced at a price with sub-cent decimals, one as ordered. */
    static SupplierConfirmation confirmed(SupplierConfirmationId id, Order order, Instant at) {
        LineItemId line = order.lineItems().get(0).id();
        return new SupplierConfirmation(id, order.tenant(), order.id(), ConfirmationOutcome.CONFIRMED, ConfirmationMethod.EMAIL,
                List.of(new ConfirmedLine(line, Optional.of(10), Optional.of(UnitPrice.of("145.125", "EUR")),
                                Optional.of(LineItemId.next(uuids()))),
                        new ConfirmedLine(LineItemId.next(uuids()), Optional.empty(), Optional.of(UnitPrice.of("0", "EUR")), Optional.empty()),
                        new ConfirmedLine(LineItemId.next(uuids()), Optional.of(3), Optional.empty(), Optional.empty())),
                Optional.of("LEV-2026/0042"), Optional.of("Vi levererar på tisdag – 10 flaskor kvar 🍷"), Optional.empty(),
                Optional.of(DAY), Optional.of(3), at, "ann");
    }

    static SupplierConfirmation refused(SupplierConfirmationId id, Order order, Instant at) {
        return new SupplierConfirmation(id, order.tenant(), order.id(), ConfirmationOutcome.REFUSED, ConfirmationMethod.API, List.of(),
                Optional.empty(), Optional.empty(), Optional.of("Slut i lager"), Optional.empty(), Optional.empty(), at, "supplier-hook");
    }

    static SupplierConfirmationId anId() {
        return SupplierConfirmationId.next(uuids());
    }

    @Test
    void a_confirmation_is_listed_exactly_as_received() {
        Order order = stored(anOrder(TENANT));
        SupplierConfirmation confirmation = confirmed(anId(), order, minutes(5));

        add(confirmation);

        assertThat(confirmations.listFor(TENANT, order.id())).containsExactly(confirmation);
        assertThat(confirmations.listFor(TENANT, order.id()).get(0).lines().get(0).unitPrice().orElseThrow().amount().toPlainString())
                .isEqualTo("145.125");
    }

    @Test
    void a_refusal_is_listed_exactly_as_received() {
        Order order = stored(anOrder(TENANT));
        SupplierConfirmation refusal = refused(anId(), order, minutes(1));

        add(refusal);

        assertThat(confirmations.listFor(TENANT, order.id())).containsExactly(refusal);
    }

    @Test
    void an_orders_confirmations_are_listed_oldest_first_then_by_id_in_byte_order() {
        Order order = stored(anOrder(TENANT));
        SupplierConfirmation latest = refused(anId(), order, minutes(9));
        SupplierConfirmation earliest = confirmed(anId(), order, minutes(1));
        // Equal times: 7fff... sorts before 8000... byte by byte, while UUID.compareTo (signed) would put 8000... first.
        SupplierConfirmation low = refused(new SupplierConfirmationId(UUID.fromString("7fffffff-0000-7000-8000-000000000001")), order,
                minutes(4));
        SupplierConfirmation high = confirmed(new SupplierConfirmationId(UUID.fromString("80000000-0000-7000-8000-000000000001")), order,
                minutes(4));

        add(latest);
        add(high);
        add(earliest);
        add(low);

        assertThat(confirmations.listFor(TENANT, order.id())).containsExactly(earliest, low, high, latest);
    }

    @Test
    void confirmations_of_other_orders_are_not_listed_and_an_order_without_any_lists_none() {
        Order order = stored(anOrder(TENANT));
        Order other = stored(anOrder(TENANT));
        SupplierConfirmation mine = confirmed(anId(), order, minutes(1));
        add(mine);
        add(refused(anId(), other, minutes(2)));

        assertThat(confirmations.listFor(TENANT, order.id())).containsExactly(mine);
        assertThat(confirmations.listFor(TENANT, stored(anOrder(TENANT)).id())).isEmpty();
    }

    @Test
    void R35_another_tenants_confirmations_are_not_listed() {
        Order order = stored(anOrder(TENANT));
        add(confirmed(anId(), order, minutes(1)));

        assertThat(confirmations.listFor(OTHER_TENANT, order.id())).isEmpty();
    }

    @Test
    void a_second_confirmation_with_the_same_id_is_refused_and_the_first_kept() {
        Order order = stored(anOrder(TENANT));
        SupplierConfirmationId id = anId();
        SupplierConfirmation first = confirmed(id, order, minutes(1));
        add(first);

        assertThatThrownBy(() -> add(refused(id, order, minutes(2)))).isInstanceOf(DuplicateKeyException.class);
        assertThat(confirmations.listFor(TENANT, order.id())).containsExactly(first);
    }

    @Test
    void a_confirmation_added_in_a_transaction_that_rolls_back_is_not_kept() {
        Order order = stored(anOrder(TENANT));

        try {
            ports.transactions().inTransaction(() -> {
                confirmations.add(confirmed(anId(), order, minutes(1)));
                throw new IllegalStateException("the command failed after adding");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }

        assertThat(confirmations.listFor(TENANT, order.id())).isEmpty();
    }
}

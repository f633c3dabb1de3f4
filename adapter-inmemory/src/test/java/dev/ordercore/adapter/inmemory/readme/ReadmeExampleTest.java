package dev.ordercore.adapter.inmemory.readme;

import dev.ordercore.adapter.inmemory.InMemoryStores;
import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.in.PlaceOrderCommand;
import dev.ordercore.application.port.in.TransitionOrderCommand;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.access.Role;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's embedding example, run as written; the second test keeps the README's copy identical to this one. */
class ReadmeExampleTest {

    @Test
    void the_readme_example_places_an_order_and_confirms_it() {
        // README:start
        InMemoryStores stores = InMemoryStores.create(Clock.systemUTC());
        OrderCore core = OrderCore.create(stores.ports());
        TenantId tenant = TenantId.of("winefeed");
        Principal ann = Principal.user("ann", tenant, Role.OPERATOR);

        OrderDraft draft = OrderDraft.builder(Currency.getInstance("SEK"))
                .customer(CustomerId.of("0190f7a4-5c1e-7c3a-9f00-000000000001"))
                .line(LineItemDraft.builder().description("Wine tasting").quantity(2)
                        .unitPrice("450.00").on(LocalDate.parse("2026-02-01")).build())
                .build();
        Order order = core.placeOrder()
                .place(new PlaceOrderCommand(ann, tenant, draft))
                .orElseThrow(refusal -> new IllegalStateException(refusal.message()));

        Order confirmed = core.transitionOrder()
                .transition(new TransitionOrderCommand(ann, tenant, order.id(), "CONFIRMED",
                        Optional.of("supplier confirmed"), false, Optional.of(order.version())))
                .orElseThrow(refusal -> new IllegalStateException(refusal.message()));
        System.out.println(confirmed.number() + " is " + confirmed.status()); // ORD-2026-00001 is CONFIRMED
        // README:end

        assertThat(confirmed.status()).isEqualTo("CONFIRMED");
        assertThat(confirmed.lineItems().get(0).amount().amount()).isEqualByComparingTo("900.00");
        assertThat(stores.outbox().events()).extracting(e -> e.type()).containsExactly("OrderPlaced", "OrderStatusChanged");
    }

    @Test
    void the_readme_shows_exactly_this_example() throws IOException {
        Path here = Path.of("src/test/java/dev/ordercore/adapter/inmemory/readme/ReadmeExampleTest.java");
        String source = Files.readString(here);
        String example = source.substring(source.indexOf("// README:start") + "// README:start".length(), source.indexOf("// README:end"));
        String readme = Files.readString(Path.of("../README.md"));

        assertThat(normalize(readme)).contains(normalize(example));
    }

    private static String normalize(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
    }
}

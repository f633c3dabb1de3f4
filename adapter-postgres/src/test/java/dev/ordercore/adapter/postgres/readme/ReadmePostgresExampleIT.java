package dev.ordercore.adapter.postgres.readme;

import dev.ordercore.adapter.postgres.OutboxRelay;
import dev.ordercore.adapter.postgres.PostgresMigrations;
import dev.ordercore.adapter.postgres.PostgresStores;
import dev.ordercore.adapter.postgres.PostgresTestDatabase;
import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.in.PlaceOrderCommand;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.access.Role;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's PostgreSQL example, run as written; the second test keeps the README's copy identical to this one. */
class ReadmePostgresExampleIT {

    private final BlockingQueue<DomainEvent> published = new LinkedBlockingQueue<>();

    @Test
    void the_readme_example_migrates_connects_and_relays_events() throws InterruptedException {
        PostgresTestDatabase pg = PostgresTestDatabase.forClass(ReadmePostgresExampleIT.class);
        pg.truncate();
        DataSource ownerDataSource = pg.owner();
        DataSource appDataSource = pg.app();

        // README:start
        PostgresMigrations.migrate(ownerDataSource);
        PostgresStores stores = PostgresStores.create(appDataSource, Clock.systemUTC()); // a HikariCP pool, say
        OrderCore core = stores.core();
        OutboxRelay relay = stores.relay();            // one per application instance
        relay.subscribe(event -> publish(event));      // at least once, in commit order per aggregate
        relay.start(Duration.ofMillis(200));
        // README:end

        try {
            TenantId tenant = TenantId.of("winefeed");
            core.placeOrder().place(new PlaceOrderCommand(Principal.user("ann", tenant, Role.OPERATOR), tenant,
                    OrderDraft.builder(Currency.getInstance("SEK"))
                            .customer(CustomerId.of("0190f7a4-5c1e-7c3a-9f00-000000000001"))
                            .line(LineItemDraft.builder().description("Wine tasting").quantity(2)
                                    .unitPrice("450.00").on(LocalDate.parse("2026-02-01")).build())
                            .build()))
                    .orElseThrow(refusal -> new IllegalStateException(refusal.message()));

            DomainEvent event = published.poll(30, TimeUnit.SECONDS);
            assertThat(event).isNotNull();
            assertThat(event.type()).isEqualTo("OrderPlaced");
        } finally {
            relay.close();
        }
    }

    private void publish(DomainEvent event) {
        published.add(event);
    }

    @Test
    void the_readme_shows_exactly_this_example() throws IOException {
        Path here = Path.of("src/test/java/dev/ordercore/adapter/postgres/readme/ReadmePostgresExampleIT.java");
        String source = Files.readString(here);
        String example = source.substring(source.indexOf("// README:start") + "// README:start".length(), source.indexOf("// README:end"));
        String readme = Files.readString(Path.of("../README.md"));

        assertThat(normalize(readme)).contains(normalize(example));
    }

    private static String normalize(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
    }
}

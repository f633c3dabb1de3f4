package dev.ordercore.adapter.postgres;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.in.PlaceOrderCommand;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.access.Role;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.shared.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The adapter's statement log (issue 7): with the logger {@code dev.ordercore.adapter.postgres.sql}
 * at DEBUG, every statement of a placement is written with its bind values, the eight of
 * docs/benchmarks.md in their order; with it off, the stores add no listener at all.
 */
class StatementLogIT {

    private static final TenantId TENANT = TenantId.of("winefeed");
    private static final Principal ANN = Principal.user("ann", TENANT, Role.OPERATOR);

    private final Logger logger = (Logger) LoggerFactory.getLogger(StatementLog.LOGGER);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @AfterEach
    void restore() {
        logger.detachAppender(appender);
        logger.setLevel(null);
    }

    @Test
    void the_statement_log_has_the_eight_statements_of_a_placement_with_their_bind_values() {
        logger.setLevel(Level.DEBUG);
        appender.start();
        logger.addAppender(appender);
        OrderCore core = PostgresTestDatabase.forClass(StatementLogIT.class).freshStores(Clock.systemUTC()).core();
        place(core); // the first placement of a tenant is no different, but settle the tenant's counter row first
        appender.list.clear();

        Order placed = place(core);

        List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).as(String.join("\n", lines)).hasSize(8);
        assertThat(lines).allSatisfy(line -> assertThat(line).startsWith("{\"sql\":\"").contains("\"binds\":[").containsPattern("\"micros\":\\d+}$"));
        assertThat(lines.get(0)).contains("set_config").contains("\"ordercore.tenant_id\"", "\"winefeed\"");
        assertThat(lines.get(1)).contains("tenant_settings");
        assertThat(lines.get(2)).contains("order_modifier_rules");
        assertThat(lines.get(3)).contains("order_number_counters").containsIgnoringCase("returning");
        assertThat(lines.get(4)).containsIgnoringCase("insert into orders").contains("\"" + placed.id().value() + "\"");
        assertThat(lines.get(5)).containsIgnoringCase("insert into line_items").contains("\"Wine tasting 4\"", "\"45.00\"");
        assertThat(lines.get(6)).contains("status_history", "order_module_status");
        assertThat(lines.get(7)).containsIgnoringCase("insert into outbox");
    }

    @Test
    void with_the_logger_off_no_statement_is_logged_and_no_listener_is_added() {
        logger.setLevel(Level.INFO);
        appender.start();
        logger.addAppender(appender);
        assertThat(StatementLog.ifEnabled()).isEmpty();

        place(PostgresTestDatabase.forClass(StatementLogIT.class).freshStores(Clock.systemUTC()).core());

        assertThat(appender.list).isEmpty();
    }

    private static Order place(OrderCore core) {
        OrderDraft.Builder draft = OrderDraft.builder(Currency.getInstance("SEK"))
                .customer(CustomerId.of("0190f7a4-5c1e-7c3a-9f00-000000000001"));
        LocalDate monthAhead = LocalDate.now(Clock.systemUTC()).plusDays(30);
        for (int i = 0; i < 5; i++) {
            draft.line(LineItemDraft.builder().description("Wine tasting " + i).quantity(2).unitPrice("45.00").on(monthAhead).build());
        }
        return core.placeOrder().place(new PlaceOrderCommand(ANN, TENANT, draft.build()))
                .orElseThrow(e -> new IllegalStateException(e.message()));
    }
}

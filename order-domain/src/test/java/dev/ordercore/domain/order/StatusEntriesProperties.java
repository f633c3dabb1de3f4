package dev.ordercore.domain.order;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.access.Role;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.testing.HistoryArbitraries;
import dev.ordercore.domain.testing.OrderStory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** R18: who may write which status codes. */
@StatisticsReport(onFailureOnly = true)
class StatusEntriesProperties {

    private static final TenantId TENANT = TenantId.of("shop");
    private static final Instant NOW = Instant.parse("2026-01-14T10:00:00Z");
    private static final Set<String> NAMESPACES = Set.of("inventory", "billing", "order", "manual", "payments");

    /** A writer: a module writer owning some namespaces, sometimes also a tenant user with a role. */
    record Writer(Set<String> modules, Optional<Role> role) {
        Principal principal() {
            return new Principal("writer", Set.of(TENANT), role.map(Set::of).orElse(Set.of()), modules);
        }
    }

    @Provide
    Arbitrary<Writer> writers() {
        return Combinators.combine(Arbitraries.subsetOf("inventory", "billing", "payments"), Arbitraries.of(Role.class).optional(0.5))
                .as(Writer::new);
    }

    @Provide
    Arbitrary<String> codes() {
        Arbitrary<String> namespaces = Arbitraries.oneOf(Arbitraries.of(NAMESPACES),
                Arbitraries.of("Inventory", "in-ventory", "", "x".repeat(41)));
        Arbitrary<String> statuses = Arbitraries.oneOf(Arbitraries.of("reserved", "reservation_backordered", "po_2"),
                Arbitraries.of("Reserved", "", "a b"));
        return Arbitraries.frequencyOf(
                Tuple.of(8, Combinators.combine(namespaces, statuses).as((n, s) -> n + ":" + s)),
                Tuple.of(1, Arbitraries.of("reserved", "inventory:reserved:again", ":reserved")));
    }

    @Property(tries = 200)
    @Label("R18 a writer appends namespace:status codes in [a-z0-9_] of namespaces it owns only, and order: never")
    void a_writer_appends_only_to_the_namespaces_it_owns(@ForAll("writers") Writer writer, @ForAll("codes") String code) {
        StatusEntries.Request request = new StatusEntries.Request(Optional.empty(), code, Optional.empty(), Severity.INFO,
                JsonObject.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        Result<NewStatusEntry, OrderError> entry = StatusEntries.entry(new StatusEntryId(UUID.randomUUID()), TENANT,
                new OrderId(UUID.randomUUID()), request, writer.principal(), NOW);

        boolean wellFormed = code.matches("[a-z0-9_]{1,40}:[a-z0-9_]{1,40}");
        String namespace = wellFormed ? code.substring(0, code.indexOf(':')) : "";
        boolean owned = writer.modules().contains(namespace)
                || namespace.equals("manual") && writer.role().filter(r -> r.includes(Role.OPERATOR)).isPresent();
        String outcome;
        if (!wellFormed) {
            outcome = "malformed code";
            assertThat(entry.error()).isInstanceOfSatisfying(OrderError.ValidationFailed.class, f ->
                    assertThat(f.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly("code invalid_code"));
        } else if (namespace.equals("order")) {
            outcome = "reserved order:";
            assertThat(entry.error()).isEqualTo(new OrderError.ReservedNamespace("order"));
        } else if (!owned) {
            outcome = "not owned";
            assertThat(entry.error()).isEqualTo(new OrderError.NamespaceNotOwned(namespace));
            assertThat(entry.error().kind()).isEqualTo(OrderError.Kind.FORBIDDEN);
        } else {
            outcome = "owned";
            assertThat(entry.value().code().toString()).isEqualTo(code);
            assertThat(entry.value().writtenBy()).isEqualTo("writer");
            assertThat(entry.value().recordedAt()).isEqualTo(NOW);
        }
        Statistics.label("R18").collect(outcome);
        Statistics.label("R18").coverage(c -> {
            c.check("owned").count(n -> n > 0);
            c.check("not owned").count(n -> n > 0);
            c.check("reserved order:").count(n -> n > 0);
            c.check("malformed code").count(n -> n > 0);
        });
    }

    @Property(tries = 100)
    @Label("R18 order: entries are written only by transitions: recording one on an order is refused and changes nothing")
    void recording_an_order_entry_is_refused(@ForAll(supplier = HistoryArbitraries.Stories.class) OrderStory story) {
        Order order = story.order();
        NewStatusEntry sneaky = new NewStatusEntry(new StatusEntryId(UUID.randomUUID()), order.tenant(), order.id(),
                Optional.empty(), StatusCode.entered("CONFIRMED"), Optional.empty(), Severity.INFO, JsonObject.empty(), NOW, "intruder",
                Optional.empty(), Optional.empty());

        Result<OrderChange, OrderError> recorded = order.record(sneaky, NOW);

        assertThat(recorded.error()).isEqualTo(new OrderError.ReservedNamespace("order"));
        assertThat(story.order()).isSameAs(order);
    }
}

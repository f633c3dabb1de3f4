package dev.ordercore.application.contract;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.out.EntryCursor;
import dev.ordercore.application.port.out.EntrySearch;
import dev.ordercore.application.port.out.FoundEntry;
import dev.ordercore.application.port.out.StatusHistoryRepository;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.order.NewStatusEntry;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusCode;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.order.StatusEntryId;
import dev.ordercore.domain.shared.TenantId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import static dev.ordercore.application.contract.ContractData.OTHER_TENANT;
import static dev.ordercore.application.contract.ContractData.TENANT;
import static dev.ordercore.application.contract.ContractData.anEntryId;
import static dev.ordercore.application.contract.ContractData.anOrder;
import static dev.ordercore.application.contract.ContractData.minutes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link StatusHistoryRepository#search}, the query behind the alert list (R37): entries of the
 * namespaces asked for across a tenant's orders, filtered, newest first by recordedAt then
 * arrival, each with whether it is open, never a closing entry, page after page from a cursor.
 * On random histories every store answers exactly what a plain filter over everything appended
 * answers, so the in-memory and PostgreSQL stores agree.
 */
public abstract class StatusHistorySearchContract {

    private static final List<String> NAMESPACES = List.of("alerts", "credit", "inventory");
    private static final List<String> STATUSES = List.of("high_value", "rush", "limit_exceeded");

    /** Fresh, empty stores; called for each test and each try of a property. */
    protected abstract OrderCorePorts ports();

    /** What was appended, and which entries some later entry of their order closes. */
    private record Appended(List<StatusEntry> entries, Set<StatusEntryId> closed, List<OrderId> orders) {
    }

    private static NewStatusEntry entry(Order order, String code, Severity severity, Instant at, Optional<StatusEntryId> closes) {
        return new NewStatusEntry(anEntryId(), order.tenant(), order.id(), Optional.empty(), StatusCode.parse(code), Optional.of("alert"),
                severity, JsonObject.builder().put("threshold", 1).build(), at, "system", Optional.empty(), closes);
    }

    private static Appended appendRandomly(OrderCorePorts ports, Random random) {
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Order o = anOrder(TENANT);
            ports.orders().insert(o);
            orders.add(o);
        }
        Order foreign = anOrder(OTHER_TENANT);
        ports.orders().insert(foreign);
        List<StatusEntry> appended = new ArrayList<>();
        Set<StatusEntryId> closed = new HashSet<>();
        for (int i = 0; i < 25; i++) {
            boolean other = random.nextInt(8) == 0;
            Order order = other ? foreign : orders.get(random.nextInt(orders.size()));
            String namespace = NAMESPACES.get(random.nextInt(NAMESPACES.size()));
            Instant at = minutes(random.nextInt(12)); // few distinct times: ties are broken by arrival
            List<StatusEntry> closable = appended.stream()
                    .filter(e -> e.order().equals(order.id()) && e.closes().isEmpty() && !closed.contains(e.id())).toList();
            if (!closable.isEmpty() && random.nextInt(4) == 0) {
                StatusEntry target = closable.get(random.nextInt(closable.size()));
                appended.add(ports.history().append(entry(order, target.module() + ":closed", Severity.INFO, at, Optional.of(target.id()))));
                closed.add(target.id());
            } else {
                Severity severity = Severity.values()[random.nextInt(Severity.values().length)];
                appended.add(ports.history().append(entry(order, namespace + ":" + STATUSES.get(random.nextInt(STATUSES.size())), severity,
                        at, Optional.empty())));
            }
        }
        return new Appended(appended, closed, orders.stream().map(Order::id).toList());
    }

    /** The answer a plain filter over everything appended gives. */
    private static List<FoundEntry> expected(Appended a, TenantId tenant, EntrySearch s) {
        Predicate<StatusEntry> matches = e -> e.tenant().equals(tenant)
                && e.closes().isEmpty()
                && s.namespaces().contains(e.module())
                && s.code().map(e.code()::equals).orElse(true)
                && s.severity().map(v -> v == e.severity()).orElse(true)
                && s.from().map(f -> !e.recordedAt().isBefore(f)).orElse(true)
                && s.to().map(t -> e.recordedAt().isBefore(t)).orElse(true)
                && s.order().map(e.order()::equals).orElse(true)
                && s.open().map(open -> open != a.closed().contains(e.id())).orElse(true)
                && s.after().map(c -> e.recordedAt().isBefore(c.recordedAt())
                || e.recordedAt().equals(c.recordedAt()) && e.sequence() < c.sequence()).orElse(true);
        return a.entries().stream().filter(matches).map(e -> new FoundEntry(e, !a.closed().contains(e.id())))
                .sorted(FoundEntry.NEWEST_FIRST).limit(s.limit()).toList();
    }

    private static EntrySearch randomSearch(Random random, Appended a) {
        Set<String> namespaces = new HashSet<>();
        namespaces.add(NAMESPACES.get(random.nextInt(NAMESPACES.size())));
        if (random.nextBoolean()) {
            namespaces.add(NAMESPACES.get(random.nextInt(NAMESPACES.size())));
        }
        String someNamespace = namespaces.iterator().next();
        Optional<StatusCode> code = random.nextInt(3) == 0
                ? Optional.of(new StatusCode(someNamespace, STATUSES.get(random.nextInt(STATUSES.size())))) : Optional.empty();
        Optional<Severity> severity = random.nextInt(3) == 0 ? Optional.of(Severity.values()[random.nextInt(3)]) : Optional.empty();
        Optional<Instant> from = random.nextInt(3) == 0 ? Optional.of(minutes(random.nextInt(6))) : Optional.empty();
        Optional<Instant> to = random.nextInt(3) == 0 ? Optional.of(minutes(6 + random.nextInt(7))) : Optional.empty();
        Optional<OrderId> order = random.nextInt(3) == 0 ? Optional.of(a.orders().get(random.nextInt(a.orders().size()))) : Optional.empty();
        Optional<Boolean> open = random.nextInt(3) == 0 ? Optional.of(random.nextBoolean()) : Optional.empty();
        Optional<EntryCursor> after = random.nextInt(3) == 0 ? Optional.of(new EntryCursor(minutes(random.nextInt(12)), random.nextInt(40)))
                : Optional.empty();
        return new EntrySearch(namespaces, code, severity, from, to, order, open, after, 1 + random.nextInt(30));
    }

    @Property(tries = 12)
    @Label("R37 every search answers what a plain filter over all appended entries answers, newest first, with openness")
    void a_search_answers_exactly_the_matching_entries_newest_first(@ForAll long seed) {
        Random random = new Random(seed);
        OrderCorePorts ports = ports();
        Appended appended = appendRandomly(ports, random);

        for (int i = 0; i < 15; i++) {
            EntrySearch search = randomSearch(random, appended);
            assertThat(ports.history().search(TENANT, search)).as("%s", search).isEqualTo(expected(appended, TENANT, search));
        }
    }

    @Test
    void paging_with_the_last_entrys_cursor_walks_every_entry_once_newest_first() {
        OrderCorePorts ports = ports();
        Appended appended = appendRandomly(ports, new Random(42));
        EntrySearch all = EntrySearch.in(Set.copyOf(NAMESPACES), 1000);
        List<FoundEntry> everything = ports.history().search(TENANT, all);

        List<FoundEntry> walked = new ArrayList<>();
        Optional<EntryCursor> after = Optional.empty();
        List<FoundEntry> page;
        do {
            page = ports.history().search(TENANT, new EntrySearch(all.namespaces(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), after, 4));
            walked.addAll(page);
            after = page.isEmpty() ? after : Optional.of(new EntryCursor(page.get(page.size() - 1).entry().recordedAt(),
                    page.get(page.size() - 1).entry().sequence()));
        } while (page.size() == 4);

        assertThat(walked).isEqualTo(everything);
        assertThat(everything).isEqualTo(expected(appended, TENANT, all));
        assertThat(everything).noneMatch(f -> f.entry().closes().isPresent());
    }

    @Test
    void R35_a_search_never_answers_another_tenants_entries() {
        OrderCorePorts ports = ports();
        Order foreign = anOrder(OTHER_TENANT);
        ports.orders().insert(foreign);
        ports.history().append(entry(foreign, "alerts:rush", Severity.WARNING, minutes(1), Optional.empty()));

        assertThat(ports.history().search(TENANT, EntrySearch.in(Set.of("alerts"), 10))).isEmpty();
        assertThat(ports.history().search(OTHER_TENANT, EntrySearch.in(Set.of("alerts"), 10))).hasSize(1);
    }
}

package dev.ordercore.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordercore.domain.lifecycle.Lifecycle;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.StatusCode;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks every stored order's history against its lifecycle (R13, R14, R17), straight from the
 * tables, for the reliability tests (concurrency, fuzz, crash): whatever the requests did, each order
 * must still be a story its lifecycle can tell.
 *
 * <p>Per order: exactly one {@code order:submitted} entry, the first of its {@code order:} entries;
 * its transition entries (arrival order) a path of its lifecycle from the initial state, folded by
 * the domain's own {@link Lifecycle#fold} (no rule re-implemented here), each entry's {@code from}
 * the state the one before it entered (no step lost or doubled); the stored status the state the
 * fold reaches; the stored version at least one per transition (each transition is a version of its
 * own); exactly one {@code OrderPlaced} event, and one {@code OrderStatusChanged} event per
 * transition entry, in the same order with the same from and to. The same for every line with the
 * line lifecycle, against {@code line_items.status} and {@code LineItemStatusChanged}.
 */
final class HistoryChecker {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Function<String, Lifecycle> lifecycles;

    private HistoryChecker(Function<String, Lifecycle> lifecycles) {
        this.lifecycles = lifecycles;
    }

    /** For orders on seed 001's lifecycles (every tenant the tests create). */
    static HistoryChecker withDefaultLifecycles() {
        return new HistoryChecker(LifecycleSet.DEFAULT::named);
    }

    /** What the check found: how many orders and entries it read, and every problem. */
    record Report(int orders, int entries, List<String> problems) {
        Report {
            problems = List.copyOf(problems);
        }

        boolean valid() {
            return problems.isEmpty();
        }

        @Override
        public String toString() {
            return orders + " orders, " + entries + " history entries, " + (problems.isEmpty() ? "every history valid"
                    : problems.size() + " problems:\n  " + String.join("\n  ", problems.subList(0, Math.min(50, problems.size()))));
        }
    }

    private record StoredOrder(String tenant, String id, String lifecycle, String status, long version) {
    }

    private record Entry(Optional<String> line, StatusCode code, JsonNode payload) {
    }

    private record Event(String type, JsonNode payload) {
    }

    private record Line(String id, String lifecycle, String status) {
    }

    /** Checks every order of every tenant. */
    Report check(Connection c) {
        List<String> problems = new ArrayList<>();
        int entries = 0;
        List<StoredOrder> orders = orders(c);
        for (StoredOrder order : orders) {
            List<Entry> history = history(c, order);
            entries += history.size();
            check(order, history, events(c, order), lines(c, order), problems);
        }
        return new Report(orders.size(), entries, problems);
    }

    private void check(StoredOrder order, List<Entry> history, List<Event> events, List<Line> lines, List<String> problems) {
        String name = "order " + order.tenant() + "/" + order.id();
        List<Entry> orderEntries = history.stream().filter(e -> e.code().isOrder() && e.line().isEmpty()).toList();
        long submitted = orderEntries.stream().filter(e -> e.code().equals(StatusCode.SUBMITTED)).count();
        if (submitted != 1 || !orderEntries.get(0).code().equals(StatusCode.SUBMITTED)) {
            problems.add(name + ": " + submitted + " order:submitted entries, the first order: entry is "
                    + (orderEntries.isEmpty() ? "missing" : orderEntries.get(0).code()));
        }
        List<Entry> transitions = orderEntries.stream().filter(e -> e.code().isTransition()).toList();
        Lifecycle lifecycle = lifecycles.apply(order.lifecycle());
        path(name, lifecycle, transitions, order.status(), problems);
        if (order.version() < 1 + transitions.size()) {
            problems.add(name + ": version " + order.version() + " but " + transitions.size() + " transitions (each is a version)");
        }
        long placed = events.stream().filter(e -> e.type().equals("OrderPlaced")).count();
        if (placed != 1) {
            problems.add(name + ": " + placed + " OrderPlaced events");
        }
        sameSteps(name, transitions, events.stream().filter(e -> e.type().equals("OrderStatusChanged")).toList(), problems);

        for (Line line : lines) {
            String lineName = name + " line " + line.id();
            List<Entry> lineTransitions = history.stream()
                    .filter(e -> e.code().isTransition() && e.line().equals(Optional.of(line.id()))).toList();
            path(lineName, lifecycles.apply(line.lifecycle()), lineTransitions, line.status(), problems);
            sameSteps(lineName, lineTransitions, events.stream().filter(e -> e.type().equals("LineItemStatusChanged")
                    && e.payload().path("lineItemId").asText().equals(line.id())).toList(), problems);
        }
    }

    /** The transitions, folded through the lifecycle, reach the stored status; each starts where the one before ended. */
    private static void path(String name, Lifecycle lifecycle, List<Entry> transitions, String stored, List<String> problems) {
        List<String> entered = transitions.stream().map(e -> e.code().state()).toList();
        Result<String, OrderError> folded = lifecycle.fold(entered);
        if (folded.isErr()) {
            problems.add(name + ": " + entered + " is not a path of lifecycle " + lifecycle.name() + ": " + folded.error().message());
        } else if (!folded.value().equals(stored)) {
            problems.add(name + ": the history reaches " + folded.value() + " but the stored status is " + stored);
        }
        String before = lifecycle.initial();
        for (Entry entry : transitions) {
            String from = entry.payload().path("from").asText();
            String to = entry.payload().path("to").asText();
            if (!from.equals(before) || !to.equals(entry.code().state())) {
                problems.add(name + ": entry " + entry.code() + " says " + from + " -> " + to + " after " + before);
            }
            before = entry.code().state();
        }
    }

    /** One status-changed event per transition entry, in the same order, with the same steps. */
    private static void sameSteps(String name, List<Entry> transitions, List<Event> changed, List<String> problems) {
        List<String> steps = transitions.stream().map(e -> e.payload().path("from").asText() + "->" + e.payload().path("to").asText())
                .toList();
        List<String> published = changed.stream().map(e -> e.payload().path("from").asText() + "->" + e.payload().path("to").asText())
                .toList();
        if (!Objects.equals(steps, published)) {
            problems.add(name + ": history steps " + steps + " but events " + published);
        }
    }

    private static List<StoredOrder> orders(Connection c) {
        List<StoredOrder> orders = new ArrayList<>();
        query(c, "select tenant_id, id::text, lifecycle, status, version from orders order by tenant_id, created_at, id", List.of(),
                r -> orders.add(new StoredOrder(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5))));
        return orders;
    }

    private static List<Entry> history(Connection c, StoredOrder order) {
        List<Entry> entries = new ArrayList<>();
        query(c, "select line_item_id::text, namespace, status, payload::text from status_history"
                        + " where tenant_id = ? and order_id = ?::uuid order by sequence", List.of(order.tenant(), order.id()),
                r -> entries.add(new Entry(Optional.ofNullable(r.getString(1)), new StatusCode(r.getString(2), r.getString(3)),
                        json(r.getString(4)))));
        return entries;
    }

    private static List<Event> events(Connection c, StoredOrder order) {
        List<Event> events = new ArrayList<>();
        query(c, "select type, payload::text from outbox where tenant_id = ? and aggregatetype = 'order' and aggregateid = ?"
                        + " order by position", List.of(order.tenant(), order.id()),
                r -> events.add(new Event(r.getString(1), json(r.getString(2)))));
        return events;
    }

    private static List<Line> lines(Connection c, StoredOrder order) {
        List<Line> lines = new ArrayList<>();
        query(c, "select id::text, lifecycle, status from line_items where tenant_id = ? and order_id = ?::uuid order by position",
                List.of(order.tenant(), order.id()), r -> lines.add(new Line(r.getString(1), r.getString(2), r.getString(3))));
        return lines;
    }

    private interface Row {
        void read(ResultSet r) throws SQLException;
    }

    private static void query(Connection c, String sql, List<String> parameters, Row row) {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setString(i + 1, parameters.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    row.read(r);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.ordercore.domain.order;

import dev.ordercore.domain.lifecycle.Lifecycle;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The full, append-only history of one order (R17), in arrival order, and the projections read
 * from it (seed 004): the current status of the order and of each line (R14), the latest entry
 * per module, the open BLOCKING entries and the timeline. Stores keep projections incrementally;
 * these recompute them from scratch, which is what R20 compares against.
 */
public final class StatusHistory {

    private final OrderId order;
    private final List<StatusEntry> entries;

    private StatusHistory(OrderId order, List<StatusEntry> entries) {
        this.order = order;
        this.entries = entries;
    }

    public static StatusHistory empty(OrderId order) {
        return new StatusHistory(Objects.requireNonNull(order, "order"), List.of());
    }

    /** The history made of {@code entries}, which must all be of {@code order}; sorted by arrival. */
    public static StatusHistory of(OrderId order, List<StatusEntry> entries) {
        List<StatusEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingLong(StatusEntry::sequence));
        Set<StatusEntryId> ids = new HashSet<>();
        long last = -1;
        for (StatusEntry e : sorted) {
            if (!e.order().equals(order)) {
                throw new IllegalArgumentException("entry " + e.id() + " belongs to order " + e.order() + ", not " + order);
            }
            if (!ids.add(e.id()) || e.sequence() == last) {
                throw new IllegalArgumentException("entry " + e.id() + " or sequence " + e.sequence() + " appears twice");
            }
            last = e.sequence();
        }
        return new StatusHistory(order, List.copyOf(sorted));
    }

    /** This history with {@code entry} appended after every other (R17: appending is the only change). */
    public StatusHistory append(NewStatusEntry entry) {
        long next = entries.isEmpty() ? 1 : entries.get(entries.size() - 1).sequence() + 1;
        List<StatusEntry> more = new ArrayList<>(entries);
        more.add(entry.at(next));
        return of(order, more);
    }

    public OrderId order() {
        return order;
    }

    /** Every entry in arrival order. */
    public List<StatusEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    public Optional<StatusEntry> find(StatusEntryId id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<StatusEntry> withDedupeKey(String key) {
        return entries.stream().filter(e -> e.dedupeKey().filter(key::equals).isPresent()).findFirst();
    }

    /** The entry that closed {@code id}, if any. */
    public Optional<StatusEntry> closerOf(StatusEntryId id) {
        return entries.stream().filter(e -> e.closes().filter(id::equals).isPresent()).findFirst();
    }

    /** All entries by recordedAt, then arrival (seed 004's timeline). */
    public List<StatusEntry> timeline() {
        List<StatusEntry> sorted = new ArrayList<>(entries);
        sorted.sort(StatusEntry.TIMELINE);
        return sorted;
    }

    /** The states the order entered, in arrival order (its {@code order:} transition entries without a line). */
    public List<String> orderTransitions() {
        return transitions(Optional.empty());
    }

    /** The states {@code line} entered, in arrival order. */
    public List<String> lineTransitions(LineItemId line) {
        return transitions(Optional.of(line));
    }

    /** R14: the order's status, folded through {@code lifecycle} from its initial state; an impossible step is an error. */
    public Result<String, OrderError> orderStatus(Lifecycle lifecycle) {
        return lifecycle.fold(orderTransitions());
    }

    public Result<String, OrderError> lineStatus(LineItemId line, Lifecycle lifecycle) {
        return lifecycle.fold(lineTransitions(line));
    }

    /** BLOCKING entries no later entry closes, in arrival order. */
    public List<StatusEntry> openBlocking() {
        Set<StatusEntryId> closed = new HashSet<>();
        entries.forEach(e -> e.closes().ifPresent(closed::add));
        return entries.stream().filter(e -> e.isBlocking() && !closed.contains(e.id())).toList();
    }

    public List<Block> openBlocks() {
        return openBlocking().stream().map(e -> new Block(e.id(), e.lineItem(), e.code())).toList();
    }

    /** The newest entry of each module by recordedAt, then arrival; modules sorted by name. */
    public Map<String, StatusEntry> latestPerModule() {
        Map<String, StatusEntry> latest = new TreeMap<>();
        for (StatusEntry e : entries) {
            latest.merge(e.module(), e, (current, candidate) -> supersedes(candidate, current) ? candidate : current);
        }
        return latest;
    }

    /** Whether {@code candidate} replaces {@code current} as its module's latest entry. */
    public static boolean supersedes(StatusEntry candidate, StatusEntry current) {
        return StatusEntry.TIMELINE.compare(candidate, current) > 0;
    }

    /**
     * Every projection the order keeps, recomputed from this history against the order's own
     * lines and lifecycles (R14, R20). Fails if a transition in the history is not a valid step.
     */
    public Result<Projection, OrderError> project(Order order, LifecycleSet lifecycles) {
        // One pass gathers the states the order and each line entered, so the cost is the history's
        // length, not its length times the number of lines (orderTransitions, lineTransitions).
        Map<Optional<LineItemId>, List<String>> entered = new HashMap<>();
        for (StatusEntry e : entries) {
            if (e.code().isTransition()) {
                entered.computeIfAbsent(e.lineItem(), k -> new ArrayList<>()).add(e.code().state());
            }
        }
        Result<String, OrderError> status = lifecycles.named(order.lifecycle()).fold(entered.getOrDefault(Optional.empty(), List.of()));
        if (status.isErr()) {
            return Result.err(status.error());
        }
        Map<LineItemId, String> lines = new LinkedHashMap<>();
        for (LineItem line : order.lineItems()) {
            Result<String, OrderError> s = lifecycles.named(line.lifecycle())
                    .fold(entered.getOrDefault(Optional.of(line.id()), List.of()));
            if (s.isErr()) {
                return Result.err(s.error());
            }
            lines.put(line.id(), s.value());
        }
        return Result.ok(new Projection(status.value(), lines, openBlocks()));
    }

    private List<String> transitions(Optional<LineItemId> line) {
        return entries.stream()
                .filter(e -> e.code().isTransition() && e.lineItem().equals(line))
                .map(e -> e.code().state())
                .toList();
    }

    /** What an order keeps of its history: its status, its lines' statuses, its open blocks. */
    public record Projection(String orderStatus, Map<LineItemId, String> lineStatuses, List<Block> openBlocks) {
        public Projection {
            lineStatuses = Map.copyOf(lineStatuses);
            openBlocks = List.copyOf(openBlocks);
        }

        /** The projection as {@code order} holds it. */
        public static Projection of(Order order) {
            Map<LineItemId, String> lines = new LinkedHashMap<>();
            order.lineItems().forEach(l -> lines.put(l.id(), l.status()));
            return new Projection(order.status(), lines, order.openBlocks());
        }
    }
}

package dev.ordercore.domain.testing;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.LineItemId;
import dev.ordercore.domain.order.NewStatusEntry;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderChange;
import dev.ordercore.domain.order.OrderIds;
import dev.ordercore.domain.order.StatusEntries;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.order.StatusEntryId;
import dev.ordercore.domain.order.StatusHistory;
import dev.ordercore.domain.order.TransitionRequest;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.RoundingPolicy;
import dev.ordercore.domain.shared.Uuids;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * An order together with its full status history, kept in step the way a store keeps them: each
 * command goes through the {@link Order} method, and on success the new order replaces the old one
 * and the entries it wrote are appended to the history. On refusal the journal stays as it was.
 * Journals are immutable; each accepted command answers a new one, one second later.
 *
 * <p>Module writes follow the store's part of R19: a write whose dedupe key the order has used
 * already answers the journal unchanged.
 */
public record OrderJournal(Order order, StatusHistory history, List<DomainEvent> events, LifecycleSet lifecycles, long seed,
                           Instant now) {

    /** How far the clock moves between two commands. */
    public static final Duration TICK = Duration.ofSeconds(1);

    public OrderJournal {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(history, "history");
        events = List.copyOf(events);
        Objects.requireNonNull(lifecycles, "lifecycles");
        Objects.requireNonNull(now, "now");
    }

    /**
     * The journal of a freshly placed order: the order and the entries its placement wrote. Later
     * commands take their ids from {@code seed}, so playing the same commands again gives the same
     * journal, ids included.
     */
    public static OrderJournal placed(OrderChange placement, LifecycleSet lifecycles, long seed, Instant placedAt) {
        StatusHistory history = StatusHistory.empty(placement.order().id());
        for (NewStatusEntry e : placement.entries()) {
            history = history.append(e);
        }
        return new OrderJournal(placement.order(), history, placement.events(), lifecycles, seed, placedAt.plus(TICK));
    }

    /**
     * Where the next command gets the ids of what it creates: UUIDv7 values at {@link #now()}, from a
     * generator seeded by the journal's seed and the length of the history, which grows with every
     * accepted command.
     */
    public OrderIds ids() {
        return OrderIds.fresh(new Uuids(Clock.fixed(now, ZoneOffset.UTC), new Random(seed * 1_000_003L + history.size())));
    }

    /** Applies any command of the order: on success the journal moves on, on refusal the error comes back. */
    public Result<OrderJournal, OrderError> apply(java.util.function.Function<Order, Result<OrderChange, OrderError>> command) {
        return command.apply(order).map(this::after);
    }

    public Result<OrderJournal, OrderError> transition(TransitionRequest request) {
        return apply(o -> o.transition(request, lifecycles, ids(), now));
    }

    public Result<OrderJournal, OrderError> transitionLine(LineItemId line, TransitionRequest request) {
        return apply(o -> o.transitionLine(line, request, lifecycles, ids(), now));
    }

    public Result<OrderJournal, OrderError> adjust(Order.Adjustment adjustment, CatalogSnapshot catalog, RoundingPolicy rounding) {
        return apply(o -> o.adjust(adjustment, catalog, rounding, lifecycles, ids(), now));
    }

    public Result<OrderJournal, OrderError> delete(String reason, Principal actor) {
        return apply(o -> o.delete(reason, actor, ids(), now));
    }

    /**
     * A module writer appends an entry (seed 004), checked as the application checks it: the request
     * by {@link StatusEntries#entry} (R18), then against the history by
     * {@link StatusEntries#againstHistory} (R17 closes once, R18 closes only its own namespace, R19 a
     * used dedupe key answers the first entry, here: this journal unchanged), and recorded by
     * {@link Order#record}.
     */
    public Result<OrderJournal, OrderError> write(StatusEntries.Request request, Principal writer) {
        return StatusEntries.entry(ids().entry(), order.tenant(), order.id(), request, writer, now).flatMap(entry ->
                StatusEntries.againstHistory(entry, entry.dedupeKey().flatMap(history::withDedupeKey),
                                entry.closes().flatMap(history::find), entry.closes().flatMap(history::closerOf))
                        .flatMap(existing -> existing.isPresent() ? Result.ok(this) : apply(o -> o.record(entry, now))));
    }

    /** Closes an entry of the history with {@code <its namespace>:closed} (R17: closing appends). */
    public Result<OrderJournal, OrderError> close(StatusEntryId entry, Optional<String> reason, Principal writer) {
        Optional<StatusEntry> found = history.find(entry);
        if (found.isEmpty()) {
            return Result.err(new OrderError.NotFound(EntityType.STATUS_ENTRY, entry.toString()));
        }
        return write(StatusEntries.closing(found.get(), reason, Optional.empty()), writer);
    }

    /** The journal a moment later. */
    public OrderJournal later(Duration d) {
        return new OrderJournal(order, history, events, lifecycles, seed, now.plus(d));
    }

    /** Entries of the history that nothing has closed, oldest first. */
    public List<StatusEntry> openEntries() {
        return history.entries().stream().filter(e -> history.closerOf(e.id()).isEmpty()).toList();
    }

    private OrderJournal after(OrderChange change) {
        StatusHistory h = history;
        for (NewStatusEntry e : change.entries()) {
            h = h.append(e);
        }
        List<DomainEvent> all = new ArrayList<>(events);
        all.addAll(change.events());
        return new OrderJournal(change.order(), h, all, lifecycles, seed, now.plus(TICK));
    }
}

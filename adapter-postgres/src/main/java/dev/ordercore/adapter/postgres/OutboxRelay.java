package dev.ordercore.adapter.postgres;

import dev.ordercore.adapter.postgres.jooq.tables.Outbox;
import dev.ordercore.domain.shared.DomainEvent;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.Result;
import org.jooq.impl.DSL;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static dev.ordercore.adapter.postgres.jooq.Tables.OUTBOX;

/**
 * Hands committed outbox events to in-process subscribers: every event at least once, and the
 * events of one aggregate in the order they were committed, also when several relays (one per
 * application instance) poll the same outbox. Relays compete: each event goes to the subscribers
 * of one relay, so give every relay the same subscribers.
 *
 * <p><b>Nothing is skipped.</b> A pass does not remember how far it got ("position greater than
 * the last seen" would skip an event whose transaction took its position early and committed
 * late); it claims whatever is unpublished, marks what it delivered as published, and commits.
 * An event that commits after the pass looked is simply unpublished at the next pass.
 *
 * <p><b>Order per aggregate.</b> Positions are handed out at insert, not at commit, so across
 * aggregates position order is not commit order. Per aggregate it is: every command that records
 * events for an aggregate holds that aggregate's row lock from before its append until it commits
 * (commands on an order, history appends included, lock it with {@code findForUpdate}; a case is
 * updated under its version before its events are appended; an intent or relation row is inserted
 * once, under its unique key). So the next command on the same aggregate inserts its events only
 * after the previous one committed, with greater positions. A relay therefore claims only an aggregate's <em>first</em> unpublished
 * event (its head) with {@code FOR UPDATE SKIP LOCKED}, and takes the later unpublished events of
 * the aggregates whose heads it locked. Another relay sees a locked head as unpublished too, so it
 * can claim neither the head nor any event after it until the first relay commits, and by then
 * all of them are published together.
 *
 * <p><b>Subscribers</b> run on the relay's thread while the claimed rows stay locked: keep them
 * short. They run outside the pass's transaction, so commands they issue through the stores run
 * and commit in transactions of their own (their events are delivered by a later pass), and a
 * failing statement of theirs cannot abort the pass.
 *
 * <p><b>Failures.</b> A subscriber that throws holds back its aggregate: that event and the
 * aggregate's later events stay unpublished and come again (to every subscriber, so subscribers
 * must tolerate repeats). The events delivered before it, and other aggregates' events, are
 * marked as usual. A held-back aggregate waits before it is tried again ({@link #backoff}), and a pass takes at most {@value #PER_AGGREGATE} events of each of at most
 * {@value #HEADS} aggregates, so aggregates that keep failing cannot crowd the others out of the
 * batches. Failures go to the thread's uncaught-exception handler, as in the in-memory outbox.
 */
public final class OutboxRelay implements AutoCloseable {

    /** Aggregates a pass claims at most. */
    static final int HEADS = 100;
    /** Events of one aggregate a pass takes at most. */
    static final int PER_AGGREGATE = 20;

    private final Database db;
    private final List<Consumer<DomainEvent>> subscribers = new CopyOnWriteArrayList<>();
    private final Map<Aggregate, Backoff> heldBack = new ConcurrentHashMap<>();
    private volatile Duration firstBackoff = Duration.ofSeconds(1);
    private volatile Duration maxBackoff = Duration.ofMinutes(1);
    private ScheduledExecutorService poller;

    private record Aggregate(String tenant, String type, String id) {
        static Aggregate of(RecordedEvent e) {
            return new Aggregate(e.tenant().value(), e.aggregateType(), e.aggregateId());
        }
    }

    private record Backoff(int failures, long untilNanos) {
        Backoff next(long now, Duration first, Duration max) {
            long delay = Math.min(max.toNanos(), first.toNanos() << Math.min(failures, 16));
            return new Backoff(failures + 1, now + delay);
        }
    }

    OutboxRelay(Database db) {
        this.db = db;
    }

    /**
     * How long an aggregate whose event a subscriber refused waits before it is tried again: {@code first}
     * after one failure, doubling with each further one, never more than {@code max}. One second and one
     * minute unless told otherwise.
     */
    public OutboxRelay backoff(Duration first, Duration max) {
        if (first.isNegative() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("a backoff is 0 or more, at most its maximum: got " + first + " and " + max);
        }
        this.firstBackoff = first;
        this.maxBackoff = max;
        return this;
    }

    /** Receives every event delivered by this relay from now on; subscribe before the first pass. */
    public void subscribe(Consumer<DomainEvent> subscriber) {
        subscribers.add(Objects.requireNonNull(subscriber, "subscriber"));
    }

    /**
     * One polling pass in a transaction of its own (call it outside any transaction): claims
     * unpublished events, hands them to the subscribers in position order, marks those delivered
     * as published and commits. With no subscribers it leaves the outbox as it is.
     *
     * @return how many events every subscriber accepted
     */
    public int deliverPending() {
        if (db.inTransaction()) {
            throw new IllegalStateException("a relay pass runs in a transaction of its own, not inside another");
        }
        if (subscribers.isEmpty()) {
            return 0;
        }
        long now = System.nanoTime();
        List<Aggregate> waiting = heldBack.entrySet().stream().filter(e -> e.getValue().untilNanos() - now > 0).map(Map.Entry::getKey).toList();
        return db.runUnscoped(dsl -> {
            dsl.select(DSL.function("set_config", String.class, DSL.val("ordercore.relay"), DSL.val("on"), DSL.val(true))).fetch();
            List<RecordedEvent> claimed = claim(dsl, waiting);
            List<RecordedEvent> delivered = db.outsideTransaction(() -> deliver(claimed));
            markPublished(dsl, delivered);
            return delivered.size();
        });
    }

    /** Runs passes on one background thread, every {@code pollInterval}, and straight away again while batches come full. */
    public synchronized void start(Duration pollInterval) {
        if (poller != null) {
            throw new IllegalStateException("the relay runs already");
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("the poll interval is positive, got " + pollInterval);
        }
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ordercore-outbox-relay");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::drain, 0, pollInterval.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Stops the background passes, letting a pass under way finish. */
    @Override
    public synchronized void close() {
        if (poller == null) {
            return;
        }
        poller.shutdown();
        try {
            if (!poller.awaitTermination(30, TimeUnit.SECONDS)) {
                poller.shutdownNow();
            }
        } catch (InterruptedException e) {
            poller.shutdownNow();
            Thread.currentThread().interrupt();
        }
        poller = null;
    }

    /** Passes until one delivers nothing. Nothing thrown stops the schedule: a failure is reported and the next tick tries again. */
    private void drain() {
        try {
            while (deliverPending() > 0 && !Thread.currentThread().isInterrupted()) {
                // more may be waiting
            }
        } catch (Throwable failed) {
            report(failed);
        }
    }

    /**
     * The heads this pass could lock (each aggregate's first unpublished event, skipping aggregates
     * that wait after a failure), and up to {@value #PER_AGGREGATE} unpublished events of each of
     * their aggregates, in position order.
     */
    private static List<RecordedEvent> claim(DSLContext dsl, List<Aggregate> waiting) {
        Outbox o = OUTBOX.as("o");
        Outbox earlier = OUTBOX.as("earlier");
        Outbox event = OUTBOX.as("event");
        Condition notWaiting = waiting.isEmpty() ? DSL.noCondition()
                : DSL.row(o.TENANT_ID, o.AGGREGATETYPE, o.AGGREGATEID).notIn(waiting.stream()
                        .map(a -> DSL.row(a.tenant(), a.type(), a.id())).toList());
        CommonTableExpression<Record3<String, String, String>> heads = DSL.name("heads").as(
                DSL.select(o.TENANT_ID, o.AGGREGATETYPE, o.AGGREGATEID)
                        .from(o)
                        .where(o.PUBLISHED_AT.isNull())
                        .and(notWaiting)
                        .andNotExists(DSL.selectOne()
                                .from(earlier)
                                .where(earlier.TENANT_ID.eq(o.TENANT_ID))
                                .and(earlier.AGGREGATETYPE.eq(o.AGGREGATETYPE))
                                .and(earlier.AGGREGATEID.eq(o.AGGREGATEID))
                                .and(earlier.POSITION.lt(o.POSITION))
                                .and(earlier.PUBLISHED_AT.isNull()))
                        .orderBy(o.POSITION)
                        .limit(HEADS)
                        .forUpdate().of(o).skipLocked());
        Field<Integer> rank = DSL.rowNumber().over(DSL.partitionBy(event.TENANT_ID, event.AGGREGATETYPE, event.AGGREGATEID)
                .orderBy(event.POSITION)).as("rank");
        Table<?> ranked = DSL.select(event.asterisk(), rank)
                .from(event)
                .where(event.PUBLISHED_AT.isNull())
                .and(DSL.row(event.TENANT_ID, event.AGGREGATETYPE, event.AGGREGATEID).in(DSL.selectFrom(heads)))
                .asTable("ranked");
        Result<Record> claimed = dsl.with(heads)
                .select(ranked.fields(OUTBOX.fields()))
                .from(ranked)
                .where(ranked.field(rank).le(PER_AGGREGATE))
                .orderBy(ranked.field(OUTBOX.POSITION))
                .fetch();
        return Rows.leading(claimed, OUTBOX).stream().map(RecordedEvent::of).toList();
    }

    private List<RecordedEvent> deliver(List<RecordedEvent> claimed) {
        Set<Aggregate> failed = new HashSet<>();
        List<RecordedEvent> delivered = new ArrayList<>(claimed.size());
        for (RecordedEvent e : claimed) {
            Aggregate aggregate = Aggregate.of(e);
            if (failed.contains(aggregate)) {
                continue;
            }
            try {
                for (Consumer<DomainEvent> s : subscribers) {
                    s.accept(e);
                }
                delivered.add(e);
                heldBack.remove(aggregate);
            } catch (RuntimeException | Error thrown) {
                failed.add(aggregate);
                heldBack.compute(aggregate, (a, b) -> (b == null ? new Backoff(0, 0) : b).next(System.nanoTime(), firstBackoff, maxBackoff));
                report(thrown);
            }
        }
        return delivered;
    }

    /** One update for the whole batch: the relay's transaction may mark the events of every tenant (V2). */
    private static void markPublished(DSLContext dsl, List<RecordedEvent> delivered) {
        if (delivered.isEmpty()) {
            return;
        }
        dsl.update(OUTBOX)
                .set(OUTBOX.PUBLISHED_AT, DSL.currentOffsetDateTime())
                .where(DSL.row(OUTBOX.TENANT_ID, OUTBOX.ID).in(delivered.stream().map(e -> DSL.row(e.tenant().value(), e.id())).toList()))
                .execute();
    }

    private static void report(Throwable failed) {
        Thread t = Thread.currentThread();
        t.getUncaughtExceptionHandler().uncaughtException(t, failed);
    }
}

package dev.ordercore.adapter.inmemory;

import dev.ordercore.application.port.out.EventOutbox;
import dev.ordercore.domain.shared.DomainEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The outbox in memory: events are kept in commit order, and in-process subscribers receive every
 * committed event once, in commit order, after its transaction commits; rolled-back events are
 * never seen.
 *
 * <p>Events join a queue as their transaction commits, still under the store's lock, so the queue
 * is in commit order. One thread at a time delivers: whoever commits and finds nobody delivering
 * drains the queue; others leave their events to it. No lock is held while a subscriber runs, so
 * subscribers may read and write the order core, and events their own commands cause are
 * delivered after the one being delivered, never inside it. A subscriber that throws does not undo
 * the commit or stop the others; its failure goes to the thread's uncaught-exception handler.
 */
public final class InMemoryEventOutbox implements EventOutbox {

    private final InMemoryDatabase db;
    private final List<DomainEvent> events = new ArrayList<>();
    private final List<Consumer<DomainEvent>> subscribers = new CopyOnWriteArrayList<>();
    private final Queue<DomainEvent> undelivered = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean delivering = new AtomicBoolean();

    InMemoryEventOutbox(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void append(List<DomainEvent> appended) {
        if (appended.isEmpty()) {
            return;
        }
        db.write(() -> {
            for (DomainEvent e : appended) {
                db.add(events, e);
            }
            db.atCommit(() -> undelivered.addAll(appended));
            db.afterCommit(this::deliver);
            return null;
        });
    }

    /** Every committed event so far, in commit order. */
    public List<DomainEvent> events() {
        return db.read(() -> List.copyOf(events));
    }

    /** Receives every event committed from now on. */
    public void subscribe(Consumer<DomainEvent> subscriber) {
        subscribers.add(subscriber);
    }

    private void deliver() {
        // Re-check after letting go: events queued by a thread that found us still delivering are not left behind.
        while (!undelivered.isEmpty() && delivering.compareAndSet(false, true)) {
            try {
                DomainEvent event;
                while ((event = undelivered.poll()) != null) {
                    dispatch(event);
                }
            } finally {
                delivering.set(false);
            }
        }
    }

    private void dispatch(DomainEvent event) {
        for (Consumer<DomainEvent> s : subscribers) {
            try {
                s.accept(event);
            } catch (RuntimeException failed) {
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, failed);
            }
        }
    }
}

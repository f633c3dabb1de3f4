package dev.ordercore.adapter.inmemory;

import dev.ordercore.application.port.out.EventOutbox;
import dev.ordercore.domain.shared.DomainEvent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The outbox in memory: events are kept in commit order, and in-process subscribers receive every
 * committed event once, in commit order, after its transaction commits; rolled-back events are
 * never seen. A subscriber that throws does not undo the commit or stop the others; its failure
 * goes to the thread's uncaught-exception handler.
 */
public final class InMemoryEventOutbox implements EventOutbox {

    private final InMemoryDatabase db;
    private final List<DomainEvent> events = new ArrayList<>();
    private final List<Consumer<DomainEvent>> subscribers = new CopyOnWriteArrayList<>();
    private final Deque<DomainEvent> undelivered = new ArrayDeque<>();

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
            db.atCommit(() -> {
                synchronized (undelivered) {
                    undelivered.addAll(appended);
                }
            });
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
        synchronized (undelivered) {
            while (!undelivered.isEmpty()) {
                DomainEvent event = undelivered.poll();
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
    }
}

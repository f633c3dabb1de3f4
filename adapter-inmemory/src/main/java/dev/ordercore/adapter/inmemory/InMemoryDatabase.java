package dev.ordercore.adapter.inmemory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The state every in-memory store shares and the transactions over it. A transaction holds the
 * write lock from start to end and journals how to undo each write, so transactions are
 * serializable, a rollback restores everything the transaction touched, and readers outside a
 * transaction never see uncommitted writes. Actions registered with {@link #atCommit} and
 * {@link #afterCommit} run when the transaction commits (the outbox hands events to subscribers
 * that way). A transaction begun inside another joins it as a savepoint.
 *
 * <p>One lock for everything keeps the semantics simple and exact; it is an adapter for embedding
 * and tests, not for throughput.
 */
final class InMemoryDatabase {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();

    private static final class Transaction {
        final Deque<Runnable> undo = new ArrayDeque<>();
        final List<Runnable> atCommit = new ArrayList<>();
        final List<Runnable> afterCommit = new ArrayList<>();
    }

    <T> T inTransaction(Supplier<T> work) {
        Transaction outer = current.get();
        if (outer != null) {
            return nested(outer, work);
        }
        Transaction tx = new Transaction();
        lock.writeLock().lock();
        current.set(tx);
        T result;
        try {
            result = work.get();
            tx.atCommit.forEach(Runnable::run);
        } catch (RuntimeException | Error failure) {
            rollback(tx, failure);
            throw failure;
        } finally {
            current.remove();
            lock.writeLock().unlock();
        }
        tx.afterCommit.forEach(Runnable::run);
        return result;
    }

    /** Reads under the read lock, so a reader never sees a transaction half done. */
    <T> T read(Supplier<T> reading) {
        lock.readLock().lock();
        try {
            return reading.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Performs a write inside the current transaction, or as a transaction of its own. */
    <T> T write(Supplier<T> writing) {
        return inTransaction(writing);
    }

    /** Puts {@code value} under {@code key} and journals how to undo it. Call inside {@link #write}. */
    <K, V> void put(Map<K, V> map, K key, V value) {
        boolean had = map.containsKey(key);
        V previous = map.put(key, value);
        journal(() -> {
            if (had) {
                map.put(key, previous);
            } else {
                map.remove(key);
            }
        });
    }

    /** Removes {@code key} and journals how to undo it. Call inside {@link #write}. */
    <K, V> void remove(Map<K, V> map, K key) {
        if (map.containsKey(key)) {
            V previous = map.remove(key);
            journal(() -> map.put(key, previous));
        }
    }

    <E> void add(List<E> list, E element) {
        list.add(element);
        journal(() -> list.remove(list.size() - 1));
    }

    /** Records how to undo a write made in the current transaction. */
    void journal(Runnable undo) {
        transaction().undo.push(undo);
    }

    /**
     * Runs {@code action} as the current transaction commits, still under the write lock, so
     * actions of successive transactions run in commit order. It must not fail.
     */
    void atCommit(Runnable action) {
        transaction().atCommit.add(action);
    }

    /** Runs {@code action} after the current transaction has committed and released the lock; never if it rolls back. */
    void afterCommit(Runnable action) {
        transaction().afterCommit.add(action);
    }

    private Transaction transaction() {
        Transaction tx = current.get();
        if (tx == null) {
            throw new IllegalStateException("in-memory writes happen inside a transaction");
        }
        return tx;
    }

    /**
     * A transaction inside another works like a savepoint: if it throws, what it wrote is undone
     * and its commit actions dropped, and the exception goes on to the outer work, which may carry on.
     */
    private static <T> T nested(Transaction tx, Supplier<T> work) {
        int undoMark = tx.undo.size();
        int atCommitMark = tx.atCommit.size();
        int afterCommitMark = tx.afterCommit.size();
        try {
            return work.get();
        } catch (RuntimeException | Error failure) {
            undoTo(tx, undoMark, failure);
            tx.atCommit.subList(atCommitMark, tx.atCommit.size()).clear();
            tx.afterCommit.subList(afterCommitMark, tx.afterCommit.size()).clear();
            throw failure;
        }
    }

    private static void rollback(Transaction tx, Throwable cause) {
        undoTo(tx, 0, cause);
    }

    /** Runs undo steps, newest first, until {@code mark} remain; a failing step does not stop the others. */
    private static void undoTo(Transaction tx, int mark, Throwable cause) {
        while (tx.undo.size() > mark) {
            try {
                tx.undo.pop().run();
            } catch (RuntimeException undoFailed) {
                cause.addSuppressed(undoFailed);
            }
        }
    }
}

package dev.ordercore.adapter.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The idempotency keys of one process, bounded twice: an entry expires {@code ttl} after its key
 * was first claimed, and beyond {@code maxEntries} the oldest entry is forgotten. A forgotten key
 * is new again, so a retry after that may place a second order; size the bound for a day's keys.
 * Nothing survives a restart, and several instances behind a load balancer do not share keys.
 */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    public static final Duration DEFAULT_TTL = Duration.ofHours(24);
    public static final int DEFAULT_MAX_ENTRIES = 100_000;

    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;
    /** In claim order, which is also expiry order: the eldest entry is the first to go. */
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>();

    public InMemoryIdempotencyStore(Duration ttl, int maxEntries, Clock clock) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("keys are kept for a positive time, got " + ttl);
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("the store holds at least one key, got " + maxEntries);
        }
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public static InMemoryIdempotencyStore defaults() {
        return new InMemoryIdempotencyStore(DEFAULT_TTL, DEFAULT_MAX_ENTRIES, Clock.systemUTC());
    }

    @Override
    public synchronized Claim claim(Key key, String fingerprint) {
        Instant now = clock.instant();
        forgetExpired(now);
        Entry entry = entries.get(key);
        if (entry == null) {
            while (entries.size() >= maxEntries) {
                Iterator<Map.Entry<Key, Entry>> eldest = entries.entrySet().iterator();
                eldest.next();
                eldest.remove();
            }
            entries.put(key, new Entry(fingerprint, now.plus(ttl), null));
            return new Claim.Granted();
        }
        if (!entry.fingerprint().equals(fingerprint)) {
            return new Claim.Mismatch();
        }
        return entry.response() == null ? new Claim.InFlight() : new Claim.Replay(entry.response());
    }

    @Override
    public synchronized void complete(Key key, StoredResponse response) {
        entries.computeIfPresent(key, (k, e) -> e.response() == null ? new Entry(e.fingerprint(), e.expires(), response) : e);
    }

    @Override
    public synchronized void release(Key key) {
        entries.computeIfPresent(key, (k, e) -> e.response() == null ? null : e);
    }

    synchronized int size() {
        return entries.size();
    }

    private void forgetExpired(Instant now) {
        Iterator<Entry> it = entries.values().iterator();
        while (it.hasNext()) {
            if (it.next().expires().isAfter(now)) {
                return;
            }
            it.remove();
        }
    }

    private record Entry(String fingerprint, Instant expires, StoredResponse response) {
    }
}

package dev.ordercore.domain.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Makes the identifiers of the model.
 *
 * <p>New entities get time-ordered UUIDv7 values (RFC 9562 §5.7): 48 bits of Unix milliseconds
 * from the given clock, then a 12-bit counter that keeps ids from one generator strictly
 * increasing within a millisecond, then 62 random bits. Orders born from an intent get a
 * name-based UUIDv5 (RFC 9562 §5.5) instead, derived from what identifies the intent, so replaying
 * the intent rebuilds the same ids.
 */
public final class Uuids {

    /** The namespace of every name-based id ordercore derives. */
    public static final UUID ORDERCORE_NAMESPACE = UUID.fromString("6b1f1d0e-5a4c-4c57-9a3f-0d2c7e0a91b4");

    /**
     * UUIDs in the order of their 16 bytes read as unsigned numbers, as RFC 9562 and PostgreSQL
     * order them. {@link UUID#compareTo} compares signed halves and disagrees for ids whose first
     * bit is set, such as name-based ones.
     */
    public static final Comparator<UUID> BYTE_ORDER = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    private final Clock clock;
    private final RandomGenerator random;
    private long lastMillis = -1;
    private int counter;

    public Uuids(Clock clock) {
        this(clock, new SecureRandom());
    }

    public Uuids(Clock clock, RandomGenerator random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A new UUIDv7, strictly greater than every earlier one from this generator. */
    public synchronized UUID next() {
        long millis = clock.millis();
        if (millis > lastMillis) {
            lastMillis = millis;
            counter = random.nextInt(1 << 11); // start low in the 12-bit space so it rarely overflows
        } else {
            counter++;
            if (counter >= 1 << 12) { // borrow the next millisecond rather than repeat or go backwards
                lastMillis++;
                counter = 0;
            }
        }
        long high = (lastMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | counter;
        long low = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    /** The UUIDv5 of {@code parts} joined with a separator that cannot occur inside a part. */
    public static UUID nameBased(String... parts) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                name.append('\u001F');
            }
            name.append(Objects.requireNonNull(parts[i], "name part"));
        }
        return v5(ORDERCORE_NAMESPACE, name.toString());
    }

    static UUID v5(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
        sha1.update(toBytes(namespace));
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) (hash[6] & 0x0F | 0x50);
        hash[8] = (byte) (hash[8] & 0x3F | 0x80);
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = high << 8 | (hash[i] & 0xFF);
            low = low << 8 | (hash[i + 8] & 0xFF);
        }
        return new UUID(high, low);
    }

    private static byte[] toBytes(UUID uuid) {
        byte[] bytes = new byte[16];
        long high = uuid.getMostSignificantBits();
        long low = uuid.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (high >>> 8 * (7 - i));
            bytes[i + 8] = (byte) (low >>> 8 * (7 - i));
        }
        return bytes;
    }
}

package dev.ordercore.domain.shared;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every id generator promises, whatever its clock does and whatever it draws. */
class UuidsProperties {

    private static final long START = Instant.parse("2026-01-14T09:00:00Z").toEpochMilli();

    /** A clock that reads the next of {@code millis} each time it is asked, then stays at the last. */
    private static final class Readings extends Clock {
        private final List<Long> millis;
        private int next;

        Readings(List<Long> millis) {
            this.millis = millis;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public long millis() {
            return millis.get(Math.min(next++, millis.size() - 1));
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis());
        }
    }

    @Provide
    Arbitrary<UUID> anyUuids() {
        Arbitrary<Long> edgy = Arbitraries.longs().edgeCases(e -> e.add(0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE));
        return edgy.list().ofSize(2).map(bits -> new UUID(bits.get(0), bits.get(1)));
    }

    @Property(tries = 100)
    @Label("ids from one generator strictly increase in byte order whether the clock stands still jumps or goes back")
    void ids_from_one_generator_strictly_increase_in_byte_order_whatever_the_clock_does(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = -3, max = 3) Integer> steps, @ForAll long seed) {
        List<Long> millis = new ArrayList<>();
        long at = START;
        for (int step : steps) {
            at += step;
            millis.add(at);
        }
        Uuids uuids = new Uuids(new Readings(millis), new Random(seed));
        Statistics.label("clock").collect(steps.stream().anyMatch(s -> s < 0) ? "goes back" : "never goes back");

        UUID previous = null;
        for (long reading : millis) {
            UUID id = uuids.next();
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(id.getMostSignificantBits() >>> 16).as("an id never claims a time before the clock's").isGreaterThanOrEqualTo(reading);
            if (previous != null) {
                assertThat(Uuids.BYTE_ORDER.compare(previous, id)).isNegative();
            }
            previous = id;
        }
        Statistics.label("clock").coverage(c -> c.check("goes back").count(n -> n > 0));
    }

    @Property(tries = 200)
    @Label("byte order is the order of the canonical lowercase text")
    void byte_order_is_the_order_of_the_canonical_lowercase_text(@ForAll("anyUuids") UUID a, @ForAll("anyUuids") UUID b) {
        assertThat(Integer.signum(Uuids.BYTE_ORDER.compare(a, b))).isEqualTo(Integer.signum(a.toString().compareTo(b.toString())));
        assertThat(Uuids.BYTE_ORDER.compare(a, a)).isZero();
    }

    @Property(tries = 100)
    @Label("a name based id depends on every part and on nothing else")
    void a_name_based_id_depends_on_every_part_and_on_nothing_else(@ForAll @Size(min = 1, max = 4) List<String> parts,
                                                                   @ForAll @IntRange(max = 3) int changed) {
        String[] same = parts.toArray(String[]::new);
        String[] other = parts.toArray(String[]::new);
        int i = Math.min(changed, other.length - 1);
        other[i] = other[i] + "x";

        assertThat(Uuids.nameBased(same)).isEqualTo(Uuids.nameBased(parts.toArray(String[]::new)));
        assertThat(Uuids.nameBased(other)).isNotEqualTo(Uuids.nameBased(same));
        assertThat(Uuids.nameBased(same).version()).isEqualTo(5);
    }
}

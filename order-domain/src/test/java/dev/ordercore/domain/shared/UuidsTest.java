package dev.ordercore.domain.shared;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/** The ids of the model (RFC 9562): time-ordered UUIDv7 for new entities, name-based UUIDv5 for intent-born orders. */
class UuidsTest {

    private static final Instant AT = Instant.parse("2026-01-14T09:00:00.123Z");

    /** Randomness that always draws the same: {@code counterStart} for the counter, {@code bits} for the random tail. */
    private record Fixed(int counterStart, long bits) implements RandomGenerator {
        @Override
        public long nextLong() {
            return bits;
        }

        @Override
        public int nextInt(int bound) {
            return Math.min(counterStart, bound - 1);
        }
    }

    private static long timestamp(UUID id) {
        return id.getMostSignificantBits() >>> 16;
    }

    private static int counter(UUID id) {
        return (int) (id.getMostSignificantBits() & 0xFFF);
    }

    private static List<UUID> draw(Uuids uuids, int n) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(uuids.next());
        }
        return ids;
    }

    @Test
    @DisplayName("a new id is a uuidv7 carrying the clocks millisecond the counter and the random bits")
    void a_new_id_is_a_uuidv7_carrying_the_clocks_millisecond_the_counter_and_the_random_bits() {
        UUID allOnes = new Uuids(Clock.fixed(AT, ZoneOffset.UTC), new Fixed(0x5A5, -1L)).next();
        UUID allZeros = new Uuids(Clock.fixed(AT, ZoneOffset.UTC), new Fixed(0, 0L)).next();

        for (UUID id : List.of(allOnes, allZeros)) {
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).as("RFC 9562 variant, bits 10").isEqualTo(2);
            assertThat(timestamp(id)).isEqualTo(AT.toEpochMilli());
        }
        assertThat(counter(allOnes)).isEqualTo(0x5A5);
        assertThat(allOnes.getLeastSignificantBits()).as("62 random bits after the variant").isEqualTo(0xBFFF_FFFF_FFFF_FFFFL);
        assertThat(allZeros).isEqualTo(new UUID(AT.toEpochMilli() << 16 | 0x7000L, 0x8000_0000_0000_0000L));
        assertThat(allZeros.toString()).startsWith(String.format(java.util.Locale.ROOT, "%08x-%04x-7000-8000-", AT.toEpochMilli() >>> 16, AT.toEpochMilli() & 0xFFFF));
    }

    @Test
    @DisplayName("ids drawn within one millisecond strictly increase and borrow the next millisecond when the counter runs out")
    void ids_drawn_within_one_millisecond_strictly_increase_and_borrow_the_next_millisecond_when_the_counter_runs_out() {
        int start = (1 << 11) - 1;
        Uuids uuids = new Uuids(Clock.fixed(AT, ZoneOffset.UTC), new Fixed(start, 42L));

        List<UUID> ids = draw(uuids, 5000);

        for (int i = 1; i < ids.size(); i++) {
            assertThat(Uuids.BYTE_ORDER.compare(ids.get(i - 1), ids.get(i))).as("id %d follows id %d", i, i - 1).isNegative();
        }
        int lastOfFirstMilli = (1 << 12) - 1 - start;
        assertThat(ids.subList(0, lastOfFirstMilli + 1)).allSatisfy(id -> assertThat(timestamp(id)).isEqualTo(AT.toEpochMilli()));
        assertThat(counter(ids.get(lastOfFirstMilli))).isEqualTo(0xFFF);
        assertThat(timestamp(ids.get(lastOfFirstMilli + 1))).isEqualTo(AT.toEpochMilli() + 1);
        assertThat(counter(ids.get(lastOfFirstMilli + 1))).isZero();
        assertThat(ids).allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
    }

    @Test
    @DisplayName("a later millisecond starts the counter afresh in the lower half of its range")
    void a_later_millisecond_starts_the_counter_afresh_in_the_lower_half_of_its_range() {
        long[] millis = {AT.toEpochMilli(), AT.toEpochMilli(), AT.toEpochMilli() + 1};
        int[] reading = {0};
        Clock ticking = new Clock() {
            public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            public Clock withZone(java.time.ZoneId zone) { return this; }
            public Instant instant() { return Instant.ofEpochMilli(millis()); }
            public long millis() { return millis[Math.min(reading[0]++, millis.length - 1)]; }
        };
        Uuids uuids = new Uuids(ticking, new Fixed(100, 7L));

        List<UUID> ids = draw(uuids, 3);

        assertThat(ids).extracting(UuidsTest::counter).containsExactly(100, 101, 100);
        assertThat(ids).extracting(UuidsTest::timestamp).containsExactly(AT.toEpochMilli(), AT.toEpochMilli(), AT.toEpochMilli() + 1);
    }

    @Test
    @DisplayName("the v5 of rfc 9562s example name in the dns namespace is the rfcs value")
    void the_v5_of_rfc_9562s_example_name_in_the_dns_namespace_is_the_rfcs_value() {
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        UUID id = Uuids.v5(dns, "www.example.com");

        assertThat(id).isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
        assertThat(id.version()).isEqualTo(5);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(Uuids.v5(dns, "www.example.org")).isNotEqualTo(id);
        assertThat(Uuids.v5(Uuids.ORDERCORE_NAMESPACE, "www.example.com")).as("the namespace is part of the name").isNotEqualTo(id);
    }

    @Test
    @DisplayName("a name based id is the v5 of its parts joined by the unit separator in ordercores namespace")
    void a_name_based_id_is_the_v5_of_its_parts_joined_by_the_unit_separator_in_ordercores_namespace() {
        UUID id = Uuids.nameBased("order", "wine-and-rental", "channel.shopify", "shop-1001");

        assertThat(id).isEqualTo(Uuids.v5(Uuids.ORDERCORE_NAMESPACE, "order\u001Fwine-and-rental\u001Fchannel.shopify\u001Fshop-1001"));
        assertThat(id).isEqualTo(Uuids.nameBased("order", "wine-and-rental", "channel.shopify", "shop-1001"));
        assertThat(id.version()).isEqualTo(5);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(Uuids.nameBased("single")).isEqualTo(Uuids.v5(Uuids.ORDERCORE_NAMESPACE, "single"));
        assertThat(Uuids.nameBased("ab", "c")).as("parts do not run into each other").isNotEqualTo(Uuids.nameBased("a", "bc"));
    }

    @Test
    @DisplayName("byte order compares uuids as unsigned bytes where uuid compareTo disagrees")
    void byte_order_compares_uuids_as_unsigned_bytes_where_uuid_compare_to_disagrees() {
        UUID low = UUID.fromString("00000000-0000-0000-0000-000000000000");
        UUID highBitFirst = UUID.fromString("80000000-0000-0000-0000-000000000000");
        UUID highBitLast = UUID.fromString("00000000-0000-0000-8000-000000000000");

        assertThat(Uuids.BYTE_ORDER.compare(low, highBitFirst)).isNegative();
        assertThat(Uuids.BYTE_ORDER.compare(highBitFirst, low)).isPositive();
        assertThat(low.compareTo(highBitFirst)).as("java's signed order").isPositive();
        assertThat(Uuids.BYTE_ORDER.compare(low, highBitLast)).isNegative();
        assertThat(Uuids.BYTE_ORDER.compare(highBitLast, low)).isPositive();
        assertThat(Uuids.BYTE_ORDER.compare(highBitFirst, highBitLast)).isPositive();
        assertThat(Uuids.BYTE_ORDER.compare(highBitLast, UUID.fromString(highBitLast.toString()))).isZero();
    }
}

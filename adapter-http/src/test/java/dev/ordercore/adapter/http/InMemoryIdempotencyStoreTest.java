package dev.ordercore.adapter.http;

import dev.ordercore.adapter.http.IdempotencyStore.Claim;
import dev.ordercore.adapter.http.IdempotencyStore.Key;
import dev.ordercore.adapter.http.IdempotencyStore.StoredResponse;
import dev.ordercore.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryIdempotencyStoreTest {

    static final Key KEY = new Key(TenantId.of("winefeed"), "ann", "k-1");
    static final StoredResponse CREATED = new StoredResponse(201, Map.of("Location", "/orders/1"), "{}".getBytes(StandardCharsets.UTF_8));

    final MutableClock clock = new MutableClock();
    final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore(Duration.ofHours(24), 3, clock);

    @Test
    void a_new_key_is_granted_then_in_flight_then_replayed_once_complete() {
        assertThat(store.claim(KEY, "fp")).isEqualTo(new Claim.Granted());
        assertThat(store.claim(KEY, "fp")).isEqualTo(new Claim.InFlight());
        store.complete(KEY, CREATED);
        assertThat(store.claim(KEY, "fp")).isEqualTo(new Claim.Replay(CREATED));
    }

    @Test
    void another_fingerprint_under_the_same_key_is_a_mismatch_in_flight_or_complete() {
        store.claim(KEY, "fp");
        assertThat(store.claim(KEY, "other")).isEqualTo(new Claim.Mismatch());
        store.complete(KEY, CREATED);
        assertThat(store.claim(KEY, "other")).isEqualTo(new Claim.Mismatch());
    }

    @Test
    void keys_are_per_tenant_and_per_subject() {
        store.claim(KEY, "fp");
        assertThat(store.claim(new Key(TenantId.of("other"), "ann", "k-1"), "fp")).isEqualTo(new Claim.Granted());
        assertThat(store.claim(new Key(TenantId.of("winefeed"), "bob", "k-1"), "fp")).isEqualTo(new Claim.Granted());
    }

    @Test
    void a_released_key_is_new_again_but_a_completed_one_cannot_be_released() {
        store.claim(KEY, "fp");
        store.release(KEY);
        assertThat(store.claim(KEY, "other")).isEqualTo(new Claim.Granted());
        store.complete(KEY, CREATED);
        store.release(KEY);
        assertThat(store.claim(KEY, "other")).isEqualTo(new Claim.Replay(CREATED));
    }

    @Test
    void a_key_expires_after_its_time_to_live() {
        store.claim(KEY, "fp");
        store.complete(KEY, CREATED);
        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(store.claim(KEY, "other")).isEqualTo(new Claim.Mismatch());
        clock.advance(Duration.ofSeconds(1));
        assertThat(store.claim(KEY, "other")).isEqualTo(new Claim.Granted());
    }

    @Test
    void beyond_its_bound_the_store_forgets_the_eldest_key() {
        for (int i = 0; i < 5; i++) {
            store.claim(new Key(TenantId.of("winefeed"), "ann", "k" + i), "fp");
        }
        assertThat(store.size()).isEqualTo(3);
        assertThat(store.claim(new Key(TenantId.of("winefeed"), "ann", "k0"), "other")).isEqualTo(new Claim.Granted());
        assertThat(store.claim(new Key(TenantId.of("winefeed"), "ann", "k4"), "other")).isEqualTo(new Claim.Mismatch());
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-02-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
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
        public Instant instant() {
            return now;
        }
    }
}

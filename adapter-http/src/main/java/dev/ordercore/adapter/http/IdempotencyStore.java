package dev.ordercore.adapter.http;

import dev.ordercore.domain.shared.TenantId;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers {@code Idempotency-Key}s and the first response given under each (draft-ietf-httpapi-idempotency-key-header).
 * A key belongs to one tenant and one principal subject, so two callers never see each other's
 * answers. {@link #claim} must be atomic: of two concurrent claims of a new key exactly one is
 * {@link Claim.Granted}. The in-process {@link InMemoryIdempotencyStore} is the default; a store
 * shared by several server instances (PostgreSQL, Redis) implements the same contract.
 */
public interface IdempotencyStore {

    /** Reserves {@code key} for a request with this fingerprint, or says why the request must not run. */
    Claim claim(Key key, String fingerprint);

    /** The granted request finished with {@code response}: later claims with the same fingerprint replay it. */
    void complete(Key key, StoredResponse response);

    /** The granted request did not finish with a response worth keeping: the key is free again. */
    void release(Key key);

    /** A key as the client sent it, within the tenant and subject that sent it. */
    record Key(TenantId tenant, String subject, String value) {
        public Key {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(value, "value");
        }
    }

    /** What is answered again: the status, the headers that describe the result, and the body's bytes. */
    record StoredResponse(int status, Map<String, String> headers, byte[] body) {
        public StoredResponse {
            headers = Map.copyOf(headers);
            body = body.clone();
        }

        @Override
        public byte[] body() {
            return body.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof StoredResponse that && status == that.status && headers.equals(that.headers)
                    && Arrays.equals(body, that.body);
        }

        @Override
        public int hashCode() {
            return Objects.hash(status, headers, Arrays.hashCode(body));
        }

        @Override
        public String toString() {
            return "StoredResponse[status=" + status + ", headers=" + headers + ", body=" + body.length + " bytes]";
        }
    }

    /** The answer to a claim. */
    sealed interface Claim {
        /** A new key: run the request, then {@link #complete} or {@link #release}. */
        record Granted() implements Claim {
        }

        /** The key finished with the same request before: answer this again. */
        record Replay(StoredResponse response) implements Claim {
        }

        /** The key's first request is still running (409). */
        record InFlight() implements Claim {
        }

        /** The key was used for another request (422). */
        record Mismatch() implements Claim {
        }
    }
}

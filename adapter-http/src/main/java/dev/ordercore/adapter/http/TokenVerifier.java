package dev.ordercore.adapter.http;

import dev.ordercore.domain.access.Principal;

/**
 * Turns a bearer token into the principal it speaks for, or refuses it. The HTTP API answers a
 * refusal with 401; which tenants and permissions the principal has is the use cases' to check.
 */
public interface TokenVerifier {

    Principal verify(String bearerToken) throws TokenRejected;

    /** A token that does not prove who is calling: malformed, unsigned, badly signed, expired, or with unusable claims. */
    final class TokenRejected extends Exception {

        private static final long serialVersionUID = 1L;

        public TokenRejected(String reason) {
            super(reason);
        }

        public TokenRejected(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}

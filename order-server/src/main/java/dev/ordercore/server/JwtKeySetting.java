package dev.ordercore.server;

/** Which key verifies bearer tokens. */
sealed interface JwtKeySetting {

    /** No key configured: an HS256 secret generated into the data directory on first start. */
    record Generated() implements JwtKeySetting {
    }

    /** {@code ORDERS_JWT_HS256_SECRET}, base64. */
    record Hs256Secret(byte[] secret) implements JwtKeySetting {
        public Hs256Secret {
            secret = secret.clone();
        }

        @Override
        public byte[] secret() {
            return secret.clone();
        }
    }

    /** {@code ORDERS_JWT_RS256_PUBLIC_KEY}: a PEM public key read from this file; tokens come from the identity provider. */
    record Rs256PublicKey(String pem) implements JwtKeySetting {
    }
}

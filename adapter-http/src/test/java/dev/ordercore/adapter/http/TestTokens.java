package dev.ordercore.adapter.http;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Mints tokens for tests: good ones, expired ones, forged ones and unsigned ones. */
final class TestTokens {

    static final byte[] SECRET = "a test secret of at least thirty-two bytes!".getBytes(StandardCharsets.UTF_8);
    static final byte[] OTHER_SECRET = "another secret, also thirty-two bytes long".getBytes(StandardCharsets.UTF_8);

    private TestTokens() {
    }

    static JwtTokenVerifier verifier() {
        return JwtTokenVerifier.hs256(SECRET);
    }

    static JWTClaimsSet claims(String subject, List<String> tenants, List<String> roles, List<String> modules, Instant expires) {
        return new JWTClaimsSet.Builder()
                .subject(subject)
                .claim("tenants", tenants)
                .claim("roles", roles)
                .claim("modules", modules)
                .issueTime(Date.from(expires.minus(Duration.ofHours(2))))
                .expirationTime(Date.from(expires))
                .build();
    }

    static String user(String subject, String tenant, String role) {
        return hs256(SECRET, claims(subject, List.of(tenant), List.of(role), List.of(), Instant.now().plus(Duration.ofHours(1))));
    }

    /** A module writer: no role, owns the given status namespaces (R18). */
    static String writer(String subject, String tenant, String... modules) {
        return hs256(SECRET, claims(subject, List.of(tenant), List.of(), List.of(modules), Instant.now().plus(Duration.ofHours(1))));
    }

    static String expired(String subject, String tenant, String role) {
        return hs256(SECRET, claims(subject, List.of(tenant), List.of(role), List.of(), Instant.now().minus(Duration.ofHours(1))));
    }

    static String forged(String subject, String tenant, String role) {
        return hs256(OTHER_SECRET, claims(subject, List.of(tenant), List.of(role), List.of(), Instant.now().plus(Duration.ofHours(1))));
    }

    static String unsigned(String subject, String tenant, String role) {
        return new PlainJWT(claims(subject, List.of(tenant), List.of(role), List.of(), Instant.now().plus(Duration.ofHours(1))))
                .serialize();
    }

    static String hs256(byte[] secret, JWTClaimsSet claims) {
        try {
            return sign(new MACSigner(secret), JWSAlgorithm.HS256, claims);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static String rs256(PrivateKey key, JWTClaimsSet claims) {
        return sign(new RSASSASigner(key), JWSAlgorithm.RS256, claims);
    }

    private static String sign(JWSSigner signer, JWSAlgorithm alg, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader(alg), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}

package dev.ordercore.server;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Signs HS256 tokens with the claims the HTTP API reads: {@code sub}, {@code tenants}, {@code roles}, {@code modules}, {@code iat}, {@code exp}. */
final class TokenMinter {

    private final byte[] secret;
    private final Clock clock;

    TokenMinter(byte[] secret, Clock clock) {
        this.secret = secret.clone();
        this.clock = clock;
    }

    String mint(String subject, List<String> tenants, List<String> roles, List<String> modules, Duration ttl) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .claim("tenants", List.copyOf(tenants))
                .claim("roles", List.copyOf(roles))
                .claim("modules", List.copyOf(modules))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }
}

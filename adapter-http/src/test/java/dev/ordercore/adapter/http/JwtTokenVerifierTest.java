package dev.ordercore.adapter.http;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.access.Role;
import dev.ordercore.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JwtTokenVerifierTest {

    private final JwtTokenVerifier verifier = TestTokens.verifier();

    @Test
    void a_valid_token_becomes_the_principal_of_its_claims() throws Exception {
        String token = TestTokens.hs256(TestTokens.SECRET, TestTokens.claims("ann", List.of("winefeed", "bakery"),
                List.of("operator"), List.of("inventory"), Instant.now().plus(Duration.ofMinutes(5))));

        Principal principal = verifier.verify(token);

        assertThat(principal).isEqualTo(new Principal("ann", Set.of(TenantId.of("winefeed"), TenantId.of("bakery")),
                Set.of(Role.OPERATOR), Set.of("inventory")));
    }

    @Test
    void expired_forged_unsigned_and_garbled_tokens_are_rejected() {
        for (String token : List.of(TestTokens.expired("ann", "winefeed", "operator"),
                TestTokens.forged("ann", "winefeed", "operator"),
                TestTokens.unsigned("ann", "winefeed", "operator"),
                "not-a-jwt", "")) {
            assertThatThrownBy(() -> verifier.verify(token)).as(token).isInstanceOf(TokenVerifier.TokenRejected.class);
        }
    }

    @Test
    void a_token_without_subject_or_expiry_is_rejected() {
        var noExpiry = new com.nimbusds.jwt.JWTClaimsSet.Builder().subject("ann").claim("tenants", List.of("winefeed")).build();
        var noSubject = new com.nimbusds.jwt.JWTClaimsSet.Builder().claim("tenants", List.of("winefeed"))
                .expirationTime(java.util.Date.from(Instant.now().plusSeconds(300))).build();

        assertThatThrownBy(() -> verifier.verify(TestTokens.hs256(TestTokens.SECRET, noExpiry))).isInstanceOf(TokenVerifier.TokenRejected.class);
        assertThatThrownBy(() -> verifier.verify(TestTokens.hs256(TestTokens.SECRET, noSubject))).isInstanceOf(TokenVerifier.TokenRejected.class);
    }

    @Test
    void unknown_roles_and_malformed_tenants_make_a_token_unusable() {
        Instant later = Instant.now().plus(Duration.ofMinutes(5));
        String superuser = TestTokens.hs256(TestTokens.SECRET, TestTokens.claims("ann", List.of("winefeed"), List.of("root"), List.of(), later));
        String badTenant = TestTokens.hs256(TestTokens.SECRET, TestTokens.claims("ann", List.of("Wine Feed"), List.of("admin"), List.of(), later));

        assertThatThrownBy(() -> verifier.verify(superuser)).isInstanceOf(TokenVerifier.TokenRejected.class);
        assertThatThrownBy(() -> verifier.verify(badTenant)).isInstanceOf(TokenVerifier.TokenRejected.class);
    }

    @Test
    void rs256_tokens_verify_with_the_public_key_and_hs256_tokens_do_not() throws Exception {
        KeyPair keys = rsaKeys();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        JwtTokenVerifier rs256 = JwtTokenVerifier.rs256Pem(pem);
        var claims = TestTokens.claims("svc", List.of("winefeed"), List.of(), List.of("billing"), Instant.now().plusSeconds(300));

        assertThat(rs256.verify(TestTokens.rs256(keys.getPrivate(), claims)).modules()).containsExactly("billing");
        assertThatThrownBy(() -> rs256.verify(TestTokens.hs256(TestTokens.SECRET, claims))).isInstanceOf(TokenVerifier.TokenRejected.class);
        assertThatThrownBy(() -> JwtTokenVerifier.rs256((RSAPublicKey) rsaKeys().getPublic())
                .verify(TestTokens.rs256(keys.getPrivate(), claims))).isInstanceOf(TokenVerifier.TokenRejected.class);
    }

    @Test
    void a_short_hs256_secret_is_refused_at_configuration() {
        assertThatThrownBy(() -> JwtTokenVerifier.hs256(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    private static KeyPair rsaKeys() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}

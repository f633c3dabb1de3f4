package dev.ordercore.adapter.http;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.proc.SingleKeyJWSKeySelector;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.access.Role;
import dev.ordercore.domain.shared.TenantId;

import javax.crypto.spec.SecretKeySpec;
import java.security.Key;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Verifies JWTs with nimbus-jose-jwt against one configured key: an HS256 secret or an RS256
 * public key. Only that algorithm is accepted (so {@code alg: none} and algorithm swaps fail), and
 * {@code sub} and {@code exp} are required. The claims {@code tenants}, {@code roles} (viewer,
 * operator, admin) and {@code modules} (status namespaces the caller writes) make the principal.
 */
public final class JwtTokenVerifier implements TokenVerifier {

    /** HS256 needs a secret of at least 256 bits. */
    public static final int MIN_SECRET_BYTES = 32;

    private final DefaultJWTProcessor<SecurityContext> processor;

    private JwtTokenVerifier(JWSAlgorithm algorithm, Key key) {
        processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new SingleKeyJWSKeySelector<>(algorithm, key));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(null, new JWTClaimsSet.Builder().build(),
                Set.of("sub", "exp")));
    }

    public static JwtTokenVerifier hs256(byte[] secret) {
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("an HS256 secret has at least " + MIN_SECRET_BYTES + " bytes, got " + secret.length);
        }
        return new JwtTokenVerifier(JWSAlgorithm.HS256, new SecretKeySpec(secret.clone(), "HmacSHA256"));
    }

    public static JwtTokenVerifier rs256(RSAPublicKey publicKey) {
        return new JwtTokenVerifier(JWSAlgorithm.RS256, publicKey);
    }

    /** An RS256 verifier from a PEM public key ({@code -----BEGIN PUBLIC KEY-----}, X.509 SubjectPublicKeyInfo). */
    public static JwtTokenVerifier rs256Pem(String pem) {
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            return rs256((RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64))));
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a PEM RSA public key", e);
        }
    }

    @Override
    public Principal verify(String bearerToken) throws TokenRejected {
        JWTClaimsSet claims;
        try {
            claims = processor.process(bearerToken, null);
        } catch (ParseException e) {
            throw new TokenRejected("not a JWT", e);
        } catch (BadJOSEException | JOSEException e) {
            throw new TokenRejected(e.getMessage(), e);
        }
        try {
            Set<TenantId> tenants = new HashSet<>();
            for (String tenant : strings(claims, "tenants")) {
                tenants.add(TenantId.of(tenant));
            }
            Set<Role> roles = new HashSet<>();
            for (String role : strings(claims, "roles")) {
                roles.add(Role.valueOf(role.toUpperCase(Locale.ROOT)));
            }
            return new Principal(claims.getSubject(), tenants, roles, Set.copyOf(strings(claims, "modules")));
        } catch (ParseException | IllegalArgumentException e) {
            throw new TokenRejected("unusable claims: " + e.getMessage(), e);
        }
    }

    private static List<String> strings(JWTClaimsSet claims, String name) throws ParseException {
        List<String> values = claims.getStringListClaim(name);
        return values == null ? List.of() : new ArrayList<>(values);
    }
}

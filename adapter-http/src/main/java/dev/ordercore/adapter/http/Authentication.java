package dev.ordercore.adapter.http;

import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.TenantId;
import io.javalin.http.Context;
import io.javalin.http.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/**
 * Finds the caller of a tenant-scoped request: the principal its bearer token proves (401 when
 * none does) and the tenant its path names. Whether the principal may act in that tenant is the
 * use case's to decide, so a tenant outside the token answers like an unknown one (404, R35).
 */
final class Authentication {

    private static final Logger LOG = LoggerFactory.getLogger(Authentication.class);
    private static final String BEARER = "bearer ";

    private final TokenVerifier verifier;

    Authentication(TokenVerifier verifier) {
        this.verifier = verifier;
    }

    Caller caller(Context ctx) {
        String header = ctx.header(Header.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            throw unauthorized(ctx, "auth.missing_token", "send a bearer token: Authorization: Bearer <JWT>");
        }
        if (!header.toLowerCase(Locale.ROOT).startsWith(BEARER) || header.length() <= BEARER.length()) {
            throw unauthorized(ctx, "auth.invalid_token", "the Authorization header is not of the form 'Bearer <JWT>'");
        }
        Caller caller;
        try {
            var principal = verifier.verify(header.substring(BEARER.length()).trim());
            caller = new Caller(principal, tenant(ctx));
        } catch (TokenVerifier.TokenRejected e) {
            LOG.debug("token rejected: {}", e.getMessage());
            throw unauthorized(ctx, "auth.invalid_token", "the bearer token is not valid: " + e.getMessage());
        }
        return caller;
    }

    private static TenantId tenant(Context ctx) {
        String raw = ctx.pathParam("tenantId");
        if (!TenantId.isValid(raw)) {
            throw new ProblemException(ErrorMapping.problem(new OrderError.NotFound(EntityType.TENANT, raw)));
        }
        return TenantId.of(raw);
    }

    private static ProblemException unauthorized(Context ctx, String code, String detail) {
        ctx.header(Header.WWW_AUTHENTICATE, "Bearer");
        return new ProblemException(Problem.of(401, code, "Unauthorized", detail));
    }
}

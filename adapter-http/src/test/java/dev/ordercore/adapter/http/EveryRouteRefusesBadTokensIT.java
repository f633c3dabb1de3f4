package dev.ordercore.adapter.http;

import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.ordercore.adapter.http.ErrorResponsesIT.problem;
import static dev.ordercore.adapter.http.RunningApi.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the tenant API, read from the running app so a new route cannot be forgotten,
 * refuses a missing, expired, forged or unsigned token with a 401 problem, before it reads the
 * body or looks anything up.
 */
class EveryRouteRefusesBadTokensIT {

    static RunningApi api;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void no_expired_forged_or_unsigned_token_gets_past_any_route() {
        List<Endpoint> routes = api.routes().stream()
                .filter(r -> r.getMethod().isHttpMethod() && r.getMethod() != HandlerType.HEAD && r.getMethod() != HandlerType.OPTIONS)
                .filter(r -> r.getPath().startsWith(HttpApi.BASE_PATH))
                .toList();
        assertThat(routes).as("the tenant API's routes").hasSizeGreaterThan(30);
        List<String> checked = new ArrayList<>();

        for (Endpoint route : routes) {
            String path = route.getPath().replace("{tenantId}", TENANT).replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            String method = route.getMethod().name();
            problem(api.call(method, path).json("{}").send(), 401, "auth.missing_token");
            problem(api.call(method, path).token(TestTokens.expired("ann", TENANT, "admin")).json("{}").send(), 401, "auth.invalid_token");
            problem(api.call(method, path).token(TestTokens.forged("ann", TENANT, "admin")).json("{}").send(), 401, "auth.invalid_token");
            problem(api.call(method, path).token(TestTokens.unsigned("ann", TENANT, "admin")).json("{}").send(), 401, "auth.invalid_token");
            checked.add(method + " " + route.getPath());
        }

        assertThat(checked).hasSameSizeAs(routes);
    }
}

package dev.ordercore.adapter.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.ordercore.adapter.http.ErrorResponsesIT.problem;
import static dev.ordercore.adapter.http.OrderEndpointsIT.ORDER;
import static dev.ordercore.adapter.http.RunningApi.BASE;
import static dev.ordercore.adapter.http.RunningApi.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

/** Who may call: a valid token (401 otherwise), its tenants (R35: 404 otherwise) and its roles (R36: 403 otherwise). */
class AuthenticationIT {

    static RunningApi api;
    static String orderPath;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        RunningApi.Reply placed = api.placeOrder(TestTokens.user("ann", TENANT, "operator"));
        orderPath = BASE + "/orders/" + placed.body().path("id").asText();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void no_token_is_401() {
        RunningApi.Reply reply = api.call("GET", orderPath).send();

        problem(reply, 401, "auth.missing_token");
        assertThat(reply.header("WWW-Authenticate")).contains("Bearer");
    }

    @Test
    void expired_forged_unsigned_and_non_bearer_tokens_are_401() {
        for (String token : List.of(TestTokens.expired("ann", TENANT, "viewer"), TestTokens.forged("ann", TENANT, "viewer"),
                TestTokens.unsigned("ann", TENANT, "viewer"), "garbage")) {
            problem(api.call("GET", orderPath).token(token).send(), 401, "auth.invalid_token");
        }
        problem(api.call("GET", orderPath).header("Authorization", "Basic YW5uOnNlY3JldA==").send(), 401, "auth.invalid_token");
    }

    @Test
    void rejected_tokens_are_401_on_writes_before_the_body_is_read() {
        problem(api.call("POST", BASE + "/orders").token(TestTokens.forged("ann", TENANT, "admin")).json("{broken").send(), 401,
                "auth.invalid_token");
    }

    @Test
    void a_tenant_outside_the_token_looks_like_it_does_not_exist() {
        String otherTenant = TestTokens.user("olga", "bakery", "admin");

        problem(api.call("GET", orderPath).token(otherTenant).send(), 404, "tenant.not_found");
        problem(api.call("GET", orderPath.replace("/tenants/" + TENANT + "/", "/tenants/Not%20A%20Tenant/"))
                .token(TestTokens.user("ann", TENANT, "admin")).send(), 404, "tenant.not_found");
    }

    @Test
    void another_tenants_order_id_is_not_found_in_ones_own_tenant() {
        String bakeryAdmin = TestTokens.user("olga", "bakery", "admin");
        String ownPathToTheirOrder = orderPath.replace("/tenants/" + TENANT + "/", "/tenants/bakery/");

        problem(api.call("GET", ownPathToTheirOrder).token(bakeryAdmin).send(), 404, "order.not_found");
    }

    @Test
    void a_role_without_the_permission_is_403() {
        String viewer = TestTokens.user("vic", TENANT, "viewer");

        problem(api.call("POST", BASE + "/orders").token(viewer).json(ORDER).send(), 403, "access.forbidden");
        problem(api.call("PUT", orderPath + "/status").token(viewer).header("If-Match", "*").json("{\"status\": \"CONFIRMED\"}").send(),
                403, "access.forbidden");
    }
}

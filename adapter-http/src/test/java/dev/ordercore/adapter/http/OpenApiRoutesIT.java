package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.HandlerType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spec served at {@code /openapi} and the routes the app registers are the same set of
 * method + path pairs, both ways. Only the API's own routes are compared: the documentation's
 * routes ({@code /openapi}, {@code /swagger}, {@code /redoc}, {@code /webjars/*}) and
 * {@code /metrics} are operational endpoints outside the API and deliberately left out of the spec.
 */
class OpenApiRoutesIT {

    private static final Set<String> UNDOCUMENTED_PREFIXES =
            Set.of(HttpApi.OPENAPI_PATH, HttpApi.SWAGGER_PATH, HttpApi.REDOC_PATH, "/webjars", HttpMetrics.PATH, "/health");

    private static RunningApi api;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void every_registered_route_is_in_the_spec_and_every_spec_operation_is_registered() {
        RunningApi.Reply reply = api.call("GET", HttpApi.OPENAPI_PATH).send();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("openapi").asText()).startsWith("3.");

        Set<String> documented = new TreeSet<>();
        Iterator<java.util.Map.Entry<String, JsonNode>> paths = reply.body().path("paths").fields();
        while (paths.hasNext()) {
            var path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey()));
        }
        Set<String> registered = api.routes().stream()
                .filter(route -> route.getMethod().isHttpMethod() && route.getMethod() != HandlerType.HEAD && route.getMethod() != HandlerType.OPTIONS)
                .filter(route -> UNDOCUMENTED_PREFIXES.stream().noneMatch(route.getPath()::startsWith))
                .map(route -> route.getMethod().name() + " " + route.getPath())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(registered).as("the API's routes").hasSizeGreaterThan(30);
        assertThat(documented).as("operations in the spec").containsExactlyElementsOf(registered);
    }

    @Test
    void every_operation_names_the_bearer_scheme_and_problem_answers() {
        JsonNode spec = api.call("GET", HttpApi.OPENAPI_PATH).send().body();
        assertThat(spec.at("/components/securitySchemes/" + HttpApi.BEARER + "/scheme").asText()).isEqualTo("bearer");
        spec.path("paths").forEach(path -> path.forEach(operation -> {
            assertThat(operation.path("security").toString()).contains(HttpApi.BEARER);
            assertThat(operation.at("/responses/401/content").has("application/problem+json")).isTrue();
        }));
    }

    @Test
    void every_api_operation_documents_503_with_retry_after_and_the_two_problem_codes() throws Exception {
        JsonNode spec = api.call("GET", HttpApi.OPENAPI_PATH).send().body();
        ObjectMapper mapper = new ObjectMapper();

        List<String> without503 = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
            assertThat(path.getKey()).startsWith("/api/");
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operations++;
                if (!operation.getValue().at("/responses/503").equals(mapper.readTree(
                        "{\"$ref\": \"#/components/responses/ServiceUnavailable\"}"))) {
                    without503.add(operation.getKey() + " " + path.getKey());
                }
            }
        }
        assertThat(operations).as("operations in the spec").isGreaterThan(30);
        assertThat(without503).as("operations without the shared 503").isEmpty();

        assertThat(spec.at("/components/headers/Retry-After")).isEqualTo(mapper.readTree("""
                {"description": "Seconds to wait before retrying the request; with an intent id or an Idempotency-Key a retry is never carried out twice",
                 "required": true, "schema": {"type": "integer", "minimum": 1}}"""));
        JsonNode unavailable = spec.at("/components/responses/ServiceUnavailable");
        assertThat(unavailable.path("description").asText()).isEqualTo("Service unavailable, retry after Retry-After seconds: the database "
                + "is unreachable (server.database_unavailable), or the server is past its capacity, its queue full or no database "
                + "connection free in time (server.overloaded)");
        assertThat(unavailable.path("headers")).isEqualTo(mapper.readTree("{\"Retry-After\": {\"$ref\": \"#/components/headers/Retry-After\"}}"));
        assertThat(unavailable.path("content").size()).isEqualTo(1);
        JsonNode problemJson = unavailable.at("/content/application~1problem+json");
        assertThat(problemJson.path("schema")).isEqualTo(mapper.readTree("{\"$ref\": \"#/components/schemas/Problem\"}"));
        assertThat(spec.at("/components/schemas/Problem/properties").has("code")).isTrue();
        List<String> examples = new ArrayList<>();
        problemJson.path("examples").properties().forEach(e -> examples.add(e.getKey() + " " + e.getValue().at("/value/status").asInt()
                + " " + e.getValue().at("/value/code").asText() + " " + e.getValue().at("/value/type").asText()));
        assertThat(examples).containsExactly(
                "server.database_unavailable 503 server.database_unavailable https://ordercore.dev/problems/server.database_unavailable",
                "server.overloaded 503 server.overloaded https://ordercore.dev/problems/server.overloaded");
    }

    @Test
    void the_spec_and_its_viewers_need_no_token() {
        for (String page : new String[] {HttpApi.SWAGGER_PATH, HttpApi.REDOC_PATH}) {
            RunningApi.Reply reply = api.call("GET", page).sendText();
            assertThat(reply.status()).as(page).isEqualTo(200);
            assertThat(reply.contentType()).as(page).startsWith("text/html");
            assertThat(reply.response().body()).as(page).containsIgnoringCase("<html");
        }
    }
}

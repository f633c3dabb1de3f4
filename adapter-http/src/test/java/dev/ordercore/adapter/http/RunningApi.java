package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.ordercore.application.port.out.TenantPolicy;
import io.javalin.Javalin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The API on a random port over fresh stores ({@link StoresForTests}: in memory here, on PostgreSQL
 * when order-server runs these tests), and a real HTTP client to drive it.
 */
final class RunningApi implements AutoCloseable {

    static final String TENANT = "winefeed";
    static final String BASE = "/api/v1/tenants/" + TENANT;

    private final Javalin app;
    private final AutoCloseable stores;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = new ObjectMapper();

    private RunningApi(HttpSettings settings, TokenVerifier verifier) {
        this(settings, verifier, HttpServices.defaults());
    }

    private RunningApi(HttpSettings settings, TokenVerifier verifier, HttpServices services) {
        this(settings, verifier, services, TenantPolicy.DEFAULT);
    }

    private RunningApi(HttpSettings settings, TokenVerifier verifier, HttpServices services, TenantPolicy policy) {
        StoresForTests.Fresh fresh = StoresForTests.current().fresh(Clock.systemUTC(), policy);
        stores = fresh.resources();
        try {
            app = HttpApi.create(fresh.core(), verifier, settings, services).start("127.0.0.1", 0);
        } catch (RuntimeException e) {
            closeStores();
            throw e;
        }
    }

    /** With an idempotency store or a meter registry of the test's choosing. */
    static RunningApi start(HttpServices services) {
        return new RunningApi(HttpSettings.defaults(), TestTokens.verifier(), services);
    }

    /** With a token verifier of the test's choosing, such as one that fails unexpectedly. */
    static RunningApi start(TokenVerifier verifier) {
        return new RunningApi(HttpSettings.defaults(), verifier);
    }

    /** Every tenant with {@code policy} (its taxes, say). */
    static RunningApi start(TenantPolicy policy) {
        return new RunningApi(HttpSettings.defaults(), TestTokens.verifier(), HttpServices.defaults(), policy);
    }

    static RunningApi start() {
        return new RunningApi(HttpSettings.defaults(), TestTokens.verifier());
    }

    static RunningApi start(HttpSettings settings) {
        return new RunningApi(settings, TestTokens.verifier());
    }

    /** Every endpoint the app registered (Javalin's route list), before and after handlers included. */
    java.util.List<io.javalin.router.Endpoint> routes() {
        return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream().map(io.javalin.router.ParsedEndpoint::getEndpoint).toList();
    }

    Call call(String method, String path) {
        return new Call(method, path);
    }

    /** Places {@link OrderEndpointsIT#ORDER} as {@code token}: the order most endpoint tests start from. */
    Reply placeOrder(String token) {
        Reply reply = call("POST", BASE + "/orders").token(token).json(OrderEndpointsIT.ORDER).send();
        if (reply.status() != 201) {
            throw new AssertionError("placing the fixture order was answered " + reply);
        }
        return reply;
    }

    @Override
    public void close() {
        app.stop();
        closeStores();
    }

    private void closeStores() {
        try {
            stores.close();
        } catch (Exception e) {
            throw new IllegalStateException("the stores did not close", e);
        }
    }

    /** One request being built: a token, headers, a body; {@link #send()} sends it. */
    final class Call {
        private Duration timeout = Duration.ofSeconds(10);
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        Call token(String token) {
            headers.put("Authorization", "Bearer " + token);
            return this;
        }

        Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Call json(String json) {
            headers.put("Content-Type", "application/json");
            body = HttpRequest.BodyPublishers.ofString(json);
            return this;
        }

        /** A body without Content-Length (sent chunked), so only reading it reveals its size. */
        Call chunked(byte[] bytes) {
            headers.put("Content-Type", "application/json");
            body = HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes));
            return this;
        }

        /** Longer than the default 10 s, for a request that does much work (a 1,000-intent batch on a loaded machine). */
        Call timeout(Duration wait) {
            timeout = wait;
            return this;
        }

        Call bytes(byte[] bytes) {
            headers.put("Content-Type", "application/json");
            body = HttpRequest.BodyPublishers.ofByteArray(bytes);
            return this;
        }

        /** For answers that are not JSON, such as {@code /metrics}: the body is left unparsed. */
        Reply sendText() {
            return send(false);
        }

        Reply send() {
            return send(true);
        }

        private Reply send(boolean json) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                    .timeout(timeout)
                    .method(method, body);
            headers.forEach(request::header);
            try {
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Reply(response, json ? parse(response.body()) : MissingNode.getInstance());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private JsonNode parse(String text) {
            if (text == null || text.isEmpty()) {
                return MissingNode.getInstance();
            }
            try {
                return mapper.readTree(text);
            } catch (IOException e) {
                throw new AssertionError("the response is not JSON: " + text, e);
            }
        }
    }

    record Reply(HttpResponse<String> response, JsonNode body) {
        int status() {
            return response.statusCode();
        }

        Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        String contentType() {
            return header("Content-Type").orElse("");
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + response.body();
        }
    }
}

package dev.ordercore.adapter.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Times every request into {@code http_server_requests_seconds} (Micrometer's name, as Spring
 * and others use it), tagged by method, route template ({@code /api/v1/tenants/{tenantId}/orders/{orderId}},
 * never the raw path, so ids do not multiply the series), status and outcome, with a fixed set of
 * latency buckets, and answers that time in a {@code Server-Timing: app;dur=<ms>} header (from the
 * before-handler to the after-handler: routing, authentication, the use case, the body serialized;
 * not the bytes on the wire). Serves the registry at {@code GET /metrics} in Prometheus' text format.
 */
final class HttpMetrics {

    static final String PATH = "/metrics";
    static final String METER = "http.server.requests";
    /** Requests that matched no route, so no template names them. */
    static final String UNMATCHED = "UNMATCHED";
    private static final String STARTED = "ordercore.metrics.started";
    static final String SERVER_TIMING = "Server-Timing";
    private static final Duration[] BUCKETS = {
        Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
        Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5)};

    private HttpMetrics() {
    }

    static void install(Javalin app, PrometheusMeterRegistry registry) {
        app.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
        app.after(ctx -> record(ctx, registry));
        app.get(PATH, ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape()));
    }

    private static void record(Context ctx, PrometheusMeterRegistry registry) {
        Long started = ctx.attribute(STARTED);
        if (started == null) {
            return;
        }
        long took = System.nanoTime() - started;
        // W3C Server Timing: the time this request spent inside the server, for clients and load tools
        ctx.header(SERVER_TIMING, String.format(Locale.ROOT, "app;dur=%.3f", took / 1e6));
        int status = ctx.statusCode();
        Timer.builder(METER)
                .description("HTTP requests answered, by route template and status")
                .tag("method", ctx.method().name())
                .tag("uri", route(ctx))
                .tag("status", Integer.toString(status))
                .tag("outcome", outcome(status))
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(took, TimeUnit.NANOSECONDS);
    }

    private static String route(Context ctx) {
        String template;
        try {
            template = ctx.endpointHandlerPath();
        } catch (IllegalStateException e) {
            template = null;
        }
        // with no route matched Javalin answers a sentence here, not a path
        return template == null || !template.startsWith("/") ? UNMATCHED : template;
    }

    private static String outcome(int status) {
        if (status < 200) {
            return "INFORMATIONAL";
        }
        if (status < 300) {
            return "SUCCESS";
        }
        if (status < 400) {
            return "REDIRECTION";
        }
        return status < 500 ? "CLIENT_ERROR" : "SERVER_ERROR";
    }
}

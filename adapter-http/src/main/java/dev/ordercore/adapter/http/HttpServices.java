package dev.ordercore.adapter.http;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.util.Objects;

/**
 * What the API keeps beyond a single request, given by the composition root: where
 * {@code Idempotency-Key}s are remembered, and the registry whose meters {@code GET /metrics}
 * shows (the server binds JVM and connection-pool meters to the same registry).
 */
public record HttpServices(IdempotencyStore idempotencyKeys, PrometheusMeterRegistry metrics) {

    public HttpServices {
        Objects.requireNonNull(idempotencyKeys, "idempotencyKeys");
        Objects.requireNonNull(metrics, "metrics");
    }

    /** Keys in this process for 24 hours; a registry of the API's own meters only. */
    public static HttpServices defaults() {
        return new HttpServices(InMemoryIdempotencyStore.defaults(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }
}

package dev.ordercore.adapter.http;

import io.javalin.Javalin;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.servlet.FilterHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The smoke version of reliability/overload.sh: past its limits the API answers at once with 503,
 * Retry-After and the problem {@code server.overloaded}, while what was admitted finishes and
 * paths outside the tenant API are not limited.
 */
class LoadSheddingIT {

    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch entered = new CountDownLatch(1);
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private Javalin app;

    private void start(AdmissionLimits limits) {
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jetty.modifyServletContextHandler(handler -> handler.addFilter(
                    new FilterHolder(new LoadShedding(limits, Json.mapper(), metrics)), "/api/*", EnumSet.of(DispatcherType.REQUEST)));
        });
        app.get("/api/slow", ctx -> {
            entered.countDown();
            release.await(60, TimeUnit.SECONDS);
            ctx.result("done");
        });
        app.get("/health", ctx -> ctx.result("UP"));
        app.start(0);
    }

    @AfterEach
    void stop() {
        release.countDown();
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void past_the_in_flight_limit_and_a_full_queue_a_request_is_refused_at_once_with_503_retry_after_and_a_problem() throws Exception {
        start(new AdmissionLimits(1, 1, Duration.ofSeconds(60)));
        CompletableFuture<HttpResponse<String>> running = send("/api/slow");
        assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<HttpResponse<String>> waiting = send("/api/slow");
        awaitQueued(1);

        HttpResponse<String> refused = send("/api/slow").get(30, TimeUnit.SECONDS);

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"code\":\"server.overloaded\"", "\"status\":503");
        assertThat(send("/health").get(30, TimeUnit.SECONDS).statusCode()).as("outside the tenant API: not limited").isEqualTo(200);
        assertThat(metrics.get("ordercore.http.shed").counter().count()).isEqualTo(1.0);

        release.countDown();
        assertThat(running.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(waiting.get(30, TimeUnit.SECONDS).statusCode()).as("the queued request runs once a place is free").isEqualTo(200);
    }

    @Test
    void a_queued_request_that_waits_longer_than_the_limit_is_refused() throws Exception {
        start(new AdmissionLimits(1, 10, Duration.ofMillis(50)));
        CompletableFuture<HttpResponse<String>> running = send("/api/slow");
        assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();

        HttpResponse<String> refused = send("/api/slow").get(30, TimeUnit.SECONDS);

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.body()).contains("\"code\":\"server.overloaded\"");
        release.countDown();
        assertThat(running.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }

    @Test
    void the_defaults_follow_the_pool_size_and_zero_in_flight_means_unlimited() {
        AdmissionLimits limits = AdmissionLimits.forPool(10);
        assertThat(limits).isEqualTo(new AdmissionLimits(10, 40, Duration.ofSeconds(1)));
        assertThat(AdmissionLimits.UNLIMITED.unlimited()).isTrue();
        assertThat(HttpSettings.defaults().admission()).isEqualTo(AdmissionLimits.UNLIMITED);
    }

    private CompletableFuture<HttpResponse<String>> send(String path) {
        return client.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private void awaitQueued(int expected) throws InterruptedException {
        Instant limit = Instant.now().plus(Duration.ofSeconds(30));
        while (metrics.get("ordercore.http.queued").gauge().value() < expected) {
            if (Instant.now().isAfter(limit)) {
                throw new AssertionError("no request was queued");
            }
            Thread.sleep(10);
        }
    }
}

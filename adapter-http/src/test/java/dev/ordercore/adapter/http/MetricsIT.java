package dev.ordercore.adapter.http;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.ordercore.adapter.http.OrderEndpointsIT.ORDER;
import static dev.ordercore.adapter.http.RunningApi.BASE;
import static dev.ordercore.adapter.http.RunningApi.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /metrics}: Prometheus text, no token, requests counted per route template and status. */
class MetricsIT {

    static final String ORDER_TEMPLATE = "/api/v1/tenants/{tenantId}/orders/{orderId}";
    static RunningApi api;
    static String operator;

    @BeforeAll
    static void start() {
        api = RunningApi.start(new HttpServices(InMemoryIdempotencyStore.defaults(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)));
        operator = TestTokens.user("ann", TENANT, "operator");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static String scrape() {
        RunningApi.Call call = api.call("GET", "/metrics");
        RunningApi.Reply reply = call.sendText();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/plain");
        return reply.response().body();
    }

    static double count(String text, String method, String uri, int status) {
        Matcher m = Pattern.compile("^http_server_requests_seconds_count\\{(.*)} (\\S+)$", Pattern.MULTILINE).matcher(text);
        double total = 0;
        while (m.find()) {
            String labels = m.group(1);
            if (labels.contains("method=\"" + method + "\"") && labels.contains("uri=\"" + uri + "\"")
                    && labels.contains("status=\"" + status + "\"")) {
                total += Double.parseDouble(m.group(2));
            }
        }
        return total;
    }

    @Test
    void metrics_answer_without_a_token_in_prometheus_text_format() {
        api.call("GET", "/health-of-nothing").send();
        String text = scrape();

        assertThat(text).contains("# TYPE http_server_requests_seconds histogram");
    }

    @Test
    void counts_move_per_route_template_and_status_never_per_raw_id() {
        String id = api.call("POST", BASE + "/orders").token(operator).json(ORDER).send().body().path("id").asText();
        double before200 = count(scrape(), "GET", ORDER_TEMPLATE, 200);
        double before404 = count(scrape(), "GET", ORDER_TEMPLATE, 404);

        api.call("GET", BASE + "/orders/" + id).token(operator).send();
        api.call("GET", BASE + "/orders/" + id).token(operator).send();
        api.call("GET", BASE + "/orders/0190f7a4-5c1e-7c3a-9f00-0000000000ff").token(operator).send();
        String text = scrape();

        assertThat(count(text, "GET", ORDER_TEMPLATE, 200)).isEqualTo(before200 + 2);
        assertThat(count(text, "GET", ORDER_TEMPLATE, 404)).isEqualTo(before404 + 1);
        assertThat(count(text, "POST", "/api/v1/tenants/{tenantId}/orders", 201)).isGreaterThanOrEqualTo(1);
        assertThat(text).doesNotContain(id).doesNotContain("tenants/" + TENANT);
        assertThat(text).contains("http_server_requests_seconds_bucket{");
    }

    @Test
    void every_answer_says_how_long_it_took_inside_the_server_in_a_server_timing_header() {
        RunningApi.Reply ok = api.call("GET", BASE + "/orders").token(operator).send();
        RunningApi.Reply refused = api.call("GET", BASE + "/orders").send();

        for (RunningApi.Reply reply : java.util.List.of(ok, refused)) {
            String timing = reply.header(HttpMetrics.SERVER_TIMING).orElseThrow();
            Matcher m = Pattern.compile("^app;dur=(\\d+\\.\\d{3})$").matcher(timing);
            assertThat(m.matches()).as(timing).isTrue();
            assertThat(Double.parseDouble(m.group(1))).isPositive();
        }
        assertThat(ok.status()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(401);
    }

    @Test
    void requests_that_match_no_route_share_one_series() {
        api.call("GET", "/no/such/" + java.util.UUID.randomUUID()).send();

        String text = scrape();

        assertThat(count(text, "GET", HttpMetrics.UNMATCHED, 404)).isGreaterThanOrEqualTo(1);
        assertThat(text).doesNotContain("/no/such");
    }
}

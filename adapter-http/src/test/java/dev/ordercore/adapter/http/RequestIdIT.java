package dev.ordercore.adapter.http;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static dev.ordercore.adapter.http.RunningApi.BASE;
import static dev.ordercore.adapter.http.RunningApi.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

/** Every request has an id: in the response header, in problem bodies and in the MDC of what it logs. */
class RequestIdIT {

    static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    static RunningApi api;
    static String operator;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        operator = TestTokens.user("ann", TENANT, "operator");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void a_plausible_id_from_the_caller_is_answered_back() {
        RunningApi.Reply reply = api.call("GET", BASE + "/orders").token(operator).header("X-Request-Id", "lb-7f3a:42").send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("X-Request-Id")).contains("lb-7f3a:42");
    }

    @Test
    void without_an_id_the_server_makes_one() {
        RunningApi.Reply reply = api.call("GET", BASE + "/orders").token(operator).send();

        assertThat(reply.header("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches(UUID_PATTERN));
    }

    @Test
    void an_id_too_long_or_with_odd_characters_is_replaced_not_repeated() {
        for (String odd : new String[] {"x".repeat(RequestIds.MAX_LENGTH + 1), "a b", "<script>", "id\u00e9"}) {
            RunningApi.Reply reply = api.call("GET", BASE + "/orders").token(operator).header("X-Request-Id", odd).send();

            assertThat(reply.header("X-Request-Id")).as(odd).hasValueSatisfying(id -> assertThat(id).matches(UUID_PATTERN));
        }
    }

    @Test
    void problems_carry_the_request_id_as_an_extension_member() {
        RunningApi.Reply noToken = api.call("GET", BASE + "/orders").header("X-Request-Id", "req-1").send();
        RunningApi.Reply noRoute = api.call("GET", "/nowhere").header("X-Request-Id", "req-2").send();

        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.body().path("requestId").asText()).isEqualTo("req-1");
        assertThat(noToken.header("X-Request-Id")).contains("req-1");
        assertThat(noRoute.status()).isEqualTo(404);
        assertThat(noRoute.body().path("requestId").asText()).isEqualTo("req-2");
    }

    @Test
    void what_a_request_logs_carries_its_id_in_the_mdc() {
        Logger logger = (Logger) LoggerFactory.getLogger(HttpApi.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        try (RunningApi failing = RunningApi.start(token -> {
            throw new IllegalStateException("the verifier broke");
        })) {
            RunningApi.Reply reply = failing.call("GET", BASE + "/orders").token(operator).header("X-Request-Id", "req-500").send();

            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.body().path("requestId").asText()).isEqualTo("req-500");
            assertThat(lines.list).anySatisfy(line -> {
                assertThat(line.getMessage()).startsWith("unexpected failure");
                assertThat(line.getMDCPropertyMap()).containsEntry(RequestIds.MDC_KEY, "req-500");
            });
        } finally {
            logger.detachAppender(lines);
        }
    }
}

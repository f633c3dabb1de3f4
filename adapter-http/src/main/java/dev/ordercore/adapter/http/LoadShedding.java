package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sheds load past the knee instead of collapsing: a request to the tenant API runs when one of
 * {@link AdmissionLimits#maxInFlight()} places is free, else waits in a queue of at most
 * {@link AdmissionLimits#maxQueued()} for at most {@link AdmissionLimits#maxQueueWait()}; a request
 * that finds the queue full, or waits too long, is answered at once with 503, {@code Retry-After}
 * and the problem {@code server.overloaded}, before its body is read. Latency of what is admitted
 * stays bounded (queue plus service time), so p99 recovers as soon as the excess stops.
 * Counts shed requests as {@code ordercore_http_shed_total} and shows the queue as
 * {@code ordercore_http_queued}.
 */
final class LoadShedding implements Filter {

    static final String CODE = "server.overloaded";
    static final int RETRY_AFTER_SECONDS = 1;

    private final AdmissionLimits limits;
    private final Semaphore places;
    private final AtomicInteger queued = new AtomicInteger();
    private final byte[] body;
    private final Counter shed;

    LoadShedding(AdmissionLimits limits, ObjectMapper mapper, MeterRegistry metrics) {
        if (limits.unlimited()) {
            throw new IllegalArgumentException("unlimited admission needs no filter");
        }
        this.limits = limits;
        this.places = new Semaphore(limits.maxInFlight(), true);
        try {
            this.body = mapper.writeValueAsBytes(Problem.of(503, CODE, "Service Unavailable",
                    "the server is at its limit of " + limits.maxInFlight() + " requests in flight and "
                            + limits.maxQueued() + " waiting; retry after " + RETRY_AFTER_SECONDS + " s"));
        } catch (IOException e) {
            throw new IllegalStateException("the overload problem could not be written", e);
        }
        this.shed = Counter.builder("ordercore.http.shed").description("requests answered 503 server.overloaded").register(metrics);
        Gauge.builder("ordercore.http.queued", queued, AtomicInteger::get).description("requests waiting for a place").register(metrics);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!admit()) {
            shed.increment();
            refuse((HttpServletResponse) response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            places.release();
        }
    }

    private boolean admit() {
        if (places.tryAcquire()) {
            return true;
        }
        if (queued.incrementAndGet() > limits.maxQueued()) {
            queued.decrementAndGet();
            return false;
        }
        try {
            return places.tryAcquire(limits.maxQueueWait().toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            queued.decrementAndGet();
        }
    }

    private void refuse(HttpServletResponse response) throws IOException {
        // the request's body is never read; Jetty drains it or closes the connection
        response.setStatus(503);
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        response.setContentType(Responses.PROBLEM_JSON);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}

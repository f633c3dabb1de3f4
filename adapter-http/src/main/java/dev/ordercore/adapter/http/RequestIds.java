package dev.ordercore.adapter.http;

import io.javalin.http.Context;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a plausible id (1 to
 * {@value #MAX_LENGTH} characters of letters, digits and {@code . _ : - + = /}), else a new random
 * UUID. A value that is not plausible is replaced, not trimmed, so nothing a caller sends can
 * forge or break a log line. The id is in the SLF4J MDC as {@value #MDC_KEY} for everything the
 * request logs, in the {@code X-Request-Id} response header, and in problem bodies as {@code requestId}.
 * A servlet filter around the whole request, so the id is also there for the framework's own lines.
 */
final class RequestIds implements Filter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    static final int MAX_LENGTH = 128;
    private static final String ATTRIBUTE = "ordercore.requestId";
    private static final Pattern PLAUSIBLE = Pattern.compile("[A-Za-z0-9._:+=/-]{1," + MAX_LENGTH + "}");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        String id = accepted(((HttpServletRequest) request).getHeader(HEADER)).orElseGet(() -> UUID.randomUUID().toString());
        request.setAttribute(ATTRIBUTE, id);
        ((HttpServletResponse) response).setHeader(HEADER, id);
        try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_KEY, id)) {
            chain.doFilter(request, response);
        }
    }

    /** The caller's id, when it is one the server may repeat in its logs and headers. */
    static Optional<String> accepted(String given) {
        return Optional.ofNullable(given).map(String::trim).filter(v -> PLAUSIBLE.matcher(v).matches());
    }

    /** This request's id; empty outside the filter (an app started without it). */
    static Optional<String> of(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }
}

package dev.ordercore.adapter.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.handler.ErrorHandler;

import java.nio.ByteBuffer;
import java.util.Locale;

/**
 * Requests Jetty refuses before any route sees them (a path with {@code %00}, headers too large)
 * are answered as problems too, instead of Jetty's HTML page. Their code follows the status, as
 * for Javalin's own answers: {@code http.bad_request}, {@code http.request_header_fields_too_large}.
 */
final class BadMessages extends ErrorHandler {

    private final ObjectMapper mapper;

    BadMessages(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        String title = HttpStatus.getMessage(status);
        String code = "http." + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        fields.put(HttpHeader.CONTENT_TYPE, Responses.PROBLEM_JSON);
        try {
            return ByteBuffer.wrap(mapper.writeValueAsBytes(Problem.of(status, code, title,
                    "the request could not be read as HTTP (" + (reason == null ? title : reason) + ")")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem could not be written as JSON", e);
        }
    }
}

package dev.ordercore.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** A real HTTP client against a running server. */
final class Http {

    /** An answer: its status, Content-Type, ETag (when it has one) and body. */
    record Reply(int status, String contentType, Optional<String> etag, String body) {
        Reply(int status, String contentType, String body) {
            this(status, contentType, Optional.empty(), body);
        }

        static Reply of(HttpResponse<String> response) {
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("ETag"), response.body());
        }

        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        /** The problem's {@code code}, or "" when the body is no JSON object with one. */
        String code() {
            try {
                return MAPPER.readTree(body).path("code").asText("");
            } catch (IOException e) {
                return "";
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + etag.map(e -> " ETag: " + e).orElse("") + " "
                    + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    static Reply get(int port, String path, String token) {
        return send(request(port, path, token).GET().build());
    }

    static Reply post(int port, String path, String token, String json) {
        return send(request(port, path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static HttpRequest.Builder request(int port, String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static Reply send(HttpRequest request) {
        try {
            return Reply.of(CLIENT.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

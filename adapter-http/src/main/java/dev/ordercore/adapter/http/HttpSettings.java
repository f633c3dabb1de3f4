package dev.ordercore.adapter.http;

/**
 * How the HTTP API behaves at its edge. {@code maxBodyBytes} bounds every request body (a larger
 * one is refused with 413 before it is parsed).
 */
public record HttpSettings(long maxBodyBytes) {

    /** One mebibyte, the default body limit. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1024L * 1024L;

    public HttpSettings {
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("the body limit is at least one byte, got " + maxBodyBytes);
        }
    }

    public static HttpSettings defaults() {
        return new HttpSettings(DEFAULT_MAX_BODY_BYTES);
    }

    public HttpSettings withMaxBodyBytes(long bytes) {
        return new HttpSettings(bytes);
    }
}

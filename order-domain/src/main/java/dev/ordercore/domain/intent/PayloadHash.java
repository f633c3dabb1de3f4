package dev.ordercore.domain.intent;

import dev.ordercore.domain.json.CanonicalJson;
import dev.ordercore.domain.json.JsonValue;

import java.util.Objects;
import java.util.regex.Pattern;

/** SHA-256 of a payload's RFC 8785 canonical JSON, lowercase hex (R21). Equal payloads hash equal whatever their key order or spacing. */
public record PayloadHash(String hex) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public PayloadHash {
        Objects.requireNonNull(hex, "hex");
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("a payload hash is 64 lowercase hex digits, got '" + hex + "'");
        }
    }

    public static PayloadHash of(JsonValue payload) {
        return new PayloadHash(CanonicalJson.sha256Hex(payload));
    }

    @Override
    public String toString() {
        return hex;
    }
}

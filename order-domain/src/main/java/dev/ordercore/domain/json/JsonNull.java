package dev.ordercore.domain.json;

/** JSON {@code null}: the domain's only way to say "explicitly no value" inside a payload. */
public enum JsonNull implements JsonValue {
    INSTANCE
}

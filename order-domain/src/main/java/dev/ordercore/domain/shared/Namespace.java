package dev.ordercore.domain.shared;

import java.util.regex.Pattern;

/** The rule for status namespaces and statuses (R18): lowercase letters, digits and underscores. */
public final class Namespace {

    public static final int MAX_LENGTH = 40;
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9_]{1," + MAX_LENGTH + "}");

    private Namespace() {
    }

    public static boolean isValid(String part) {
        return part != null && SHAPE.matcher(part).matches();
    }
}

package dev.ordercore.domain.shared;

/**
 * What every piece of free text in the model has in common: it never holds U+0000. No SQL text
 * type (nor PostgreSQL's jsonb) can store that character, and no business text needs it, so it is
 * refused where text comes in rather than failing in a store.
 */
public final class Text {

    public static final String INVALID_CHARACTER = "invalid_character";

    private Text() {
    }

    /** Whether {@code text} can be stored: it holds no U+0000. */
    public static boolean storable(String text) {
        return text.indexOf('\u0000') < 0;
    }

    /** The violation at {@code field} for text that holds U+0000. */
    public static Violation unstorable(String field) {
        return new Violation(field, INVALID_CHARACTER, message(field));
    }

    /** Reports at {@code field} (below {@code v}'s path) text that holds U+0000. */
    public static void unstorable(Violations v, String field) {
        v.add(field, INVALID_CHARACTER, message(field));
    }

    private static String message(String field) {
        return field + " holds the character U+0000, which cannot be stored";
    }
}

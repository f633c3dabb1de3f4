package dev.ordercore.domain.json;

/**
 * JSON text that the domain refuses to read, with what is wrong and where: the message reads like
 * {@code "duplicate key \"sku\" at line 3, column 5 (offset 27)"}. Lines and columns count from 1,
 * columns in UTF-16 code units; {@link #offset()} is the 0-based index into the text.
 */
public final class JsonParseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final int offset;
    private final int line;
    private final int column;

    public JsonParseException(String reason, int offset, int line, int column) {
        super(reason + " at line " + line + ", column " + column + " (offset " + offset + ")");
        this.reason = reason;
        this.offset = offset;
        this.line = line;
        this.column = column;
    }

    /** Builds the exception for {@code offset} in {@code text}, working out line and column. */
    static JsonParseException at(String text, int offset, String reason) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new JsonParseException(reason, offset, line, offset - lineStart + 1);
    }

    /** What is wrong, without the position. */
    public String reason() {
        return reason;
    }

    /** 0-based index into the text (in UTF-16 code units) where the problem was found. */
    public int offset() {
        return offset;
    }

    /** 1-based line number. */
    public int line() {
        return line;
    }

    /** 1-based column number within {@link #line()}. */
    public int column() {
        return column;
    }
}

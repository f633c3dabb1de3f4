package dev.ordercore.adapter.postgres;

/** PostgreSQL failed in a way no caller can answer for (connection lost, a bug in a statement): an infrastructure error. */
public class PostgresException extends RuntimeException {

    public PostgresException(String message, Throwable cause) {
        super(message, cause);
    }
}

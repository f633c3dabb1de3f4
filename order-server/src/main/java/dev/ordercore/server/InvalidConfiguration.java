package dev.ordercore.server;

import java.util.List;

/** Configuration the server cannot start with; names every problem found, not only the first. */
final class InvalidConfiguration extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    InvalidConfiguration(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}

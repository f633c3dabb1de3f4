package dev.ordercore.architecture.badexamples.server;

/** Stands for the composition root. */
public final class Wiring {

    public static String describe() {
        return "wiring";
    }
}

package dev.ordercore.architecture.badexamples.adapter;

import dev.ordercore.architecture.badexamples.server.Wiring;

/** Breaks nothing_depends_on_the_server: an adapter that calls into the composition root. */
public final class ReachesIntoTheServer {

    public String wiring() {
        return Wiring.describe();
    }
}

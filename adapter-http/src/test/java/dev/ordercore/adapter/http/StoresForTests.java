package dev.ordercore.adapter.http;

import dev.ordercore.adapter.inmemory.InMemoryStores;
import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.out.TenantPolicy;

import java.time.Clock;
import java.util.Iterator;
import java.util.ServiceLoader;

/**
 * Where {@link RunningApi} gets the order core it serves: in memory, unless a module that runs
 * these tests from adapter-http's test-jar puts a provider on the classpath
 * ({@code META-INF/services/dev.ordercore.adapter.http.StoresForTests}) — order-server does, so the
 * same endpoint tests run again on PostgreSQL without adapter-http depending on any other adapter.
 */
public interface StoresForTests {

    /**
     * A core over stores holding nothing, independent of every other core handed out before (tests
     * may run two APIs at once), and what to release once the API over it has stopped. Every
     * tenant has the policy {@code defaults} (its taxes, say).
     */
    Fresh fresh(Clock clock, TenantPolicy defaults);

    /** {@link #fresh(Clock, TenantPolicy)} with the default policy. */
    default Fresh fresh(Clock clock) {
        return fresh(clock, TenantPolicy.DEFAULT);
    }

    /** An order core and what to close after it. */
    record Fresh(OrderCore core, AutoCloseable resources) {
    }

    /** The provider on the classpath, or the in-memory stores when there is none. */
    static StoresForTests current() {
        return Holder.CURRENT;
    }

    final class Holder {
        private static final StoresForTests CURRENT = load();

        private Holder() {
        }

        private static StoresForTests load() {
            Iterator<StoresForTests> providers = ServiceLoader.load(StoresForTests.class).iterator();
            if (!providers.hasNext()) {
                return (clock, defaults) -> new Fresh(InMemoryStores.create(clock, defaults).core(), () -> { });
            }
            StoresForTests provider = providers.next();
            if (providers.hasNext()) {
                throw new IllegalStateException("more than one " + StoresForTests.class.getSimpleName() + " on the classpath");
            }
            return provider;
        }
    }
}

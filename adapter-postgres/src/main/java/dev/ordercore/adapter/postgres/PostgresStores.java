package dev.ordercore.adapter.postgres;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.out.TenantPolicy;
import org.jooq.ExecuteListener;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every outgoing port of ordercore on PostgreSQL, over a {@link DataSource} the embedding
 * application configures (HikariCP, usually). The data source must connect as a role that neither
 * owns the tables nor is a superuser, member of the role the migrations grant to
 * ({@link PostgresMigrations#DEFAULT_APP_ROLE}), or row-level security is not a second wall.
 * Migrate first with {@link PostgresMigrations}.
 *
 * <p>PostgreSQL keeps instants to the microsecond, so the clock given here is ticked to whole
 * microseconds ({@link MicrosClock}): what the core stamps is exactly what it reads back.
 */
public final class PostgresStores {

    private final Database db;
    private final OrderCorePorts ports;
    private final PostgresTenantPolicies policies;
    private final PostgresEventOutbox outbox;

    private PostgresStores(Builder b) {
        this.db = new Database(b.dataSource, b.listeners);
        this.policies = new PostgresTenantPolicies(b.defaults);
        this.outbox = new PostgresEventOutbox(db);
        this.ports = new OrderCorePorts(
                new PostgresOrderRepository(db),
                new PostgresStatusHistoryRepository(db),
                new PostgresIntentRepository(db),
                new PostgresRelationRepository(db),
                new PostgresCaseRepository(db),
                new PostgresCatalogRepository.Categories(db),
                new PostgresCatalogRepository.Klasses(db),
                new PostgresCatalogRepository.Products(db),
                new PostgresCatalogRepository.Assets(db),
                outbox,
                new PostgresTransactionRunner(db),
                new PostgresOrderNumbers(db),
                policies,
                new MicrosClock(b.clock));
    }

    public static PostgresStores create(DataSource dataSource, Clock clock) {
        return builder(dataSource).clock(clock).build();
    }

    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    public OrderCorePorts ports() {
        return ports;
    }

    /** A complete order core over these stores. */
    public OrderCore core() {
        return OrderCore.create(ports);
    }

    public PostgresTenantPolicies policies() {
        return policies;
    }

    /** A relay that hands committed outbox events to in-process subscribers; start it with {@link OutboxRelay#start}. */
    public OutboxRelay relay() {
        return new OutboxRelay(db);
    }

    /** Configures {@link PostgresStores}. */
    public static final class Builder {
        private final DataSource dataSource;
        private Clock clock = Clock.systemUTC();
        private TenantPolicy defaults = TenantPolicy.DEFAULT;
        private final List<ExecuteListener> listeners = new ArrayList<>();

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The policy of every tenant that has none of its own. */
        public Builder defaultPolicy(TenantPolicy defaults) {
            this.defaults = Objects.requireNonNull(defaults, "defaults");
            return this;
        }

        /** A jOOQ listener on every statement (to count round trips, to log, to time). */
        public Builder executeListener(ExecuteListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        public PostgresStores build() {
            return new PostgresStores(this);
        }
    }
}

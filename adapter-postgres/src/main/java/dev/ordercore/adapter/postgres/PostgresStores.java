package dev.ordercore.adapter.postgres;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.out.ConfiguredTenantPolicies;
import dev.ordercore.application.port.out.TenantPolicy;
import org.jooq.ExecuteListener;
import org.jooq.Record3;
import org.jooq.impl.DSL;

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
    private final ConfiguredTenantPolicies policies;
    private final PostgresEventOutbox outbox;

    private PostgresStores(Builder b) {
        this.db = new Database(b.dataSource, b.listeners);
        this.policies = new ConfiguredTenantPolicies(b.defaults);
        this.outbox = new PostgresEventOutbox(db);
        PostgresCatalogRepository.Modifiers modifiers = new PostgresCatalogRepository.Modifiers(db);
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
                modifiers,
                new PostgresCatalogRepository.ModifierRules(db, modifiers),
                outbox,
                new PostgresTransactionRunner(db),
                new PostgresOrderNumbers(db),
                policies,
                new MicrosClock(b.clock),
                new PostgresCalculationOverrideRepository(db),
                new PostgresTenantSettingsRepository(db),
                new PostgresSupplierConfirmationRepository(db),
                new PostgresCustomerRepository(db),
                new PostgresCustomerFigures(db),
                new PostgresOrderReadModels(db),
                new PostgresStockLevelRepository(db));
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

    public ConfiguredTenantPolicies policies() {
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

        /**
         * The stores, once a connection has shown that row-level security holds for the role the
         * data source logs in as.
         *
         * @throws IllegalStateException if that role is a superuser, bypasses row-level security or
         *                               owns the tables: tenant isolation would rest on the queries alone
         */
        public PostgresStores build() {
            PostgresStores stores = new PostgresStores(this);
            stores.db.runUnscoped(dsl -> {
                Record3<Boolean, Boolean, Boolean> role = dsl.select(
                                DSL.field(DSL.name("rolsuper"), Boolean.class),
                                DSL.field(DSL.name("rolbypassrls"), Boolean.class),
                                DSL.field(DSL.exists(DSL.selectOne().from(DSL.table(DSL.name("pg_tables")))
                                        .where("tablename = 'orders' and schemaname = current_schema() and tableowner = current_user"))))
                        .from(DSL.table(DSL.name("pg_roles")))
                        .where("rolname = current_user")
                        .fetchSingle();
                if (role.value1() || role.value2() || role.value3()) {
                    throw new IllegalStateException("the stores connect as a role that "
                            + (role.value1() ? "is a superuser" : role.value2() ? "bypasses row-level security" : "owns the tables")
                            + ", so row-level security would not hold; connect as a member of "
                            + PostgresMigrations.DEFAULT_APP_ROLE + " (or the role the migrations granted to) instead");
                }
                return null;
            });
            return stores;
        }
    }
}

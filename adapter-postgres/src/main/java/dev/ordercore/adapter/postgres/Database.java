package dev.ordercore.adapter.postgres;

import dev.ordercore.domain.shared.TenantId;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.jooq.ExecuteListener;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Connections, transactions and the tenant of each transaction. One command is one transaction on
 * one connection, kept per thread; a transaction begun inside another is a savepoint. Every store
 * call names its tenant, and before its first statement for a tenant the transaction sets
 * {@code ordercore.tenant_id}, which the row-level security policies read (V2 migration), so a
 * query that forgot its tenant filter still sees only that tenant's rows.
 */
final class Database {

    private final DataSource dataSource;
    private final Configuration configuration;
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();
    /** Per physical connection: whether its session is READ COMMITTED of itself (true) or has to be set per transaction (false). */
    private final Map<Connection, Boolean> isolation = Collections.synchronizedMap(new WeakHashMap<>());

    Database(DataSource dataSource, List<ExecuteListener> listeners) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        DefaultConfiguration c = new DefaultConfiguration();
        c.set(SQLDialect.POSTGRES);
        c.set(new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED).withExecuteLogging(false));
        List<ExecuteListener> all = new ArrayList<>(listeners);
        all.add(new UniqueViolations());
        all.add(new ConnectionFailures());
        StatementLog.ifEnabled().ifPresent(all::add);
        c.set(all.stream().map(DefaultExecuteListenerProvider::new).toArray(DefaultExecuteListenerProvider[]::new));
        this.configuration = c;
    }

    /** Runs {@code work} in the current transaction, or in a new one that commits when it returns; a nested call is a savepoint. */
    <T> T inTransaction(Supplier<T> work) {
        Transaction tx = current.get();
        if (tx != null) {
            return tx.nested(work);
        }
        try (Connection connection = dataSource.getConnection()) {
            // the stores' reasoning (ON CONFLICT then a fresh read, the relay's re-checks) assumes each statement sees the latest commits
            readCommitted(connection);
            connection.setAutoCommit(false);
            tx = new Transaction(connection, DSL.using(configuration.derive(connection)));
            current.set(tx);
            T result;
            try {
                result = work.get();
                connection.commit();
            } catch (RuntimeException failed) {
                rollback(connection, failed);
                throw ConnectionFailures.translate(failed);
            } catch (Error failed) {
                rollback(connection, failed);
                throw failed;
            } catch (SQLException commitFailed) {
                // a broken connection during COMMIT: the outcome is unknown, which an idempotent retry settles
                rollback(connection, commitFailed);
                throw commitFailed;
            } finally {
                current.remove();
                resetAutoCommit(connection); // as the pool handed it out, whatever the pool
            }
            return result;
        } catch (SQLException e) {
            throw ConnectionFailures.translate("could not run a transaction", e);
        }
    }

    /**
     * Makes the connection's transactions READ COMMITTED without a round trip per transaction:
     * pgjdbc sends {@code SET SESSION CHARACTERISTICS} on every {@code setTransactionIsolation},
     * one statement in ten of a placement. A physical connection seen for the first time is asked
     * once ({@code SHOW}, before any transaction). Already READ COMMITTED (PostgreSQL's default, and
     * what a pool configured for it hands out): remembered, never set, so the pool has nothing to
     * reset. Otherwise it is set on every transaction, as a pool may reset it on return. A data
     * source without pooling asks each new connection once. (Decision 0017.)
     */
    private void readCommitted(Connection connection) throws SQLException {
        Connection physical = physical(connection);
        Boolean known = isolation.get(physical);
        if (known == null) {
            known = connection.getTransactionIsolation() == Connection.TRANSACTION_READ_COMMITTED;
            isolation.put(physical, known);
        }
        if (!known) {
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        }
    }

    /** The driver's connection behind a pool's proxy, which stays the same from one borrowing to the next. */
    private static Connection physical(Connection connection) {
        try {
            return connection.isWrapperFor(Connection.class) ? connection.unwrap(Connection.class) : connection;
        } catch (SQLException notAWrapper) {
            return connection;
        }
    }

    /** A broken connection cannot be reset; the pool discards it, and the transaction's own failure is what the caller must see. */
    private static void resetAutoCommit(Connection connection) {
        try {
            if (!connection.isClosed()) { // HikariCP closes a connection it found broken; its calls then fail without a SQLState
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            if (!ConnectionFailures.isUnavailable(e)) {
                throw new PostgresException("could not reset a connection", e);
            }
        }
    }

    /** Runs store work for {@code tenant} in the current transaction (or its own), with the tenant set for row-level security. */
    <T> T run(TenantId tenant, Function<DSLContext, T> work) {
        Objects.requireNonNull(tenant, "tenant");
        Transaction tx = current.get();
        if (tx != null) {
            // joins the caller's transaction as it is: a savepoint per store call would cost two round trips each
            tx.useTenant(tenant.value());
            return work.apply(tx.dsl);
        }
        return inTransaction(() -> run(tenant, work));
    }

    /** Runs work that is not for one tenant (the outbox relay) in the current transaction or its own. */
    <T> T runUnscoped(Function<DSLContext, T> work) {
        Transaction tx = current.get();
        return tx != null ? work.apply(tx.dsl) : inTransaction(() -> work.apply(current.get().dsl));
    }

    /** Whether this thread is inside a transaction of these stores. */
    boolean inTransaction() {
        return current.get() != null;
    }

    /**
     * Runs {@code work} outside the current transaction, which stays open and is resumed afterwards:
     * store calls in {@code work} run in transactions of their own. The relay hands events to
     * subscribers this way, so their commands neither join nor abort its transaction.
     */
    <T> T outsideTransaction(Supplier<T> work) {
        Transaction suspended = current.get();
        current.remove();
        try {
            return work.get();
        } finally {
            if (suspended != null) {
                current.set(suspended);
            }
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static final class Transaction {
        private final Connection connection;
        private final DSLContext dsl;
        private String tenant;

        Transaction(Connection connection, DSLContext dsl) {
            this.connection = connection;
            this.dsl = dsl;
        }

        void useTenant(String wanted) {
            if (!wanted.equals(tenant)) {
                dsl.select(DSL.function("set_config", String.class, DSL.val("ordercore.tenant_id"), DSL.val(wanted), DSL.val(true)))
                        .fetch();
                tenant = wanted;
            }
        }

        <T> T nested(Supplier<T> work) {
            String tenantBefore = tenant;
            Savepoint savepoint;
            try {
                savepoint = connection.setSavepoint();
            } catch (SQLException e) {
                throw ConnectionFailures.translate("could not set a savepoint", e);
            }
            try {
                T result = work.get();
                connection.releaseSavepoint(savepoint);
                return result;
            } catch (RuntimeException | Error failed) {
                try {
                    connection.rollback(savepoint);
                } catch (SQLException e) {
                    failed.addSuppressed(e);
                }
                // set_config(..., true) inside the savepoint is undone with it
                tenant = tenantBefore;
                throw failed;
            } catch (SQLException e) {
                throw new PostgresException("could not release a savepoint", e);
            }
        }
    }
}

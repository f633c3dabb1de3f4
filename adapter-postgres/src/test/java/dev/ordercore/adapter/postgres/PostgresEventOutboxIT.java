package dev.ordercore.adapter.postgres;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.contract.ContractData;
import dev.ordercore.application.contract.EventOutboxContract;
import dev.ordercore.domain.shared.DomainEvent;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.util.List;

import static dev.ordercore.adapter.postgres.jooq.Tables.OUTBOX;

/**
 * The outbox contract on PostgreSQL. Commit order is read as position order: positions are drawn
 * at insert, so that is commit order exactly when no two appending transactions overlap, which
 * holds in every case of the contract (its one concurrent case has a single writer). Overlapping
 * transactions may commit out of position order; the relay is built not to depend on it
 * ({@link OutboxRelayIT}).
 */
class PostgresEventOutboxIT extends EventOutboxContract {

    private final PostgresTestDatabase pg = PostgresTestDatabase.forClass(getClass());

    @Override
    protected OrderCorePorts ports() {
        return pg.freshStores(ContractData.CLOCK).ports();
    }

    @Override
    protected List<DomainEvent> committedEvents() {
        return pg.committedEvents();
    }
}

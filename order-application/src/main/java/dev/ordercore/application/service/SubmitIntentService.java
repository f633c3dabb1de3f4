package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.IntentReceipt;
import dev.ordercore.application.port.in.SubmitIntentCommand;
import dev.ordercore.application.port.in.SubmitIntentUseCase;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.intent.IntentContract;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

import java.util.Optional;
import java.time.Instant;

public final class SubmitIntentService implements SubmitIntentUseCase {

    private final OrderCorePorts ports;
    private final Transactions transactions;
    private final IntentIngestion ingestion;

    public SubmitIntentService(OrderCorePorts ports) {
        this.ports = ports;
        this.transactions = new Transactions(ports.transactions());
        this.ingestion = IntentIngestion.forSubmissions(ports);
    }

    @Override
    public Result<IntentReceipt, OrderError> submit(SubmitIntentCommand c) {
        return c.principal().may(c.tenant(), Permission.SUBMIT_INTENTS)
                .flatMap(p -> IntentContract.admit(c.payload(), IntentIngestion.limits(ports, c.tenant()))
                        .flatMap(admission -> {
                            Instant now = ports.clock().instant();
                            // A concurrent duplicate that stored first makes this attempt clash; the retry answers its outcome (R22).
                            return transactions.runRetrying(Optional.empty(), () -> ingestion.ingest(c.tenant(), p, admission, now,
                                    (tenant, policy, at) -> ports.orderNumbers().next(tenant, policy.orderNumberPrefix(),
                                            at.atZone(policy.zone()).getYear())));
                        }));
    }
}

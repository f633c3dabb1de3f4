package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.IntentReceipt;
import dev.ordercore.application.port.in.ReplayIntentsCommand;
import dev.ordercore.application.port.in.ReplayIntentsUseCase;
import dev.ordercore.application.port.in.ReplayReport;
import dev.ordercore.application.port.out.IntentRepository;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.access.Role;
import dev.ordercore.domain.intent.IntentContract;
import dev.ordercore.domain.intent.IntentOutcome;
import dev.ordercore.domain.intent.StoredIntent;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Replays every intent a source store received, in the order received, into this core's stores
 * (R24, seed 004's replay tooling). Each intent is taken in as it was first: at the time it was
 * received, by whom it was received, and with the order number it was given, so accepted intents
 * rebuild identical orders. The catalog and tenant policy of the target are used as they are; an
 * outcome that differs from the recorded one is reported, not hidden.
 */
public final class ReplayIntentsService implements ReplayIntentsUseCase {

    static final int PAGE = 100;

    private final IntentRepository source;
    private final OrderCorePorts target;
    private final Transactions transactions;
    private final IntentIngestion ingestion;

    public ReplayIntentsService(IntentRepository source, OrderCorePorts target) {
        this.source = source;
        this.target = target;
        this.transactions = new Transactions(target.transactions());
        this.ingestion = IntentIngestion.forReplay(target);
    }

    @Override
    public Result<ReplayReport, OrderError> replay(ReplayIntentsCommand c) {
        return c.principal().may(c.tenant(), Permission.REPLAY_INTENTS).map(p -> replayAll(c.tenant()));
    }

    private ReplayReport replayAll(TenantId tenant) {
        int replayed = 0;
        int accepted = 0;
        int rejected = 0;
        int present = 0;
        List<String> mismatches = new ArrayList<>();
        Optional<StoredIntent> after = Optional.empty();
        List<StoredIntent> page;
        do {
            page = source.listInReceiptOrder(tenant, after, PAGE);
            for (StoredIntent recorded : page) {
                replayed++;
                Result<IntentReceipt, OrderError> again = replayOne(tenant, recorded);
                if (again.isErr()) {
                    mismatches.add(recorded.key() + ": " + again.error().message());
                } else if (again.value().repeated()) {
                    present++;
                } else if (!again.value().intent().outcome().equals(recorded.outcome())) {
                    mismatches.add(recorded.key() + ": recorded " + recorded.outcome() + ", replayed " + again.value().intent().outcome());
                } else if (recorded.outcome().isAccepted()) {
                    accepted++;
                } else {
                    rejected++;
                }
            }
            after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1));
        } while (page.size() == PAGE);
        return new ReplayReport(replayed, accepted, rejected, present, mismatches);
    }

    private Result<IntentReceipt, OrderError> replayOne(TenantId tenant, StoredIntent recorded) {
        Principal receiver = new Principal(recorded.receivedBy(), Set.of(tenant), Set.of(Role.OPERATOR), Set.of());
        return IntentContract.admit(recorded.payload(), IntentIngestion.limits(target, tenant))
                .flatMap(admission -> transactions.runRetrying(Optional.empty(), () -> ingestion.ingest(tenant, receiver, admission,
                        recorded.receivedAt(), (t, policy, now) -> {
                            if (recorded.outcome() instanceof IntentOutcome.Accepted first) {
                                target.orderNumbers().observe(t, first.orderNumber());
                                return first.orderNumber();
                            }
                            // Rejected at first, accepted now: the target's catalog or policy differs; the report says so.
                            return target.orderNumbers().next(t, policy.orderNumberPrefix(), now.atZone(policy.zone()).getYear());
                        })));
    }
}

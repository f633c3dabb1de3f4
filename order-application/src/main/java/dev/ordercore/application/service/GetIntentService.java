package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.GetIntentQuery;
import dev.ordercore.application.port.in.GetIntentUseCase;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.intent.IntentKey;
import dev.ordercore.domain.intent.StoredIntent;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class GetIntentService implements GetIntentUseCase {

    private final OrderCorePorts ports;

    public GetIntentService(OrderCorePorts ports) {
        this.ports = ports;
    }

    @Override
    public Result<StoredIntent, OrderError> get(GetIntentQuery q) {
        return q.principal().may(q.tenant(), Permission.READ).flatMap(p -> {
            OrderError unknown = new OrderError.NotFound(EntityType.INTENT, q.sourceSystem() + "/" + q.intentId());
            if (!IntentKey.SOURCE_SYSTEM.matcher(q.sourceSystem()).matches() || !IntentKey.INTENT_ID.matcher(q.intentId()).matches()) {
                return Result.err(unknown);
            }
            return ports.intents().find(q.tenant(), new IntentKey(q.sourceSystem(), q.intentId()))
                    .<Result<StoredIntent, OrderError>>map(Result::ok)
                    .orElse(Result.err(unknown));
        });
    }
}

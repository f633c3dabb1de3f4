package dev.ordercore.application.port.in;

import dev.ordercore.domain.intent.StoredIntent;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** An intent and its outcome. */
public interface GetIntentUseCase {

    Result<StoredIntent, OrderError> get(GetIntentQuery query);
}

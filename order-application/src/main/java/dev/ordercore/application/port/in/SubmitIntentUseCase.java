package dev.ordercore.application.port.in;

import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Takes in an order intent (R21-R25): accepted, rejected with reasons, the first outcome again, or refused. */
public interface SubmitIntentUseCase {

    Result<IntentReceipt, OrderError> submit(SubmitIntentCommand command);
}

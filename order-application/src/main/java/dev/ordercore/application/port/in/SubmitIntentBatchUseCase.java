package dev.ordercore.application.port.in;

import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

import java.util.List;

/**
 * Takes in a batch of intents (R21-R25) with the rules of {@link SubmitIntentUseCase}, one outcome
 * per intent in the order given: each is what submitting it alone, after the ones before it, would
 * have answered. The batch itself is refused only when the caller may not submit intents at all.
 */
public interface SubmitIntentBatchUseCase {

    Result<List<Result<IntentReceipt, OrderError>>, OrderError> submit(SubmitIntentBatchCommand command);
}

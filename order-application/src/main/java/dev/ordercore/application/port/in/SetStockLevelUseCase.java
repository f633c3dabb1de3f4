package dev.ordercore.application.port.in;

import dev.ordercore.domain.planning.StockLevel;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Sets a product's stock level for procurement planning (R39); an operator's act. */
public interface SetStockLevelUseCase {

    Result<StockLevel, OrderError> set(SetStockLevelCommand command);
}

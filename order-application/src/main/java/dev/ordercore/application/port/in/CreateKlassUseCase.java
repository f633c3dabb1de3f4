package dev.ordercore.application.port.in;

import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Adds a klass with its prices to a category. */
public interface CreateKlassUseCase {

    Result<Klass, OrderError> create(CreateKlassCommand command);
}

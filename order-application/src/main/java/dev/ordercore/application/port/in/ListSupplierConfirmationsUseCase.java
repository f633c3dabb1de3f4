package dev.ordercore.application.port.in;

import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.supplier.SupplierConfirmation;

import java.util.List;

/** Every confirmation an order received, refused ones included, oldest first; readers may list them. */
public interface ListSupplierConfirmationsUseCase {

    Result<List<SupplierConfirmation>, OrderError> list(ListSupplierConfirmationsQuery query);
}

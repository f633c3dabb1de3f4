package dev.ordercore.application.port.in;

import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import java.util.List;

/** The undeleted orders related to a case, with the relations that link them (R26). */
public interface ListCaseOrdersUseCase {

    Result<List<CaseOrder>, OrderError> list(ListCaseOrdersQuery query);
}

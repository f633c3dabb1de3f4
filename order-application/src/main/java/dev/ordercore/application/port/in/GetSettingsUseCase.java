package dev.ordercore.application.port.in;

import dev.ordercore.domain.settings.StoredSettings;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** The tenant's settings with their version; seed 002's defaults at version 0 when it never stored any. */
public interface GetSettingsUseCase {

    Result<StoredSettings, OrderError> get(GetSettingsQuery query);
}

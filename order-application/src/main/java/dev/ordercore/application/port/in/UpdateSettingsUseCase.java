package dev.ordercore.application.port.in;

import dev.ordercore.domain.settings.StoredSettings;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/**
 * Replaces a tenant's settings (admins only): every violation is reported at once; a stale
 * version is refused; a change records {@code SettingsChanged} in the outbox. Settings are not an
 * order, so nothing goes to any order's history.
 */
public interface UpdateSettingsUseCase {

    Result<StoredSettings, OrderError> update(UpdateSettingsCommand command);
}

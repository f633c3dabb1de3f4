package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.SetStockLevelCommand;
import dev.ordercore.application.port.in.SetStockLevelUseCase;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.planning.StockLevel;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/**
 * Sets a product's stock level. Stock is operational data like orders, so operators set it
 * ({@link Permission#WRITE_ORDERS}); the product must be in the tenant's catalog (deleted
 * products too: open orders may still need them), otherwise it is unknown (R35).
 */
public final class SetStockLevelService implements SetStockLevelUseCase {

    private final OrderCorePorts ports;
    private final Transactions transactions;

    public SetStockLevelService(OrderCorePorts ports) {
        this.ports = ports;
        this.transactions = new Transactions(ports.transactions());
    }

    @Override
    public Result<StockLevel, OrderError> set(SetStockLevelCommand c) {
        return c.principal().may(c.tenant(), Permission.WRITE_ORDERS).flatMap(allowed -> transactions.run(() -> {
            if (ports.products().find(c.tenant(), c.product()).isEmpty()) {
                return Result.err(new OrderError.NotFound(EntityType.PRODUCT, c.product().toString()));
            }
            return StockLevel.create(c.tenant(), c.product(), c.quantity(), ports.clock().instant(), c.principal().subject())
                    .map(level -> {
                        ports.stockLevels().save(level);
                        return level;
                    });
        }));
    }
}

package dev.ordercore.domain.testing;

import dev.ordercore.domain.lifecycle.DefaultLifecycles;
import dev.ordercore.domain.lifecycle.Lifecycle;
import dev.ordercore.domain.order.LifecycleSet;
import net.jqwik.api.Group;

/** The lifecycles every tenant starts with (R10, R11) satisfy the lifecycle contract (R12-R14). */
class DefaultLifecyclesContractProperties {

    @Group
    class OrderLifecycle implements LifecycleContract {
        @Override
        public Lifecycle lifecycle() {
            return DefaultLifecycles.ORDER;
        }

        @Override
        public LifecycleSet lifecycles() {
            return LifecycleSet.DEFAULT;
        }
    }

    @Group
    class LineItemLifecycle implements LifecycleContract {
        @Override
        public Lifecycle lifecycle() {
            return DefaultLifecycles.LINE_ITEM;
        }

        @Override
        public LifecycleSet lifecycles() {
            return LifecycleSet.DEFAULT;
        }
    }
}

package dev.ordercore.adapter.http;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.shared.TenantId;

/** Who calls (from the bearer token) and in which tenant (from the path); the use cases check that the two fit (R35, R36). */
record Caller(Principal principal, TenantId tenant) {
}

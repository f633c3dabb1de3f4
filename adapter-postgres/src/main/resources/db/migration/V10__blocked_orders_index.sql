-- ordercore schema, version 10: a tenant's blocked orders, newest first (GET /orders?blocked=true).
-- Blocked orders are few (an open BLOCKING entry holds an order back until a module closes it), so
-- without this index the listing read every live order of the tenant by creation time to find them:
-- at 37,000 orders a tenant and 2 % blocked, 2,500 orders read for a page of 50 (docs/benchmarks.md,
-- "History at scale"). The partial index holds only the blocked live orders, in the listing's order,
-- so a page and each cursor page after it read 50 index entries. blocking_count is the store's count
-- of the order's open blocks (OrderRows), kept in the same row and statement as the order.
-- The listing writes "blocking_count > 0" with the 0 inline, never as a bind value: only then can the
-- planner match this predicate in a generic plan too. An index with a WHERE: jOOQ's DDL parser skips it.

/* [jooq ignore start] */
create index orders_blocked_ix on orders (tenant_id, created_at desc, id desc) where blocking_count > 0 and deleted_at is null;
/* [jooq ignore stop] */

-- The alert list (R37, GET /alerts): a tenant's entries of the alert namespaces across its orders,
-- newest first, without the entries that close others. Closers of an entry are found through
-- status_history_closes_uk (tenant_id, order_id, closes).
-- An index on a text column: jOOQ's DDL parser cannot read it, and the generated code does not need it.

/* [jooq ignore start] */
create index status_history_namespace_ix on status_history (tenant_id, namespace, recorded_at desc, sequence desc)
    where closes is null;
/* [jooq ignore stop] */

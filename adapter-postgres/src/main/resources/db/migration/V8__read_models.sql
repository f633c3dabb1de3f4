-- ordercore schema, version 8: seed 002's read models (dashboard, demand R38, procurement R39,
-- business model R40). They are aggregates over orders and lines in SQL, never loaded orders, so
-- they need the indexes below and two facts stored: a line's demand date and each product's stock.

-- How many units of a product are available for procurement planning (R39); a PUT replaces it.
create table stock_levels (
    tenant_id   varchar(63) not null,
    product_id  uuid        not null,
    quantity    bigint      not null,
    updated_at  timestamptz not null,
    updated_by  text        not null,
    constraint stock_levels_pk primary key (tenant_id, product_id),
    constraint stock_levels_product_fk foreign key (tenant_id, product_id) references products (tenant_id, id),
    constraint stock_levels_quantity_ck check (quantity >= 0)
);

-- A line's demand date (R38): the date of its OUTBOUND delivery if it has one, else its first date
-- (dev.ordercore.domain.planning.Activity#demandDate, which the store writes with every line).
-- Lines stored before this version get it here from the same facts.
alter table line_items add column demand_date date;

/* [jooq ignore start] */
update line_items set demand_date = coalesce(
    (select (d ->> 'date')::date from jsonb_array_elements(deliveries) d where d ->> 'direction' = 'OUTBOUND' limit 1),
    date_from);
/* [jooq ignore stop] */

alter table line_items alter column demand_date set not null;

-- When the line's order was created, which never changes: the dashboard sums a period's lines
-- from one index range instead of looking up every order's lines.
alter table line_items add column order_created_at timestamptz;

/* [jooq ignore start] */
update line_items l set order_created_at = o.created_at from orders o where o.tenant_id = l.tenant_id and o.id = l.order_id;
/* [jooq ignore stop] */

alter table line_items alter column order_created_at set not null;

/* [jooq ignore start] */
-- Demand over a horizon: one tenant's product lines by demand date, with what the query reads, so
-- it needs the order row only for the order's status.
create index line_items_demand_ix on line_items (tenant_id, demand_date)
    include (product_id, quantity, lifecycle, status, order_id) where product_id is not null;
-- A period's lines with what the dashboard sums, joined to the period's undeleted orders.
create index line_items_order_created_ix on line_items (tenant_id, order_created_at)
    include (order_id, currency, amount, product_id, quantity, lifecycle, status);
-- The tenant's undeleted orders by (lifecycle, status): the dashboard counts them and its blocked
-- ones, and demand joins its lines to the active ones, each by an index-only scan.
create index orders_live_state_ix on orders (tenant_id, lifecycle, status) include (blocking_count, id) where deleted_at is null;
-- The undeleted orders created in a period (dashboard revenue and top products, business-model volume).
create index orders_live_created_ix on orders (tenant_id, created_at) include (id) where deleted_at is null;

grant select, insert, update on stock_levels to ${app_role};

alter table stock_levels enable row level security;
alter table stock_levels force row level security;
create policy stock_levels_tenant on stock_levels
    using (tenant_id = current_setting('ordercore.tenant_id', true))
    with check (tenant_id = current_setting('ordercore.tenant_id', true));
/* [jooq ignore stop] */

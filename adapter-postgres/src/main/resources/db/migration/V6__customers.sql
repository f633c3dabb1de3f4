-- Customers (seed 002): profile, business type, contact, payment terms, credit limit and delivery
-- preferences, versioned for If-Match. What a customer's orders add up to (metrics, the open
-- exposure the credit check compares with the limit) is never stored here: it is aggregated from
-- line_items by their customer_id (a line's own customer or its order's default), over the index below.

create table customers (
    tenant_id          varchar(63)    not null,
    id                 uuid           not null,
    name               varchar(200)   not null,
    business_type      varchar(20)    not null,
    contact            jsonb,
    payment_terms_days integer,
    credit_limit       numeric(16, 3),
    credit_currency    varchar(3),
    delivery           jsonb,
    created_at         timestamptz    not null,
    updated_at         timestamptz    not null,
    version            bigint         not null,
    constraint customers_pk primary key (tenant_id, id),
    constraint customers_business_type_ck check (business_type in ('INDIVIDUAL', 'BUSINESS', 'CENTRAL_BAKERY')),
    constraint customers_terms_ck check (payment_terms_days is null or payment_terms_days between 0 and 365),
    constraint customers_credit_ck check ((credit_limit is null) = (credit_currency is null)),
    constraint customers_credit_limit_ck check (credit_limit is null or credit_limit >= 0),
    constraint customers_version_ck check (version >= 1)
);

/* [jooq ignore start] */
create index customers_created_ix on customers (tenant_id, created_at);
-- A customer's lines, for the metrics and the credit exposure (one aggregate query each).
create index line_items_customer_ix on line_items (tenant_id, customer_id, order_id) where customer_id is not null;

grant select, insert, update on customers to ${app_role};

alter table customers enable row level security;
alter table customers force row level security;
create policy customers_tenant on customers
    using (tenant_id = current_setting('ordercore.tenant_id', true))
    with check (tenant_id = current_setting('ordercore.tenant_id', true));
/* [jooq ignore stop] */

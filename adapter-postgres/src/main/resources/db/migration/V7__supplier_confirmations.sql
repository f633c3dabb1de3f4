-- Supplier confirmations (seed 001's supplier_order_confirmations): every answer a supplier gave
-- to an order, kept as received and never changed. Per line, what the supplier confirmed is a JSON
-- array in SupplierConfirmation's field names ({"lineItemId", "quantity", "unitPrice" as a decimal
-- string, "currency", "replacedBy"}); an order has few lines, always read whole with the
-- confirmation. An order's confirmations are listed oldest first: received_at, then id.

create table supplier_confirmations (
    tenant_id          varchar(63)  not null,
    id                 uuid         not null,
    order_id           uuid         not null,
    outcome            text         not null,
    method             text         not null,
    lines              jsonb        not null,
    supplier_reference varchar(100),
    message            text,
    refusal_reason     text,
    confirmed_delivery date,
    preparation_days   integer,
    received_at        timestamptz  not null,
    received_by        text         not null,
    constraint supplier_confirmations_pk primary key (tenant_id, id),
    constraint supplier_confirmations_order_fk foreign key (tenant_id, order_id) references orders (tenant_id, id),
    constraint supplier_confirmations_outcome_ck check (outcome in ('CONFIRMED', 'REFUSED')),
    constraint supplier_confirmations_method_ck check (method in ('API', 'EMAIL', 'MANUAL')),
    constraint supplier_confirmations_refusal_ck check (
        (outcome = 'REFUSED' and refusal_reason is not null) or (outcome = 'CONFIRMED' and refusal_reason is null)),
    constraint supplier_confirmations_preparation_ck check (preparation_days between 0 and 365)
);

create index supplier_confirmations_order_ix on supplier_confirmations (tenant_id, order_id, received_at, id);

/* [jooq ignore start] */
grant select, insert on supplier_confirmations to ${app_role};

alter table supplier_confirmations enable row level security;
alter table supplier_confirmations force row level security;
create policy supplier_confirmations_tenant on supplier_confirmations
    using (tenant_id = current_setting('ordercore.tenant_id', true))
    with check (tenant_id = current_setting('ordercore.tenant_id', true));
/* [jooq ignore stop] */

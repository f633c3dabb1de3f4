-- Manual calculations (R31, seed 001's calculation_method = MANUAL): the latest one stated for an
-- order, with who, why and when, and the fingerprint of the order it was stated for; it stands
-- while the order's fingerprint is the same. The amounts are the calculation's JSON (decimal
-- strings, CalculationJson), as history payloads and events carry it. Earlier manual calculations
-- are in the order's history (order:manually_adjusted, category calculation).

create table calculation_overrides (
    tenant_id     varchar(63) not null,
    order_id      uuid        not null,
    calculation   jsonb       not null,
    reason        text        not null,
    overridden_by text        not null,
    overridden_at timestamptz not null,
    fingerprint   varchar(64) not null,
    constraint calculation_overrides_pk primary key (tenant_id, order_id),
    constraint calculation_overrides_order_fk foreign key (tenant_id, order_id) references orders (tenant_id, id)
);

/* [jooq ignore start] */
grant select, insert, update on calculation_overrides to ${app_role};

alter table calculation_overrides enable row level security;
alter table calculation_overrides force row level security;
create policy calculation_overrides_tenant on calculation_overrides
    using (tenant_id = current_setting('ordercore.tenant_id', true))
    with check (tenant_id = current_setting('ordercore.tenant_id', true));
/* [jooq ignore stop] */

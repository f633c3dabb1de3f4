-- Each tenant's settings (seed 002's configuration: order limits, alert thresholds, procurement
-- planning, business-model thresholds), as one versioned JSON document in TenantSettings' field
-- names. A tenant without a row has the defaults at version 0; the first PUT inserts version 1.

create table tenant_settings (
    tenant_id  varchar(63) not null,
    settings   jsonb       not null,
    version    bigint      not null,
    updated_at timestamptz not null,
    updated_by text        not null,
    constraint tenant_settings_pk primary key (tenant_id),
    constraint tenant_settings_version_positive check (version > 0)
);

/* [jooq ignore start] */
grant select, insert, update on tenant_settings to ${app_role};

alter table tenant_settings enable row level security;
alter table tenant_settings force row level security;
create policy tenant_settings_tenant on tenant_settings
    using (tenant_id = current_setting('ordercore.tenant_id', true))
    with check (tenant_id = current_setting('ordercore.tenant_id', true));
/* [jooq ignore stop] */

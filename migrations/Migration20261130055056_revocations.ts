import { Migration } from '@mikro-orm/migrations';

export class Migration20261130055056_revocations extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "revocation_outcome" as enum ('REVOKED', 'CLOSED', 'LAPSED');`);
    this.addSql(`create table "revocation" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "application_id" uuid not null, "provider_id" uuid not null, "deficiencies" jsonb not null, "measures" jsonb not null, "deadline" date not null, "opened_at" timestamptz not null, "opened_by_nif" varchar(9) not null, "last_day_to_resolve" date not null, "lapses_at" timestamptz not null, "closed_at" timestamptz null, "closed_by_nif" varchar(9) null, "outcome" "revocation_outcome" null, "reasons" text null, "competent_body" varchar(300) null, constraint "revocation_pkey" primary key ("id"));`);
    this.addSql(`create index "revocation_open_lapses_at_index" on "revocation" ("lapses_at") where "closed_at" is null;`);
    this.addSql(`create unique index "revocation_one_open_per_application" on "revocation" ("application_id") where "closed_at" is null;`);
    this.addSql(`create index "revocation_application_id_opened_at_index" on "revocation" ("application_id", "opened_at");`);

    this.addSql(`alter table "revocation" add constraint "revocation_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "revocation" add constraint "revocation_provider_id_foreign" foreign key ("provider_id") references "provider" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "revocation" cascade;`);

    this.addSql(`drop type "revocation_outcome";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261130051806_application_due_date_history extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "due_date_kind" as enum ('RESOLUTION', 'TARGET');`);
    this.addSql(`create type "due_date_change_reason" as enum ('SUBMITTED', 'SUSPENDED_FOR_CORRECTIONS');`);
    this.addSql(`create table "application_due_date_change" ("id" uuid not null, "application_id" uuid not null, "kind" "due_date_kind" not null, "previous" date null, "next" date not null, "reason" "due_date_change_reason" not null, "suspended_days" smallint null, "at" timestamptz not null, constraint "application_due_date_change_pkey" primary key ("id"));`);
    this.addSql(`create index "application_due_date_change_application_id_at_index" on "application_due_date_change" ("application_id", "at");`);

    this.addSql(`alter table "application_due_date_change" add constraint "application_due_date_change_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);

    // Backfill: applications registered before the history existed get the first row of each due
    // date they have, as submission writes it now (no previous date, at the registry instant).
    this.addSql(`insert into "application_due_date_change" ("id", "application_id", "kind", "previous", "next", "reason", "suspended_days", "at")
      select gen_random_uuid(), a."id", d."kind"::"due_date_kind", null, d."next", 'SUBMITTED', null, a."submitted_at"
        from "application" a
        cross join lateral (values ('RESOLUTION', a."resolution_due_date"), ('TARGET', a."target_due_date")) as d("kind", "next")
       where a."submitted_at" is not null and d."next" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "application_due_date_change" cascade;`);

    this.addSql(`drop type "due_date_kind";`);
    this.addSql(`drop type "due_date_change_reason";`);
  }

}

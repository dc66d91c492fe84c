import { Migration } from '@mikro-orm/migrations';

export class Migration20261130060029_corrections_and_due_date_history extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "due_date_kind" as enum ('RESOLUTION', 'TARGET');`);
    this.addSql(`create type "due_date_change_reason" as enum ('SUBMITTED', 'SUSPENDED_FOR_CORRECTIONS');`);
    this.addSql(`create table "application_due_date_change" ("id" uuid not null, "application_id" uuid not null, "kind" "due_date_kind" not null, "previous" date null, "next" date not null, "reason" "due_date_change_reason" not null, "suspended_days" smallint null, "at" timestamptz not null, constraint "application_due_date_change_pkey" primary key ("id"));`);
    this.addSql(`create index "application_due_date_change_application_id_at_index" on "application_due_date_change" ("application_id", "at");`);

    this.addSql(`create table "correction_request" ("id" uuid not null, "application_id" uuid not null, "items" jsonb not null, "term_days" smallint not null, "requested_at" timestamptz not null, "requested_by_nif" varchar(9) not null, "notification_id" uuid not null, "outgoing_entry_id" uuid null, "answer_entry_id" uuid null, "answered_at" timestamptz null, "suspended_days" smallint null, "created_at" timestamptz not null default now(), constraint "correction_request_pkey" primary key ("id"));`);
    this.addSql(`alter table "correction_request" add constraint "correction_request_notification_id_unique" unique ("notification_id");`);
    this.addSql(`create index "correction_request_application_id_requested_at_index" on "correction_request" ("application_id", "requested_at");`);

    this.addSql(`alter table "application_due_date_change" add constraint "application_due_date_change_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "correction_request" add constraint "correction_request_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "correction_request" add constraint "correction_request_notification_id_foreign" foreign key ("notification_id") references "notification" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "correction_request" add constraint "correction_request_outgoing_entry_id_foreign" foreign key ("outgoing_entry_id") references "registry_entry" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "correction_request" add constraint "correction_request_answer_entry_id_foreign" foreign key ("answer_entry_id") references "registry_entry" ("id") on update cascade on delete restrict;`);

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

    this.addSql(`drop table if exists "correction_request" cascade;`);

    this.addSql(`drop type "due_date_kind";`);
    this.addSql(`drop type "due_date_change_reason";`);
  }

}

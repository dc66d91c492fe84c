import { Migration } from '@mikro-orm/migrations';

export class Migration20261130052550_corrections extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "correction_request" ("id" uuid not null, "application_id" uuid not null, "items" jsonb not null, "term_days" smallint not null, "requested_at" timestamptz not null, "requested_by_nif" varchar(9) not null, "notification_id" uuid not null, "outgoing_entry_id" uuid null, "answer_entry_id" uuid null, "answered_at" timestamptz null, "suspended_days" smallint null, "created_at" timestamptz not null default now(), constraint "correction_request_pkey" primary key ("id"));`);
    this.addSql(`alter table "correction_request" add constraint "correction_request_notification_id_unique" unique ("notification_id");`);
    this.addSql(`create index "correction_request_application_id_requested_at_index" on "correction_request" ("application_id", "requested_at");`);

    this.addSql(`alter table "correction_request" add constraint "correction_request_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "correction_request" add constraint "correction_request_notification_id_foreign" foreign key ("notification_id") references "notification" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "correction_request" add constraint "correction_request_outgoing_entry_id_foreign" foreign key ("outgoing_entry_id") references "registry_entry" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "correction_request" add constraint "correction_request_answer_entry_id_foreign" foreign key ("answer_entry_id") references "registry_entry" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "correction_request" cascade;`);
  }

}

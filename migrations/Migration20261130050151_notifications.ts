import { Migration } from '@mikro-orm/migrations';

export class Migration20261130050151_notifications extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "notification_act" as enum ('CORRECTIONS_REQUEST', 'HEARING', 'RESOLUTION', 'REVOCATION_OPENING', 'DELAY_COMMUNICATION');`);
    this.addSql(`create table "notification" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "application_id" uuid not null, "provider_id" uuid not null, "act" "notification_act" not null, "made_available_at" timestamptz not null, "accessed_at" timestamptz null, "accessed_by_nif" varchar(9) null, "deemed_rejected_at" timestamptz null, "document_id" uuid null, "subject_id" uuid null, "summary" jsonb not null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_unopened_index" on "notification" ("made_available_at") where "accessed_at" is null and "deemed_rejected_at" is null;`);
    this.addSql(`create index "notification_application_id_made_available_at_index" on "notification" ("application_id", "made_available_at");`);

    this.addSql(`alter table "notification" add constraint "notification_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_provider_id_foreign" foreign key ("provider_id") references "provider" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "notification" add constraint "notification_document_id_foreign" foreign key ("document_id") references "stored_file" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop type "notification_act";`);
  }

}

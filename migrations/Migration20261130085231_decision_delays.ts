import { Migration } from '@mikro-orm/migrations';

export class Migration20261130085231_decision_delays extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "decision_delay" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "application_id" uuid not null, "resource_id" uuid not null, "provider_id" uuid not null, "breached_at" timestamptz not null, "communication_due_date" date not null, "communicated_at" timestamptz null, "causes" text null, "measures" text null, "notification_id" uuid null, "registry_entry_id" uuid null, "communicated_by_nif" varchar(9) null, constraint "decision_delay_pkey" primary key ("id"));`);
    this.addSql(`alter table "decision_delay" add constraint "decision_delay_application_id_unique" unique ("application_id");`);
    this.addSql(`create index "decision_delay_resource_id_index" on "decision_delay" ("resource_id");`);
    this.addSql(`create index "decision_delay_provider_id_index" on "decision_delay" ("provider_id");`);
    this.addSql(`create index "decision_delay_breached_at_index" on "decision_delay" ("breached_at");`);

    this.addSql(`alter table "decision_delay" add constraint "decision_delay_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "decision_delay" add constraint "decision_delay_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "decision_delay" add constraint "decision_delay_provider_id_foreign" foreign key ("provider_id") references "provider" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "decision_delay" add constraint "decision_delay_notification_id_foreign" foreign key ("notification_id") references "notification" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "decision_delay" add constraint "decision_delay_registry_entry_id_foreign" foreign key ("registry_entry_id") references "registry_entry" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter type "registry_subject" add value if not exists 'DELAY_COMMUNICATION' after 'REVOCATION_OPENING';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "decision_delay" cascade;`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261123204705_publication_schedule extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "scheduled_action" as enum ('PUBLISH', 'UNPUBLISH');`);
    this.addSql(`create table "publication_schedule" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "resource_id" uuid not null, "action" "scheduled_action" not null, "due_at" timestamptz not null, "scheduled_by_subject" varchar(255) not null, "scheduled_by_nif" varchar(9) not null, "scheduled_by_name" varchar(200) not null, "done_at" timestamptz null, "outcome" varchar(200) null, constraint "publication_schedule_pkey" primary key ("id"));`);
    this.addSql(`create index "publication_schedule_due_index" on "publication_schedule" ("due_at") where "done_at" is null;`);

    // Holidays feed public answers (holidays, computeDeadline) too: changes empty every instance's cache.
    this.addSql(`create trigger "holiday_public_change" after insert or update or delete or truncate on "holiday" for each statement execute function notify_public_catalogue_changed();`);

    this.addSql(`alter table "publication_schedule" add constraint "publication_schedule_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "holiday_public_change" on "holiday";`);
    this.addSql(`drop table if exists "publication_schedule" cascade;`);

    this.addSql(`drop type "scheduled_action";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261123212716_resource_revisions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "resource_revision" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "resource_id" uuid not null, "version" int not null, "action" varchar(20) not null, "actor_subject" varchar(255) not null, "actor_nif" varchar(9) not null, "actor_name" varchar(200) not null, "content" jsonb not null, "changes" jsonb not null, constraint "resource_revision_pkey" primary key ("id"));`);
    this.addSql(`create index "resource_revision_resource_id_version_index" on "resource_revision" ("resource_id", "version");`);

    this.addSql(`alter table "resource_revision" add constraint "resource_revision_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "resource_revision" cascade;`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261123202705_identity_authorizations_and_folders extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "entity_authorization" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "local_entity_id" uuid not null, "grantee_nif" varchar(9) not null, "grantee_name" varchar(200) not null, "granted_by_nif" varchar(9) not null, "granted_by_name" varchar(200) not null, "granted_at" timestamptz not null, "revoked_at" timestamptz null, "revoked_by_nif" varchar(9) null, constraint "entity_authorization_pkey" primary key ("id"));`);
    this.addSql(`create unique index "entity_authorization_active_unique" on "entity_authorization" ("local_entity_id", "grantee_nif") where "revoked_at" is null;`);
    this.addSql(`create index "entity_authorization_grantee_nif_index" on "entity_authorization" ("grantee_nif");`);

    this.addSql(`create table "folder_item" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "owner_subject" varchar(255) not null, "resource_id" uuid not null, constraint "folder_item_pkey" primary key ("id"));`);
    this.addSql(`alter table "folder_item" add constraint "folder_item_owner_subject_resource_id_unique" unique ("owner_subject", "resource_id");`);

    this.addSql(`alter table "entity_authorization" add constraint "entity_authorization_local_entity_id_foreign" foreign key ("local_entity_id") references "local_entity" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "folder_item" add constraint "folder_item_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "entity_authorization" cascade;`);

    this.addSql(`drop table if exists "folder_item" cascade;`);
  }

}

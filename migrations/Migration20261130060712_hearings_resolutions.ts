import { Migration } from '@mikro-orm/migrations';

export class Migration20261130060712_hearings_resolutions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "resolution_kind" as enum ('GRANT', 'DENY', 'ACCEPT_WITHDRAWAL', 'DECLARE_DESISTED', 'REVOKE', 'CLOSE_REVOCATION');`);
    this.addSql(`create type "hearing_purpose" as enum ('BEFORE_RESOLUTION', 'REVOCATION');`);
    this.addSql(`create table "resolution" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "application_id" uuid not null, "provider_id" uuid not null, "kind" "resolution_kind" not null, "reasons" text not null, "competent_body" varchar(300) not null, "challenge" jsonb not null, "rests_on_other_facts" boolean not null default false, "resolved_at" timestamptz not null, "resolved_by_nif" varchar(9) null, "registry_entry_id" uuid not null, "document_id" uuid not null, "notification_id" uuid not null, constraint "resolution_pkey" primary key ("id"));`);
    this.addSql(`create index "resolution_application_id_resolved_at_index" on "resolution" ("application_id", "resolved_at");`);

    this.addSql(`create table "sealed_copy" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "application_id" uuid not null, "provider_id" uuid not null, "resolution_id" uuid not null, "document_code" varchar(64) not null, "document_version_id" uuid not null, "title" varchar(300) not null, "version_label" varchar(32) not null, "accepted_sha256" varchar(64) not null, "embeds_original" boolean not null, "issued_at" timestamptz not null, "file_id" uuid not null, constraint "sealed_copy_pkey" primary key ("id"));`);
    this.addSql(`alter table "sealed_copy" add constraint "sealed_copy_resolution_id_document_code_unique" unique ("resolution_id", "document_code");`);

    this.addSql(`create table "hearing" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "application_id" uuid not null, "provider_id" uuid not null, "purpose" "hearing_purpose" not null, "reasons" text not null, "term_days" smallint not null, "opened_at" timestamptz not null, "opened_by_nif" varchar(9) null, "notice_entry_id" uuid not null, "notification_id" uuid not null, "allegations_entry_id" uuid null, "allegations_statement" text null, constraint "hearing_pkey" primary key ("id"));`);
    this.addSql(`create index "hearing_application_id_opened_at_index" on "hearing" ("application_id", "opened_at");`);

    this.addSql(`alter table "resolution" add constraint "resolution_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "resolution" add constraint "resolution_provider_id_foreign" foreign key ("provider_id") references "provider" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "resolution" add constraint "resolution_registry_entry_id_foreign" foreign key ("registry_entry_id") references "registry_entry" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "resolution" add constraint "resolution_document_id_foreign" foreign key ("document_id") references "stored_file" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "resolution" add constraint "resolution_notification_id_foreign" foreign key ("notification_id") references "notification" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "sealed_copy" add constraint "sealed_copy_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "sealed_copy" add constraint "sealed_copy_provider_id_foreign" foreign key ("provider_id") references "provider" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "sealed_copy" add constraint "sealed_copy_resolution_id_foreign" foreign key ("resolution_id") references "resolution" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "sealed_copy" add constraint "sealed_copy_document_version_id_foreign" foreign key ("document_version_id") references "resource_document_version" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "sealed_copy" add constraint "sealed_copy_file_id_foreign" foreign key ("file_id") references "stored_file" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "hearing" add constraint "hearing_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "hearing" add constraint "hearing_provider_id_foreign" foreign key ("provider_id") references "provider" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "hearing" add constraint "hearing_notice_entry_id_foreign" foreign key ("notice_entry_id") references "registry_entry" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "hearing" add constraint "hearing_notification_id_foreign" foreign key ("notification_id") references "notification" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "hearing" add constraint "hearing_allegations_entry_id_foreign" foreign key ("allegations_entry_id") references "registry_entry" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "sealed_copy" drop constraint "sealed_copy_resolution_id_foreign";`);

    this.addSql(`drop table if exists "resolution" cascade;`);

    this.addSql(`drop table if exists "sealed_copy" cascade;`);

    this.addSql(`drop table if exists "hearing" cascade;`);

    this.addSql(`drop type "resolution_kind";`);
    this.addSql(`drop type "hearing_purpose";`);
  }

}

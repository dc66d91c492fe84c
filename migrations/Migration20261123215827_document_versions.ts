import { Migration } from '@mikro-orm/migrations';

export class Migration20261123215827_document_versions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "resource_document_version" ("id" uuid not null, "resource_id" uuid not null, "code" varchar(64) not null, "number" int not null, "sha256" varchar(64) not null, "media_type" varchar(100) not null, "file_id" uuid null, "external_url" varchar(1000) null, "created_at" timestamptz not null default now(), "first_published_at" timestamptz null, constraint "resource_document_version_pkey" primary key ("id"));`);
    this.addSql(`create index "resource_document_version_file_id_index" on "resource_document_version" ("file_id");`);
    this.addSql(`alter table "resource_document_version" add constraint "resource_document_version_resource_id_code_number_unique" unique ("resource_id", "code", "number");`);

    this.addSql(`alter table "resource_document_version" add constraint "resource_document_version_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "resource_document_version" add constraint "resource_document_version_file_id_foreign" foreign key ("file_id") references "stored_file" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "resource_document" add column "document_version_id" uuid null;`);
    // Existing documents become version 1 under their own id, which published snapshots already
    // show as the document's id, so they stay valid; those of fitxes already published are public.
    this.addSql(`insert into "resource_document_version" ("id", "resource_id", "code", "number", "sha256", "media_type", "external_url", "created_at", "first_published_at")
      select d."id", d."resource_id", d."code", 1, lower(d."sha256"), d."media_type", d."url", d."created_at", r."first_published_at"
      from "resource_document" d join "resource" r on r."id" = d."resource_id";`);
    this.addSql(`update "resource_document" set "document_version_id" = "id";`);
    this.addSql(`alter table "resource_document" alter column "document_version_id" set not null;`);
    this.addSql(`update "published_resource" set "snapshot" = jsonb_set("snapshot", '{documents}', (
      select coalesce(jsonb_agg(d || '{"versionNumber": 1, "fileId": null}'::jsonb order by position), '[]'::jsonb)
      from jsonb_array_elements("snapshot"->'documents') with ordinality as e(d, position)));`);
    this.addSql(`alter table "resource_document" add constraint "resource_document_document_version_id_foreign" foreign key ("document_version_id") references "resource_document_version" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "resource_document" drop constraint "resource_document_document_version_id_foreign";`);

    this.addSql(`drop table if exists "resource_document_version" cascade;`);

    this.addSql(`alter table "resource_document" drop column "document_version_id";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261123204255_stored_files_and_holidays extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "holiday_scope" as enum ('NATIONAL', 'CATALONIA', 'LOCAL');`);
    this.addSql(`create table "holiday" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "date" date not null, "name" varchar(200) not null, "scope" "holiday_scope" not null, "municipality_code" varchar(5) null, "source" text not null, constraint "holiday_pkey" primary key ("id"), constraint holiday_municipality_only_local check (("scope" = 'LOCAL') = ("municipality_code" is not null)));`);
    this.addSql(`create index "holiday_municipality_code_date_index" on "holiday" ("municipality_code", "date");`);
    this.addSql(`create unique index "holiday_date_scope_municipality_code_unique" on "holiday" ("date", "scope", "municipality_code") nulls not distinct;`);

    this.addSql(`create table "stored_file" ("id" uuid not null, "sha256" varchar(64) not null, "size" bigint not null, "media_type" varchar(100) not null, "filename" varchar(255) not null, "uploader_subject" varchar(300) not null, "uploader_nif" varchar(9) not null, "created_at" timestamptz not null default now(), constraint "stored_file_pkey" primary key ("id"));`);
    this.addSql(`create index "stored_file_sha256_index" on "stored_file" ("sha256");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "holiday" cascade;`);

    this.addSql(`drop table if exists "stored_file" cascade;`);

    this.addSql(`drop type "holiday_scope";`);
  }

}

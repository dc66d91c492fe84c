import { Migration } from '@mikro-orm/migrations';

export class Migration20261123221117_applications extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "application_status" as enum ('DRAFT', 'SUBMITTED', 'WITHDRAWN');`);
    this.addSql(`create table "registry_counter" ("provider_id" uuid not null, "year" smallint not null, "last_sequence" int not null, constraint "registry_counter_pkey" primary key ("provider_id", "year"));`);

    this.addSql(`create table "requirement_fulfilment" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "resource_id" uuid not null, "local_entity_id" uuid not null, "requirement_code" varchar(64) not null, "date" date not null, "note" varchar(2000) null, "recorded_by_nif" varchar(9) not null, "recorded_by_name" varchar(300) not null, constraint "requirement_fulfilment_pkey" primary key ("id"));`);
    this.addSql(`alter table "requirement_fulfilment" add constraint "requirement_fulfilment_resource_id_local_entity_i_02c75_unique" unique ("resource_id", "local_entity_id", "requirement_code");`);

    this.addSql(`create table "application" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "provider_id" uuid not null, "resource_id" uuid not null, "local_entity_id" uuid not null, "status" "application_status" not null default 'DRAFT', "version" int not null default 1, "started_by_subject" varchar(300) not null, "started_by_nif" varchar(9) not null, "applicant_name" varchar(300) null, "applicant_nif" varchar(9) null, "applicant_position" varchar(200) null, "applicant_email" varchar(254) null, "applicant_phone" varchar(32) null, "selected_services" text[] not null, "agreement_date" date null, "interlocutors" jsonb not null, "declared_requirements" text[] not null, "slot" smallint null, "submitted_by_subject" varchar(300) null, "idempotency_key" varchar(100) null, "submission_fingerprint" varchar(64) null, "submitted_at" timestamptz null, "resolution_due_date" date null, "target_due_date" date null, "receipt_jws" text null, "withdrawn_at" timestamptz null, constraint "application_pkey" primary key ("id"));`);
    this.addSql(`create index "application_provider_id_status_index" on "application" ("provider_id", "status");`);
    this.addSql(`create index "application_resource_id_local_entity_id_index" on "application" ("resource_id", "local_entity_id");`);
    this.addSql(`alter table "application" add constraint "application_idempotency_unique" unique ("submitted_by_subject", "idempotency_key");`);
    this.addSql(`alter table "application" add constraint "application_slot_unique" unique ("resource_id", "local_entity_id", "slot");`);

    this.addSql(`create table "registry_entry" ("id" uuid not null, "provider_id" uuid not null, "year" smallint not null, "sequence" int not null, "number" varchar(64) not null, "application_id" uuid not null, "registered_at" timestamptz not null, "content_sha256" varchar(64) not null, "signature" text not null, "attachments" jsonb not null, "signer_nif" varchar(9) not null, "created_at" timestamptz not null default now(), constraint "registry_entry_pkey" primary key ("id"));`);
    this.addSql(`alter table "registry_entry" add constraint "registry_entry_number_unique" unique ("number");`);
    this.addSql(`alter table "registry_entry" add constraint "registry_entry_application_id_unique" unique ("application_id");`);
    this.addSql(`alter table "registry_entry" add constraint "registry_entry_provider_id_year_sequence_unique" unique ("provider_id", "year", "sequence");`);

    this.addSql(`create table "application_event" ("id" uuid not null, "application_id" uuid not null, "type" varchar(64) not null, "actor_nif" varchar(9) not null, "occurred_at" timestamptz not null, "details" jsonb not null, constraint "application_event_pkey" primary key ("id"));`);
    this.addSql(`create index "application_event_application_id_occurred_at_index" on "application_event" ("application_id", "occurred_at");`);

    this.addSql(`create table "document_acceptance" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "application_id" uuid not null, "document_code" varchar(64) not null, "document_version_id" uuid not null, "sha256" varchar(64) not null, "accepted_at" timestamptz not null, constraint "document_acceptance_pkey" primary key ("id"));`);
    this.addSql(`alter table "document_acceptance" add constraint "document_acceptance_application_id_document_code_unique" unique ("application_id", "document_code");`);

    this.addSql(`create table "application_attachment" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "application_id" uuid not null, "document_code" varchar(64) not null, "file_id" uuid not null, "sha256" varchar(64) not null, constraint "application_attachment_pkey" primary key ("id"));`);
    this.addSql(`alter table "application_attachment" add constraint "application_attachment_application_id_document_code_unique" unique ("application_id", "document_code");`);

    this.addSql(`alter table "registry_counter" add constraint "registry_counter_provider_id_foreign" foreign key ("provider_id") references "provider" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "requirement_fulfilment" add constraint "requirement_fulfilment_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "requirement_fulfilment" add constraint "requirement_fulfilment_local_entity_id_foreign" foreign key ("local_entity_id") references "local_entity" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "application" add constraint "application_provider_id_foreign" foreign key ("provider_id") references "provider" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "application" add constraint "application_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "application" add constraint "application_local_entity_id_foreign" foreign key ("local_entity_id") references "local_entity" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "registry_entry" add constraint "registry_entry_provider_id_foreign" foreign key ("provider_id") references "provider" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "registry_entry" add constraint "registry_entry_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "application_event" add constraint "application_event_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "document_acceptance" add constraint "document_acceptance_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "document_acceptance" add constraint "document_acceptance_document_version_id_foreign" foreign key ("document_version_id") references "resource_document_version" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "application_attachment" add constraint "application_attachment_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "application_attachment" add constraint "application_attachment_file_id_foreign" foreign key ("file_id") references "stored_file" ("id") on update cascade on delete restrict;`);

    // Requirements get stable codes; existing ones are known by their position, as new ones without a code are.
    this.addSql(`alter table "requirement" add column "code" varchar(64) null;`);
    this.addSql(`update "requirement" set "code" = 'requisit-' || "position";`);
    this.addSql(`alter table "requirement" alter column "code" set not null;`);
    this.addSql(`update "published_resource" set "snapshot" = jsonb_set("snapshot", '{requirements}', (
      select coalesce(jsonb_agg(r || jsonb_build_object('code', 'requisit-' || (r->>'position')) order by position), '[]'::jsonb)
      from jsonb_array_elements("snapshot"->'requirements') with ordinality as e(r, position)));`);

    // The registry is a legal record: entries are never changed or removed, whatever the code does.
    this.addSql(`create function registry_entry_is_append_only() returns trigger language plpgsql as $$ begin raise exception 'registry_entry is append-only'; end $$;`);
    this.addSql(`create trigger "registry_entry_append_only" before update or delete or truncate on "registry_entry" for each statement execute function registry_entry_is_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "registry_entry" drop constraint "registry_entry_application_id_foreign";`);

    this.addSql(`alter table "application_event" drop constraint "application_event_application_id_foreign";`);

    this.addSql(`alter table "document_acceptance" drop constraint "document_acceptance_application_id_foreign";`);

    this.addSql(`alter table "application_attachment" drop constraint "application_attachment_application_id_foreign";`);

    this.addSql(`drop table if exists "registry_counter" cascade;`);

    this.addSql(`drop table if exists "requirement_fulfilment" cascade;`);

    this.addSql(`drop table if exists "application" cascade;`);

    this.addSql(`drop table if exists "registry_entry" cascade;`);
    this.addSql(`drop function if exists registry_entry_is_append_only();`);

    this.addSql(`drop table if exists "application_event" cascade;`);

    this.addSql(`drop table if exists "document_acceptance" cascade;`);

    this.addSql(`drop table if exists "application_attachment" cascade;`);

    this.addSql(`alter table "requirement" drop column "code";`);

    this.addSql(`drop type "application_status";`);
  }

}

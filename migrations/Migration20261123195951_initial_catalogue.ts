import { Migration } from '@mikro-orm/migrations';

export class Migration20261123195951_initial_catalogue extends Migration {

  override async up(): Promise<void> {
    // Free-text search is accent-insensitive (unaccent is a trusted extension since PostgreSQL 13).
    this.addSql(`create extension if not exists unaccent;`);
    this.addSql(`create type "local_entity_type" as enum ('AJUNTAMENT', 'CONSELL_COMARCAL', 'MANCOMUNITAT', 'EMD', 'CONSORCI', 'DIPUTACIO', 'ALTRES');`);
    this.addSql(`create type "resource_kind" as enum ('TECHNICAL', 'MATERIAL', 'ECONOMIC');`);
    this.addSql(`create type "resource_status" as enum ('DRAFT', 'PUBLISHED', 'UNPUBLISHED', 'ARCHIVED');`);
    this.addSql(`create type "provision_type" as enum ('CONTINUOUS', 'ONE_OFF');`);
    this.addSql(`create type "channel_kind" as enum ('PROCESSING_PORTAL', 'ELECTRONIC_OFFICE', 'EMAIL', 'IN_PERSON');`);
    this.addSql(`create type "grant_procedure" as enum ('DIRECT_WITH_CONCURRENCE', 'COMPETITIVE', 'DIRECT', 'MANAGEMENT_ENTRUSTMENT');`);
    this.addSql(`create type "term_unit" as enum ('MONTHS', 'BUSINESS_DAYS', 'CALENDAR_DAYS');`);
    this.addSql(`create type "silence_effect" as enum ('POSITIVE', 'NEGATIVE');`);
    this.addSql(`create type "resource_document_kind" as enum ('CONDITIONS_OF_ACCESS', 'MANAGEMENT_AGREEMENT', 'DATA_PROCESSING_CONTRACT', 'FORM', 'OTHER');`);
    this.addSql(`create type "requirement_verification" as enum ('ELIGIBILITY', 'DECLARATION', 'DOCUMENT_ACCEPTANCE', 'STAFF_RECORD', 'DIGITAL_CERTIFICATE', 'ENTITY_AGREEMENT');`);
    this.addSql(`create type "quality_indicator" as enum ('SURVEY_RATING_AT_LEAST', 'FIT_TO_NEEDS_RATING_AT_LEAST', 'DECISION_WITHIN_TERM', 'BREACH_COMMUNICATED_WITHIN_TERM');`);
    this.addSql(`create type "procedure_step_kind" as enum ('IDENTIFY', 'SELECT_ENTITY', 'APPLICANT_DETAILS', 'SELECT_SERVICES', 'AGREEMENT_DATE', 'ACCEPT_CONDITIONS', 'DESIGNATE_INTERLOCUTORS', 'ATTACH_FILES', 'DECLARATIONS', 'SIGN');`);
    this.addSql(`create type "locale" as enum ('CA', 'ES', 'EN', 'OC');`);
    this.addSql(`create table "provider" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" varchar(64) not null, "name" varchar(200) not null, "nif" varchar(9) not null, "province_code" varchar(2) not null, "seat_municipality_code" varchar(5) not null, "website" varchar(500) not null, "electronic_office_url" varchar(500) null, constraint "provider_pkey" primary key ("id"));`);
    this.addSql(`alter table "provider" add constraint "provider_slug_unique" unique ("slug");`);

    this.addSql(`create table "local_entity" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(300) not null, "type" "local_entity_type" not null, "nif" varchar(9) null, "ine_code" varchar(5) null, "external_key" varchar(64) not null, "province_code" varchar(2) not null, "comarca_code" varchar(2) null, "provider_id" uuid not null, constraint "local_entity_pkey" primary key ("id"));`);
    this.addSql(`alter table "local_entity" add constraint "local_entity_nif_unique" unique ("nif");`);
    this.addSql(`create index "local_entity_ine_code_index" on "local_entity" ("ine_code");`);
    this.addSql(`alter table "local_entity" add constraint "local_entity_external_key_unique" unique ("external_key");`);
    this.addSql(`create index "local_entity_type_index" on "local_entity" ("type");`);

    this.addSql(`create table "catalogue" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "provider_id" uuid not null, "code" varchar(64) not null, "name" varchar(300) not null, "start_date" date null, "end_date" date null, constraint "catalogue_pkey" primary key ("id"));`);
    this.addSql(`alter table "catalogue" add constraint "catalogue_provider_id_code_unique" unique ("provider_id", "code");`);

    this.addSql(`create table "area" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "provider_id" uuid not null, "code" varchar(64) not null, "name" varchar(300) not null, constraint "area_pkey" primary key ("id"));`);
    this.addSql(`alter table "area" add constraint "area_provider_id_code_unique" unique ("provider_id", "code");`);

    this.addSql(`create table "programme" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "provider_id" uuid not null, "area_id" uuid null, "code" varchar(64) not null, "name" varchar(300) not null, constraint "programme_pkey" primary key ("id"));`);
    this.addSql(`alter table "programme" add constraint "programme_provider_id_code_unique" unique ("provider_id", "code");`);

    this.addSql(`create table "provider_unit" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "provider_id" uuid not null, "code" varchar(64) not null, "name" varchar(300) not null, "acronym" varchar(32) null, "phone" varchar(32) null, "email" varchar(254) null, "contact_form_url" varchar(500) null, "website" varchar(500) null, constraint "provider_unit_pkey" primary key ("id"));`);
    this.addSql(`alter table "provider_unit" add constraint "provider_unit_provider_id_code_unique" unique ("provider_id", "code");`);

    this.addSql(`create table "resource" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "provider_id" uuid not null, "code" varchar(32) not null, "kind" "resource_kind" not null, "status" "resource_status" not null default 'DRAFT', "version" int not null default 1, "modality" jsonb null, "provision_type" "provision_type" null, "audience" "local_entity_type"[] not null, "sdgs" int[] not null, "catalogue_id" uuid null, "area_id" uuid null, "programme_id" uuid null, "provider_unit_id" uuid null, "channel_kind" "channel_kind" null, "channel_name" jsonb null, "channel_url" varchar(500) null, "grant_procedure" "grant_procedure" null, "resolution_term_amount" int null, "resolution_term_unit" "term_unit" null, "silence_effect" "silence_effect" null, "max_applications_per_entity" int null, "first_published_at" timestamptz null, "published_at" timestamptz null, constraint "resource_pkey" primary key ("id"));`);
    this.addSql(`create index "resource_provider_id_status_index" on "resource" ("provider_id", "status");`);
    this.addSql(`alter table "resource" add constraint "resource_provider_id_code_unique" unique ("provider_id", "code");`);

    this.addSql(`create table "resource_document" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "resource_id" uuid not null, "position" smallint not null, "code" varchar(64) not null, "kind" "resource_document_kind" not null, "title" jsonb not null, "version" varchar(32) not null, "sha256" varchar(64) not null, "url" varchar(1000) not null, "media_type" varchar(100) not null, "must_accept" boolean not null default false, "must_attach" boolean not null default false, "signed_copy_on_acceptance" boolean not null default false, constraint "resource_document_pkey" primary key ("id"));`);

    this.addSql(`create table "requirement" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "resource_id" uuid not null, "position" smallint not null, "text" jsonb not null, "verification" "requirement_verification" not null, "document_code" varchar(64) null, constraint "requirement_pkey" primary key ("id"));`);

    this.addSql(`create table "quality_commitment" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "resource_id" uuid not null, "position" smallint not null, "indicator" "quality_indicator" not null, "text" jsonb not null, "threshold" int not null, "threshold_unit" "term_unit" null, "target_percent" int not null, "hard_limit_amount" int null, "hard_limit_unit" "term_unit" null, "breach_action" jsonb null, constraint "quality_commitment_pkey" primary key ("id"));`);

    this.addSql(`create table "published_resource" ("resource_id" uuid not null, "provider_id" uuid not null, "code" varchar(32) not null, "version" int not null, "kind" "resource_kind" not null, "audience" "local_entity_type"[] not null, "sdgs" int[] not null, "area_code" varchar(64) null, "programme_code" varchar(64) null, "catalogue_code" varchar(64) null, "application_windows" datemultirange not null default '{}', "application_deadline" date null, "titles" jsonb not null, "search_vector" tsvector null, "snapshot" jsonb not null, "published_at" timestamptz not null, "first_published_at" timestamptz not null, constraint "published_resource_pkey" primary key ("resource_id"));`);
    this.addSql(`create index "published_resource_windows_index" on "published_resource" using gist ("application_windows");`);
    this.addSql(`create index "published_resource_audience_index" on "published_resource" using gin ("audience");`);
    this.addSql(`create index "published_resource_search_index" on "published_resource" using gin ("search_vector");`);
    this.addSql(`create index "published_resource_provider_id_code_index" on "published_resource" ("provider_id", "code");`);

    this.addSql(`create table "procedure_step" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "resource_id" uuid not null, "position" smallint not null, "kind" "procedure_step_kind" not null, "title" jsonb not null, constraint "procedure_step_pkey" primary key ("id"));`);

    this.addSql(`create table "legal_reference" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "resource_id" uuid not null, "position" smallint not null, "title" jsonb not null, "url" varchar(1000) null, "eli" varchar(300) null, constraint "legal_reference_pkey" primary key ("id"));`);

    this.addSql(`create table "interlocutor_role" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "resource_id" uuid not null, "position" smallint not null, "code" varchar(64) not null, "name" jsonb not null, "required" boolean not null default true, constraint "interlocutor_role_pkey" primary key ("id"));`);

    this.addSql(`create table "application_window" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "resource_id" uuid not null, "label" varchar(100) null, "opens_on" date not null, "closes_on" date not null, constraint "application_window_pkey" primary key ("id"));`);

    this.addSql(`create table "resource_translation" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "resource_id" uuid not null, "locale" "locale" not null, "title" varchar(300) not null, "summary" text null, "description" text null, "application_conditions" text null, "execution_conditions" text null, "revocation_conditions" text null, "after_application" text null, "resolution_term_note" text null, constraint "resource_translation_pkey" primary key ("id"));`);
    this.addSql(`alter table "resource_translation" add constraint "resource_translation_resource_id_locale_unique" unique ("resource_id", "locale");`);

    this.addSql(`create table "service_option" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "resource_id" uuid not null, "position" smallint not null, "code" varchar(64) not null, "name" jsonb not null, "recommended" boolean not null default false, constraint "service_option_pkey" primary key ("id"));`);

    this.addSql(`alter table "local_entity" add constraint "local_entity_provider_id_foreign" foreign key ("provider_id") references "provider" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "catalogue" add constraint "catalogue_provider_id_foreign" foreign key ("provider_id") references "provider" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "area" add constraint "area_provider_id_foreign" foreign key ("provider_id") references "provider" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "programme" add constraint "programme_provider_id_foreign" foreign key ("provider_id") references "provider" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "programme" add constraint "programme_area_id_foreign" foreign key ("area_id") references "area" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "provider_unit" add constraint "provider_unit_provider_id_foreign" foreign key ("provider_id") references "provider" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "resource" add constraint "resource_provider_id_foreign" foreign key ("provider_id") references "provider" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "resource" add constraint "resource_catalogue_id_foreign" foreign key ("catalogue_id") references "catalogue" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "resource" add constraint "resource_area_id_foreign" foreign key ("area_id") references "area" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "resource" add constraint "resource_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "resource" add constraint "resource_provider_unit_id_foreign" foreign key ("provider_unit_id") references "provider_unit" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "resource_document" add constraint "resource_document_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "requirement" add constraint "requirement_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "quality_commitment" add constraint "quality_commitment_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "published_resource" add constraint "published_resource_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "published_resource" add constraint "published_resource_provider_id_foreign" foreign key ("provider_id") references "provider" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "procedure_step" add constraint "procedure_step_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "legal_reference" add constraint "legal_reference_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "interlocutor_role" add constraint "interlocutor_role_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "application_window" add constraint "application_window_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "resource_translation" add constraint "resource_translation_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "service_option" add constraint "service_option_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`);
    // Every instance keeps a cache of public responses; any change to public data tells them all,
    // at commit, whoever made it (the service, a seed, a hand-run SQL statement).
    this.addSql(`create function notify_public_catalogue_changed() returns trigger language plpgsql as $$ begin perform pg_notify('public_catalogue_changed', tg_table_name); return null; end $$;`);
    for (const table of ['provider', 'catalogue', 'area', 'programme', 'provider_unit', 'local_entity', 'published_resource']) {
      this.addSql(`create trigger "${table}_public_change" after insert or update or delete or truncate on "${table}" for each statement execute function notify_public_catalogue_changed();`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists notify_public_catalogue_changed() cascade;`);
    this.addSql(`alter table "local_entity" drop constraint "local_entity_provider_id_foreign";`);

    this.addSql(`alter table "catalogue" drop constraint "catalogue_provider_id_foreign";`);

    this.addSql(`alter table "area" drop constraint "area_provider_id_foreign";`);

    this.addSql(`alter table "programme" drop constraint "programme_provider_id_foreign";`);

    this.addSql(`alter table "provider_unit" drop constraint "provider_unit_provider_id_foreign";`);

    this.addSql(`alter table "resource" drop constraint "resource_provider_id_foreign";`);

    this.addSql(`alter table "published_resource" drop constraint "published_resource_provider_id_foreign";`);

    this.addSql(`alter table "resource" drop constraint "resource_catalogue_id_foreign";`);

    this.addSql(`alter table "programme" drop constraint "programme_area_id_foreign";`);

    this.addSql(`alter table "resource" drop constraint "resource_area_id_foreign";`);

    this.addSql(`alter table "resource" drop constraint "resource_programme_id_foreign";`);

    this.addSql(`alter table "resource" drop constraint "resource_provider_unit_id_foreign";`);

    this.addSql(`alter table "resource_document" drop constraint "resource_document_resource_id_foreign";`);

    this.addSql(`alter table "requirement" drop constraint "requirement_resource_id_foreign";`);

    this.addSql(`alter table "quality_commitment" drop constraint "quality_commitment_resource_id_foreign";`);

    this.addSql(`alter table "published_resource" drop constraint "published_resource_resource_id_foreign";`);

    this.addSql(`alter table "procedure_step" drop constraint "procedure_step_resource_id_foreign";`);

    this.addSql(`alter table "legal_reference" drop constraint "legal_reference_resource_id_foreign";`);

    this.addSql(`alter table "interlocutor_role" drop constraint "interlocutor_role_resource_id_foreign";`);

    this.addSql(`alter table "application_window" drop constraint "application_window_resource_id_foreign";`);

    this.addSql(`alter table "resource_translation" drop constraint "resource_translation_resource_id_foreign";`);

    this.addSql(`alter table "service_option" drop constraint "service_option_resource_id_foreign";`);

    this.addSql(`drop table if exists "provider" cascade;`);

    this.addSql(`drop table if exists "local_entity" cascade;`);

    this.addSql(`drop table if exists "catalogue" cascade;`);

    this.addSql(`drop table if exists "area" cascade;`);

    this.addSql(`drop table if exists "programme" cascade;`);

    this.addSql(`drop table if exists "provider_unit" cascade;`);

    this.addSql(`drop table if exists "resource" cascade;`);

    this.addSql(`drop table if exists "resource_document" cascade;`);

    this.addSql(`drop table if exists "requirement" cascade;`);

    this.addSql(`drop table if exists "quality_commitment" cascade;`);

    this.addSql(`drop table if exists "published_resource" cascade;`);

    this.addSql(`drop table if exists "procedure_step" cascade;`);

    this.addSql(`drop table if exists "legal_reference" cascade;`);

    this.addSql(`drop table if exists "interlocutor_role" cascade;`);

    this.addSql(`drop table if exists "application_window" cascade;`);

    this.addSql(`drop table if exists "resource_translation" cascade;`);

    this.addSql(`drop table if exists "service_option" cascade;`);

    this.addSql(`drop type "local_entity_type";`);
    this.addSql(`drop type "resource_kind";`);
    this.addSql(`drop type "resource_status";`);
    this.addSql(`drop type "provision_type";`);
    this.addSql(`drop type "channel_kind";`);
    this.addSql(`drop type "grant_procedure";`);
    this.addSql(`drop type "term_unit";`);
    this.addSql(`drop type "silence_effect";`);
    this.addSql(`drop type "resource_document_kind";`);
    this.addSql(`drop type "requirement_verification";`);
    this.addSql(`drop type "quality_indicator";`);
    this.addSql(`drop type "procedure_step_kind";`);
    this.addSql(`drop type "locale";`);
  }

}

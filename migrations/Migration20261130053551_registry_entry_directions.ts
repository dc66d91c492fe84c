import { Migration } from '@mikro-orm/migrations';

export class Migration20261130053551_registry_entry_directions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "registry_direction" as enum ('INCOMING', 'OUTGOING');`);
    this.addSql(`create type "registry_subject" as enum ('SUBMISSION', 'CORRECTIONS_ANSWER', 'WITHDRAWAL_REQUEST', 'ALLEGATIONS', 'RESOLUTION', 'CORRECTIONS_REQUEST', 'HEARING', 'REVOCATION_OPENING');`);
    this.addSql(`alter table "registry_counter" drop constraint "registry_counter_pkey";`);

    // Every counter and entry so far is of the incoming book, and every entry a submission.
    this.addSql(`alter table "registry_counter" add column "direction" "registry_direction" not null default 'INCOMING';`);
    this.addSql(`alter table "registry_counter" alter column "direction" drop default;`);
    this.addSql(`alter table "registry_counter" add constraint "registry_counter_pkey" primary key ("provider_id", "direction", "year");`);

    this.addSql(`alter table "registry_entry" drop constraint "registry_entry_application_id_unique";`);
    this.addSql(`alter table "registry_entry" drop constraint "registry_entry_provider_id_year_sequence_unique";`);

    this.addSql(`alter table "registry_entry" add column "direction" "registry_direction" not null default 'INCOMING', add column "subject" "registry_subject" not null default 'SUBMISSION', add column "statement" text null, add column "signed_by_subject" varchar(300) null, add column "idempotency_key" varchar(100) null, add column "receipt_jws" text null;`);
    this.addSql(`alter table "registry_entry" alter column "direction" drop default, alter column "subject" drop default;`);
    // A submission's key and receipt were kept on the application; the entry holds them now too,
    // so that a key used for a submission cannot be reused for another act. The registry is
    // append-only for the service; filling the new columns from the application changes nothing
    // that was registered, so the trigger is off for this one statement only.
    this.addSql(`alter table "registry_entry" disable trigger "registry_entry_append_only";`);
    this.addSql(`update "registry_entry" e set "signed_by_subject" = a."submitted_by_subject", "idempotency_key" = a."idempotency_key", "receipt_jws" = a."receipt_jws"
      from "application" a where a."id" = e."application_id";`);
    this.addSql(`alter table "registry_entry" enable trigger "registry_entry_append_only";`);
    // Outgoing entries carry no applicant signature.
    this.addSql(`alter table "registry_entry" alter column "signature" drop not null;`);
    this.addSql(`alter table "registry_entry" alter column "signer_nif" drop not null;`);
    this.addSql(`alter table "registry_entry" alter column "signature_format" drop default;`);
    this.addSql(`alter table "registry_entry" alter column "signature_format" drop not null;`);
    this.addSql(`create index "registry_entry_application_id_index" on "registry_entry" ("application_id");`);
    this.addSql(`create unique index "registry_entry_submission_unique" on "registry_entry" ("application_id") where "subject" = 'SUBMISSION';`);
    this.addSql(`alter table "registry_entry" add constraint "registry_entry_idempotency_unique" unique ("signed_by_subject", "idempotency_key");`);
    this.addSql(`alter table "registry_entry" add constraint "registry_entry_provider_id_direction_year_sequence_unique" unique ("provider_id", "direction", "year", "sequence");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "registry_counter" drop constraint "registry_counter_pkey";`);
    this.addSql(`alter table "registry_counter" drop column "direction";`);

    this.addSql(`alter table "registry_counter" add constraint "registry_counter_pkey" primary key ("provider_id", "year");`);

    this.addSql(`drop index "registry_entry_application_id_index";`);
    this.addSql(`drop index "registry_entry_submission_unique";`);
    this.addSql(`alter table "registry_entry" drop constraint "registry_entry_idempotency_unique";`);
    this.addSql(`alter table "registry_entry" drop constraint "registry_entry_provider_id_direction_year_sequence_unique";`);
    this.addSql(`alter table "registry_entry" drop column "direction", drop column "subject", drop column "statement", drop column "signed_by_subject", drop column "idempotency_key", drop column "receipt_jws";`);

    this.addSql(`alter table "registry_entry" alter column "signature" type text using ("signature"::text);`);
    this.addSql(`alter table "registry_entry" alter column "signature" set not null;`);
    this.addSql(`alter table "registry_entry" alter column "signature_format" type "signature_format" using ("signature_format"::"signature_format");`);
    this.addSql(`alter table "registry_entry" alter column "signature_format" set default 'JWS';`);
    this.addSql(`alter table "registry_entry" alter column "signature_format" set not null;`);
    this.addSql(`alter table "registry_entry" alter column "signer_nif" type varchar(9) using ("signer_nif"::varchar(9));`);
    this.addSql(`alter table "registry_entry" alter column "signer_nif" set not null;`);
    this.addSql(`alter table "registry_entry" add constraint "registry_entry_application_id_unique" unique ("application_id");`);
    this.addSql(`alter table "registry_entry" add constraint "registry_entry_provider_id_year_sequence_unique" unique ("provider_id", "year", "sequence");`);

    this.addSql(`drop type "registry_direction";`);
    this.addSql(`drop type "registry_subject";`);
  }

}

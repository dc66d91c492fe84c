import { Migration } from '@mikro-orm/migrations';

export class Migration20261123203859_audit_log_and_outbox extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_entry" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "provider_id" uuid not null, "actor_subject" varchar(255) not null, "actor_nif" varchar(9) not null, "actor_name" varchar(200) not null, "action" varchar(100) not null, "target_type" varchar(50) not null, "target_id" uuid not null, "details" jsonb not null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_provider_id_created_at_index" on "audit_entry" ("provider_id", "created_at");`);

    this.addSql(`create table "outbox_event" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "sequence" bigserial, "topic" varchar(100) not null, "provider_id" uuid null, "aggregate_type" varchar(50) not null, "aggregate_id" uuid not null, "payload" jsonb not null, constraint "outbox_event_pkey" primary key ("id"));`);
    this.addSql(`alter table "outbox_event" add constraint "outbox_event_sequence_unique" unique ("sequence");`);
    this.addSql(`create index "outbox_event_topic_sequence_index" on "outbox_event" ("topic", "sequence");`);

    // The audit log is append-only for everyone, whatever the code does.
    this.addSql(`create function audit_entry_is_append_only() returns trigger language plpgsql as $$ begin raise exception 'audit_entry is append-only'; end $$;`);
    this.addSql(`create trigger "audit_entry_append_only" before update or delete or truncate on "audit_entry" for each statement execute function audit_entry_is_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists audit_entry_is_append_only() cascade;`);
    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "outbox_event" cascade;`);
  }

}

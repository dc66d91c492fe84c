import { Migration } from '@mikro-orm/migrations';

export class Migration20261130074740_surveys extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "survey_question_kind" as enum ('RATING', 'FREE_TEXT');`);
    this.addSql(`create table "survey_question" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "resource_id" uuid not null, "position" smallint not null, "code" varchar(64) not null, "text" jsonb not null, "kind" "survey_question_kind" not null, "fit_to_needs" boolean not null default false, "required" boolean not null default false, constraint "survey_question_pkey" primary key ("id"));`);

    this.addSql(`create table "survey_response" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "provider_id" uuid not null, "resource_id" uuid not null, "application_id" uuid not null, "local_entity_id" uuid not null, "submitted_at" timestamptz not null, "submitted_by_nif" varchar(9) not null, constraint "survey_response_pkey" primary key ("id"));`);
    this.addSql(`create index "survey_response_resource_id_submitted_at_index" on "survey_response" ("resource_id", "submitted_at");`);
    this.addSql(`create index "survey_response_provider_id_submitted_at_index" on "survey_response" ("provider_id", "submitted_at");`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_application_unique" unique ("application_id");`);

    this.addSql(`create table "survey_answer" ("id" uuid not null, "response_id" uuid not null, "position" smallint not null, "question_code" varchar(64) not null, "kind" "survey_question_kind" not null, "fit_to_needs" boolean not null, "rating" int null, "text" text null, constraint "survey_answer_pkey" primary key ("id"));`);
    this.addSql(`alter table "survey_answer" add constraint "survey_answer_question_unique" unique ("response_id", "question_code");`);

    this.addSql(`alter table "survey_question" add constraint "survey_question_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "survey_response" add constraint "survey_response_provider_id_foreign" foreign key ("provider_id") references "provider" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_local_entity_id_foreign" foreign key ("local_entity_id") references "local_entity" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "survey_answer" add constraint "survey_answer_response_id_foreign" foreign key ("response_id") references "survey_response" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "application" add column "survey" jsonb null;`);

    // Survey answers are written once and never changed, whatever the code does (the quality report counts them).
    this.addSql(`create function survey_response_is_write_once() returns trigger language plpgsql as $$ begin raise exception '% is written once and never changed', TG_TABLE_NAME; end $$;`);
    this.addSql(`create trigger "survey_response_write_once" before update on "survey_response" for each statement execute function survey_response_is_write_once();`);
    this.addSql(`create trigger "survey_answer_write_once" before update on "survey_answer" for each statement execute function survey_response_is_write_once();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists survey_response_is_write_once() cascade;`);
    this.addSql(`alter table "survey_answer" drop constraint "survey_answer_response_id_foreign";`);

    this.addSql(`drop table if exists "survey_question" cascade;`);

    this.addSql(`drop table if exists "survey_response" cascade;`);

    this.addSql(`drop table if exists "survey_answer" cascade;`);

    this.addSql(`alter table "application" drop column "survey";`);

    this.addSql(`drop type "survey_question_kind";`);
  }

}

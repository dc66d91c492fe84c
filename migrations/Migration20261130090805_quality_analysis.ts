import { Migration } from '@mikro-orm/migrations';

export class Migration20261130090805_quality_analysis extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "quality_analysis" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "provider_id" uuid not null, "resource_id" uuid not null, "indicator" "quality_indicator" not null, "occurrence" smallint not null, "period_from" date not null, "period_to" date not null, "causes" text not null, "measures" text not null, "recorded_at" timestamptz not null, "recorded_by_nif" varchar(9) not null, "supersedes_id" uuid null, constraint "quality_analysis_pkey" primary key ("id"));`);
    this.addSql(`alter table "quality_analysis" add constraint "quality_analysis_supersedes_id_unique" unique ("supersedes_id");`);
    this.addSql(`create unique index "quality_analysis_first_unique" on "quality_analysis" ("resource_id", "indicator", "occurrence", "period_from", "period_to") where "supersedes_id" is null;`);
    this.addSql(`create index "quality_analysis_resource_id_period_from_period_to_index" on "quality_analysis" ("resource_id", "period_from", "period_to");`);

    this.addSql(`alter table "quality_analysis" add constraint "quality_analysis_provider_id_foreign" foreign key ("provider_id") references "provider" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "quality_analysis" add constraint "quality_analysis_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "quality_analysis" add constraint "quality_analysis_supersedes_id_foreign" foreign key ("supersedes_id") references "quality_analysis" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "quality_analysis" drop constraint "quality_analysis_supersedes_id_foreign";`);

    this.addSql(`drop table if exists "quality_analysis" cascade;`);
  }

}

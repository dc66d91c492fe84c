import { Migration } from '@mikro-orm/migrations';

export class Migration20261130035252_holiday_aran_and_hour_terms extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "holiday_scope" add value if not exists 'ARAN' after 'CATALONIA';`);

    this.addSql(`alter table "holiday" add column "replaces" date null;`);
    this.addSql(`alter table "holiday" add constraint holiday_replaces_only_aran check("replaces" is null or "scope"::text = 'ARAN');`);

    this.addSql(`alter type "term_unit" add value if not exists 'HOURS' after 'CALENDAR_DAYS';`);

    this.addSql(`alter type "term_unit" add value if not exists 'HOURS' after 'CALENDAR_DAYS';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "holiday" drop constraint holiday_replaces_only_aran;`);
    this.addSql(`alter table "holiday" drop column "replaces";`);
  }

}

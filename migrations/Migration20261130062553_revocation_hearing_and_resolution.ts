import { Migration } from '@mikro-orm/migrations';

export class Migration20261130062553_revocation_hearing_and_resolution extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "revocation" add column "hearing_id" uuid null, add column "resolution_id" uuid null;`);
    this.addSql(`alter table "revocation" add constraint "revocation_hearing_id_foreign" foreign key ("hearing_id") references "hearing" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "revocation" add constraint "revocation_resolution_id_foreign" foreign key ("resolution_id") references "resolution" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "revocation" drop constraint "revocation_hearing_id_foreign";`);
    this.addSql(`alter table "revocation" drop constraint "revocation_resolution_id_foreign";`);

    this.addSql(`alter table "revocation" drop column "hearing_id", drop column "resolution_id";`);
  }

}

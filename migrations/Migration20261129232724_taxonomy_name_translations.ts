import { Migration } from '@mikro-orm/migrations';

export class Migration20261129232724_taxonomy_name_translations extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "catalogue" add column "name_translations" jsonb null;`);

    this.addSql(`alter table "area" add column "name_translations" jsonb null;`);

    this.addSql(`alter table "programme" add column "name_translations" jsonb null;`);

    this.addSql(`alter table "provider_unit" add column "name_translations" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "area" drop column "name_translations";`);

    this.addSql(`alter table "catalogue" drop column "name_translations";`);

    this.addSql(`alter table "programme" drop column "name_translations";`);

    this.addSql(`alter table "provider_unit" drop column "name_translations";`);
  }

}

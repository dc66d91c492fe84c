import { Migration } from '@mikro-orm/migrations';

export class Migration20261130034906_local_entity_dir3_code extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "local_entity" add column "dir3_code" varchar(9) null;`);
    this.addSql(`alter table "local_entity" add constraint "local_entity_dir3_code_unique" unique ("dir3_code");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "local_entity" drop constraint "local_entity_dir3_code_unique";`);
    this.addSql(`alter table "local_entity" drop column "dir3_code";`);
  }

}

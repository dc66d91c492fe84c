import { Migration } from '@mikro-orm/migrations';

export class Migration20261130022729_registry_entry_signature_format extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "signature_format" as enum ('JWS', 'CADES');`);
    this.addSql(`alter table "registry_entry" add column "signature_format" "signature_format" not null default 'JWS';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "registry_entry" drop column "signature_format";`);

    this.addSql(`drop type "signature_format";`);
  }

}

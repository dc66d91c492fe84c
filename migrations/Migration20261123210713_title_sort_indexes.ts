import { Migration } from '@mikro-orm/migrations';

export class Migration20261123210713_title_sort_indexes extends Migration {

  override async up(): Promise<void> {
    // unaccent() is only STABLE (it reads a dictionary), so it cannot be indexed directly; naming the
    // dictionary makes the result fixed for given arguments, the usual way to index accent-free text.
    this.addSql(`create function published_title_sort_key(titles jsonb, locale text) returns text language sql immutable parallel safe
      as $$ select lower(public.unaccent('public.unaccent'::regdictionary, coalesce(titles->>locale, titles->>'CA'))) $$;`);
    this.addSql(`create index "published_resource_title_oc_index" on "published_resource" (published_title_sort_key("titles", 'OC'), "resource_id");`);
    this.addSql(`create index "published_resource_title_en_index" on "published_resource" (published_title_sort_key("titles", 'EN'), "resource_id");`);
    this.addSql(`create index "published_resource_title_es_index" on "published_resource" (published_title_sort_key("titles", 'ES'), "resource_id");`);
    this.addSql(`create index "published_resource_title_ca_index" on "published_resource" (published_title_sort_key("titles", 'CA'), "resource_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "published_resource_title_oc_index";`);
    this.addSql(`drop index "published_resource_title_en_index";`);
    this.addSql(`drop index "published_resource_title_es_index";`);
    this.addSql(`drop index "published_resource_title_ca_index";`);
    this.addSql(`drop function published_title_sort_key(jsonb, text);`);
  }

}

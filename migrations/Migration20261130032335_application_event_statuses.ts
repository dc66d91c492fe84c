import { Migration } from '@mikro-orm/migrations';

export class Migration20261130032335_application_event_statuses extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "application_status" add value if not exists 'CORRECTIONS_REQUESTED' after 'SUBMITTED';`);

    this.addSql(`alter type "application_status" add value if not exists 'GRANTED' after 'CORRECTIONS_REQUESTED';`);

    this.addSql(`alter type "application_status" add value if not exists 'DENIED' after 'GRANTED';`);

    this.addSql(`alter type "application_status" add value if not exists 'DESISTED' after 'WITHDRAWN';`);

    this.addSql(`alter type "application_status" add value if not exists 'REVOCATION_OPEN' after 'DESISTED';`);

    this.addSql(`alter type "application_status" add value if not exists 'REVOKED' after 'REVOCATION_OPEN';`);

    this.addSql(`alter table "application_event" add column "from_status" "application_status" null, add column "to_status" "application_status" null;`);
    this.addSql(`alter table "application_event" alter column "actor_nif" type varchar(9) using ("actor_nif"::varchar(9));`);
    this.addSql(`alter table "application_event" alter column "actor_nif" drop not null;`);

    // Backfill: the changes of status recorded before the columns existed. A submission went from
    // DRAFT to SUBMITTED; a withdrawal recorded the status it left in its details (or, failing
    // that, whether it had been submitted), and one that left a draft is what is now a discard.
    this.addSql(`update "application_event" set "from_status" = 'DRAFT', "to_status" = 'SUBMITTED' where "type" = 'submitted';`);
    this.addSql(`update "application_event" e set "from_status" = l."status"::"application_status", "to_status" = 'WITHDRAWN',
      "type" = case when l."status" = 'DRAFT' then 'discarded' else 'withdrawn' end, "details" = e."details" - 'from'
      from (select ev."id", coalesce(ev."details"->>'from', case when a."submitted_at" is null then 'DRAFT' else 'SUBMITTED' end) as "status"
              from "application_event" ev join "application" a on a."id" = ev."application_id" where ev."type" = 'withdrawn') l
      where e."id" = l."id";`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "application_event" set "type" = 'withdrawn', "details" = "details" || jsonb_build_object('from', "from_status") where "to_status" = 'WITHDRAWN';`);
    this.addSql(`alter table "application_event" drop column "from_status", drop column "to_status";`);

    this.addSql(`alter table "application_event" alter column "actor_nif" type varchar(9) using ("actor_nif"::varchar(9));`);
    this.addSql(`alter table "application_event" alter column "actor_nif" set not null;`);
  }

}

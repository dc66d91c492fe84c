import { Migration } from '@mikro-orm/migrations';

export class Migration20261130052154_webhook_subscriptions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "webhook_subscription" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "provider_id" uuid not null, "url" varchar(2000) not null, "topics" text[] not null, "description" varchar(500) null, "enabled" boolean not null default true, "secret" varchar(200) not null, "previous_secret" varchar(200) null, "previous_secret_expires_at" timestamptz null, "disabled_at" timestamptz null, constraint "webhook_subscription_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_subscription_provider_id_enabled_index" on "webhook_subscription" ("provider_id", "enabled");`);

    this.addSql(`create table "webhook_delivery" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "sequence" bigserial, "subscription_id" uuid not null, "event_id" uuid not null, "aggregate_id" uuid not null, "topic" varchar(100) not null, "message_id" varchar(100) not null, "status" varchar(20) not null default 'PENDING', "attempts" int not null default 0, "first_attempt_at" timestamptz null, "last_attempt_at" timestamptz null, "last_response_code" int null, "last_error" varchar(300) null, "next_attempt_at" timestamptz null, "delivered_at" timestamptz null, "redelivery_of" uuid null, constraint "webhook_delivery_pkey" primary key ("id"));`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_sequence_unique" unique ("sequence");`);
    this.addSql(`create index "webhook_delivery_subscription_id_sequence_index" on "webhook_delivery" ("subscription_id", "sequence");`);
    this.addSql(`create index "webhook_delivery_subscription_id_aggregate_id_sequence_index" on "webhook_delivery" ("subscription_id", "aggregate_id", "sequence");`);

    this.addSql(`alter table "webhook_subscription" add constraint "webhook_subscription_provider_id_foreign" foreign key ("provider_id") references "provider" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_subscription_id_foreign" foreign key ("subscription_id") references "webhook_subscription" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_event_id_foreign" foreign key ("event_id") references "outbox_event" ("id") on update cascade on delete cascade;`);

    // The fan-out, in the transaction that writes the event: one delivery per enabled subscription
    // of the event's provider whose patterns match the topic (the rule of webhook-topics.rules.ts),
    // and a job of graphile-worker per subscription and object (webhook-delivery.task.ts,
    // streamKey): its named queue runs one job at a time, which keeps an object's events in
    // order; 'preserve_run_at' leaves a stream that waits for a retry waiting. Events of no
    // provider (a discarded draft) reach nobody. graphile_worker.add_job exists once the job
    // queue's migrator has run (src/database/job-queue.ts, at every start-up after these migrations).
    this.addSql(`create function webhook_fan_out() returns trigger language plpgsql as $$
      declare
        v_stream record;
      begin
        if new.provider_id is null then return null; end if;
        for v_stream in
          insert into webhook_delivery (id, subscription_id, event_id, aggregate_id, topic, message_id)
          select gen_random_uuid(), s.id, new.id, new.aggregate_id, new.topic, 'msg_' || replace(gen_random_uuid()::text, '-', '')
            from webhook_subscription s
           where s.provider_id = new.provider_id and s.enabled
             and exists (select 1 from unnest(s.topics) p
                          where p = '*' or p = new.topic or (right(p, 2) = '.*' and starts_with(new.topic, left(p, -1))))
          returning subscription_id, aggregate_id
        loop
          perform graphile_worker.add_job('webhook_deliver',
            json_build_object('subscriptionId', v_stream.subscription_id::text, 'aggregateId', v_stream.aggregate_id::text),
            queue_name := 'webhook:' || v_stream.subscription_id || ':' || v_stream.aggregate_id,
            job_key := 'webhook:' || v_stream.subscription_id || ':' || v_stream.aggregate_id,
            job_key_mode := 'preserve_run_at');
        end loop;
        return null;
      end $$;`);
    this.addSql(`create trigger outbox_event_webhook_fan_out after insert on outbox_event for each row execute function webhook_fan_out();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists outbox_event_webhook_fan_out on outbox_event;`);
    this.addSql(`drop function if exists webhook_fan_out();`);
    this.addSql(`alter table "webhook_delivery" drop constraint "webhook_delivery_subscription_id_foreign";`);

    this.addSql(`drop table if exists "webhook_subscription" cascade;`);

    this.addSql(`drop table if exists "webhook_delivery" cascade;`);
  }

}

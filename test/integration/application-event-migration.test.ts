import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../../src/config';
import { ormOptions } from '../../src/database/orm-config';
import { databaseUrl, withAdmin } from '../support/databases';

/** The last migration before application events recorded their statuses. */
const PREVIOUS = 'Migration20261130022729_registry_entry_signature_format';

/**
 * The backfill of `application_event.from_status`/`to_status`, on a database built and filled by
 * the schema that came before them: events written the way the service wrote them then.
 */
describe('migration: application events record the statuses they change', () => {
  const name = `cataleg_test_migration_${randomBytes(6).toString('hex')}`;
  let orm: MikroORM;
  const sql = <T = any>(query: string, params: unknown[] = []) => orm.em.getConnection().execute<T[]>(query, params);

  before(async () => {
    await withAdmin((client) => client.query(`create database "${name}"`));
    orm = await MikroORM.init(ormOptions(loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl(name) }), databaseUrl(name)));
    await orm.getMigrator().up({ to: PREVIOUS });
    await sql(`insert into provider (id, slug, name, nif, province_code, seat_municipality_code, website)
      values ('00000000-0000-4000-8000-000000000001', 'diputacio-lleida', 'Diputació de Lleida', 'P2500000C', '25', '25120', 'https://www.diputaciolleida.cat')`);
    await sql(`insert into local_entity (id, name, type, nif, ine_code, external_key, province_code, provider_id)
      values ('00000000-0000-4000-8000-000000000002', 'Ajuntament de Lleida', 'AJUNTAMENT', 'P2515100B', '25120', '25120', '25', '00000000-0000-4000-8000-000000000001')`);
    await sql(`insert into resource (id, provider_id, code, kind, audience, sdgs)
      values ('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000001', 'NNTT-EG', 'TECHNICAL', '{AJUNTAMENT}', '{}')`);
    // A draft, a submitted application, a draft given up and a submitted one withdrawn, each
    // with the events the service of that time wrote (a step, a submission, a withdrawal).
    const applications: [string, string, string | null][] = [
      ['a1', 'DRAFT', null], ['a2', 'SUBMITTED', '2026-11-02T09:00:00Z'], ['a3', 'WITHDRAWN', null], ['a4', 'WITHDRAWN', '2026-11-03T09:00:00Z'],
    ];
    for (const [key, status, submittedAt] of applications) {
      await sql(`insert into application (id, provider_id, resource_id, local_entity_id, status, started_by_subject, started_by_nif,
          selected_services, interlocutors, declared_requirements, submitted_at)
        values (?, '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000002',
          ?, 'subject', '12345678Z', '{}', '[]', '{}', ?)`, [idOf(key), status, submittedAt]);
    }
    const events: [string, string, string, Record<string, unknown>][] = [
      ['a1', 'e1', 'started', {}],
      ['a2', 'e2', 'servicesSelected', { services: ['x'] }],
      ['a2', 'e3', 'submitted', { registryNumber: 'DIPUTACIO-LLEIDA-E-2026-000001' }],
      ['a3', 'e4', 'withdrawn', { from: 'DRAFT' }],
      ['a4', 'e5', 'submitted', { registryNumber: 'DIPUTACIO-LLEIDA-E-2026-000002' }],
      ['a4', 'e6', 'withdrawn', { from: 'SUBMITTED' }],
    ];
    for (const [application, key, type, details] of events) {
      await sql(`insert into application_event (id, application_id, type, actor_nif, occurred_at, details) values (?, ?, ?, '12345678Z', now(), ?)`,
        [idOf(key), idOf(application), type, JSON.stringify(details)]);
    }
    await orm.getMigrator().up();
  });
  after(async () => {
    await orm?.close(true);
    await withAdmin((client) => client.query(`drop database if exists "${name}" with (force)`));
  });

  it('gives each change of status its from and to, calls a given-up draft a discard, and leaves other events alone', async () => {
    const rows = await sql(`select id, type, from_status, to_status, details, actor_nif from application_event order by id`);
    assert.deepEqual(rows.map((r) => [r.type, r.from_status, r.to_status, r.details, r.actor_nif]), [
      ['started', null, null, {}, '12345678Z'],
      ['servicesSelected', null, null, { services: ['x'] }, '12345678Z'],
      ['submitted', 'DRAFT', 'SUBMITTED', { registryNumber: 'DIPUTACIO-LLEIDA-E-2026-000001' }, '12345678Z'],
      ['discarded', 'DRAFT', 'WITHDRAWN', {}, '12345678Z'],
      ['submitted', 'DRAFT', 'SUBMITTED', { registryNumber: 'DIPUTACIO-LLEIDA-E-2026-000002' }, '12345678Z'],
      ['withdrawn', 'SUBMITTED', 'WITHDRAWN', {}, '12345678Z'],
    ]);
  });

  it('leaves the schema matching the entities, with every status of the workflow', async () => {
    assert.equal(await orm.getMigrator().checkMigrationNeeded(), false);
    const [{ values }] = await sql(`select array_agg(e.enumlabel order by e.enumsortorder)::text[] as values
      from pg_enum e join pg_type t on t.oid = e.enumtypid where t.typname = 'application_status'`);
    assert.deepEqual(values, ['DRAFT', 'SUBMITTED', 'CORRECTIONS_REQUESTED', 'GRANTED', 'DENIED', 'WITHDRAWN', 'DESISTED', 'REVOCATION_OPEN', 'REVOKED']);
  });
});

/** Fixed ids, in the order the rows are listed. */
function idOf(key: string): string {
  const index = Number(key.slice(1));
  return `00000000-0000-4000-8000-${String(key.startsWith('a') ? 100 + index : 200 + index).padStart(12, '0')}`;
}

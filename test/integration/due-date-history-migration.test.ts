import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../../src/config';
import { ormOptions } from '../../src/database/orm-config';
import { databaseUrl, withAdmin } from '../support/databases';

const MIGRATION = '_corrections_and_due_date_history';
/** The tracked snapshot only `npm run migration:create` may write (compiled to dist/test/integration). */
const SNAPSHOT = path.resolve(__dirname, '..', '..', '..', 'migrations', '.schema-snapshot.json');
const snapshotState = () => ({ modified: statSync(SNAPSHOT).mtimeMs, text: readFileSync(SNAPSHOT, 'utf8') });

/**
 * The backfill of `application_due_date_change`, on a database built and filled by the schema
 * that came before it: applications registered with their due dates and no history.
 */
describe('migration: registered applications get the first row of their due-date history', () => {
  const name = `cataleg_test_migration_${randomBytes(6).toString('hex')}`;
  let orm: MikroORM;
  let snapshotBefore: ReturnType<typeof snapshotState>;
  const sql = <T = any>(query: string, params: unknown[] = []) => orm.em.getConnection().execute<T[]>(query, params);

  before(async () => {
    snapshotBefore = snapshotState();
    await withAdmin((client) => client.query(`create database "${name}"`));
    orm = await MikroORM.init(ormOptions(loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl(name) }), databaseUrl(name)));
    // The migration just before this one, whichever it is once other migrations land before it.
    const pending = (await orm.getMigrator().getPendingMigrations()).map((migration) => migration.name);
    const index = pending.findIndex((migration) => migration.endsWith(MIGRATION));
    assert.ok(index > 0, `${MIGRATION} is pending and has a predecessor`);
    await orm.getMigrator().up({ to: pending[index - 1] });
    await sql(`insert into provider (id, slug, name, nif, province_code, seat_municipality_code, website)
      values ('00000000-0000-4000-8000-000000000001', 'diba', 'Diputació de Barcelona', 'P0800000B', '08', '08019', 'https://www.diba.cat')`);
    await sql(`insert into local_entity (id, name, type, nif, ine_code, external_key, province_code, provider_id)
      values ('00000000-0000-4000-8000-000000000002', 'Ajuntament de Sabadell', 'AJUNTAMENT', 'P0818600I', '08187', '08187', '08', '00000000-0000-4000-8000-000000000001')`);
    await sql(`insert into resource (id, provider_id, code, kind, audience, sdgs)
      values ('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000001', '111219', 'TECHNICAL', '{AJUNTAMENT}', '{}')`);
    // A draft, a registered application with both due dates, one with no target, and one withdrawn after registration.
    const applications: [number, string, string | null, string | null, string | null][] = [
      [1, 'DRAFT', null, null, null],
      [2, 'SUBMITTED', '2026-11-02T09:00:00Z', '2027-02-02', '2027-01-22'],
      [3, 'SUBMITTED', '2026-11-03T10:30:00Z', '2027-02-03', null],
      [4, 'WITHDRAWN', '2026-11-04T11:00:00Z', '2027-02-04', '2027-01-26'],
    ];
    for (const [index, status, submittedAt, resolutionDueDate, targetDueDate] of applications) {
      await sql(`insert into application (id, provider_id, resource_id, local_entity_id, status, started_by_subject, started_by_nif,
          selected_services, interlocutors, declared_requirements, submitted_at, resolution_due_date, target_due_date)
        values (?, '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000002',
          ?, 'subject', '12345678Z', '{}', '[]', '{}', ?, ?, ?)`, [applicationId(index), status, submittedAt, resolutionDueDate, targetDueDate]);
    }
    await orm.getMigrator().up();
  });
  after(async () => {
    await orm?.close(true);
    await withAdmin((client) => client.query(`drop database if exists "${name}" with (force)`));
  });

  it('writes one SUBMITTED row per due date a registered application has, at its registry instant', async () => {
    const rows = await sql(`select application_id, kind, previous, to_char(next, 'YYYY-MM-DD') as next, reason, suspended_days, at
      from application_due_date_change order by application_id, kind`);
    assert.deepEqual(rows.map((r) => [r.application_id, r.kind, r.previous, r.next, r.reason, r.suspended_days, new Date(r.at).toISOString()]), [
      [applicationId(2), 'RESOLUTION', null, '2027-02-02', 'SUBMITTED', null, '2026-11-02T09:00:00.000Z'],
      [applicationId(2), 'TARGET', null, '2027-01-22', 'SUBMITTED', null, '2026-11-02T09:00:00.000Z'],
      [applicationId(3), 'RESOLUTION', null, '2027-02-03', 'SUBMITTED', null, '2026-11-03T10:30:00.000Z'],
      [applicationId(4), 'RESOLUTION', null, '2027-02-04', 'SUBMITTED', null, '2026-11-04T11:00:00.000Z'],
      [applicationId(4), 'TARGET', null, '2027-01-26', 'SUBMITTED', null, '2026-11-04T11:00:00.000Z'],
    ]);
  });

  it('leaves the tracked schema snapshot alone while migrating', () => {
    // MikroORM rewrites the snapshot after every up() when the option is on; only migration:create has it.
    assert.deepEqual(snapshotState(), snapshotBefore);
  });

  it('leaves the schema matching the entities', async () => {
    assert.equal(await orm.getMigrator().checkMigrationNeeded(), false);
  });
});

function applicationId(index: number): string {
  return `00000000-0000-4000-8000-${String(100 + index).padStart(12, '0')}`;
}

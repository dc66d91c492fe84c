import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../../src/config';
import { ormOptions } from '../../src/database/orm-config';
import { databaseUrl, withAdmin } from '../support/databases';

/** The last migration before the registry had an outgoing book. */
const PREVIOUS = 'Migration20261130052154_webhook_subscriptions';

/**
 * registry_entry_directions on a database built and filled by the schema before it: entries
 * and counters as submissions wrote them then, which must stay valid and go on numbering.
 */
describe('migration: the registry gets an incoming and an outgoing book', () => {
  const name = `cataleg_test_migration_${randomBytes(6).toString('hex')}`;
  let orm: MikroORM;
  const sql = <T = any>(query: string, params: unknown[] = []) => orm.em.getConnection().execute<T[]>(query, params);
  const PROVIDER = '00000000-0000-4000-8000-000000000001';

  before(async () => {
    await withAdmin((client) => client.query(`create database "${name}"`));
    orm = await MikroORM.init(ormOptions(loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl(name) }), databaseUrl(name)));
    await orm.getMigrator().up({ to: PREVIOUS });
    await sql(`insert into provider (id, slug, name, nif, province_code, seat_municipality_code, website)
      values (?, 'diputacio-lleida', 'Diputació de Lleida', 'P2500000C', '25', '25120', 'https://www.diputaciolleida.cat')`, [PROVIDER]);
    await sql(`insert into local_entity (id, name, type, nif, ine_code, external_key, province_code, provider_id)
      values ('00000000-0000-4000-8000-000000000002', 'Ajuntament de Lleida', 'AJUNTAMENT', 'P2515100B', '25120', '25120', '25', ?)`, [PROVIDER]);
    await sql(`insert into resource (id, provider_id, code, kind, audience, sdgs)
      values ('00000000-0000-4000-8000-000000000003', ?, 'NNTT-EG', 'TECHNICAL', '{AJUNTAMENT}', '{}')`, [PROVIDER]);
    // Two submitted applications, one signed in JWS and one in CAdES, with their entries and the counter of 2026.
    for (const [index, format] of [[1, 'JWS'], [2, 'CADES']] as const) {
      await sql(`insert into application (id, provider_id, resource_id, local_entity_id, status, started_by_subject, started_by_nif,
          selected_services, interlocutors, declared_requirements, submitted_at, submitted_by_subject, idempotency_key, receipt_jws)
        values (?, ?, '00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000002',
          'SUBMITTED', 'subject', '12345678Z', '{}', '[]', '{}', '2026-11-02T09:00:00Z', 'test:12345678Z', ?, ?)`,
      [applicationId(index), PROVIDER, `key-${index}-submission`, `receipt.${index}.jws`]);
      await sql(`insert into registry_entry (id, provider_id, year, sequence, number, application_id, registered_at, content_sha256, signature, signature_format, attachments, signer_nif)
        values (?, ?, 2026, ?, ?, ?, '2026-11-02T09:00:00Z', ?, 'signature', ?, ?, '12345678Z')`,
      [`00000000-0000-4000-8000-00000000030${index}`, PROVIDER, index, `DIPUTACIO-LLEIDA-E-2026-00000${index}`, applicationId(index), 'a'.repeat(64), format,
        JSON.stringify([{ documentCode: 'conveni', sha256: 'b'.repeat(64), filename: 'conveni.pdf' }])]);
    }
    await sql(`insert into registry_counter (provider_id, year, last_sequence) values (?, 2026, 2)`, [PROVIDER]);
    await orm.getMigrator().up();
  });
  after(async () => {
    await orm?.close(true);
    await withAdmin((client) => client.query(`drop database if exists "${name}" with (force)`));
  });

  it('keeps every entry as an incoming submission, with its number, signature and attachments, and gives it the key and receipt of its application', async () => {
    const rows = await sql(`select number, direction, subject, signature, signature_format, signer_nif, attachments, signed_by_subject, idempotency_key, receipt_jws
      from registry_entry order by number`);
    assert.deepEqual(rows.map((r) => [r.number, r.direction, r.subject, r.signature, r.signature_format, r.signer_nif, r.attachments[0].documentCode, r.signed_by_subject, r.idempotency_key, r.receipt_jws]), [
      ['DIPUTACIO-LLEIDA-E-2026-000001', 'INCOMING', 'SUBMISSION', 'signature', 'JWS', '12345678Z', 'conveni', 'test:12345678Z', 'key-1-submission', 'receipt.1.jws'],
      ['DIPUTACIO-LLEIDA-E-2026-000002', 'INCOMING', 'SUBMISSION', 'signature', 'CADES', '12345678Z', 'conveni', 'test:12345678Z', 'key-2-submission', 'receipt.2.jws'],
    ]);
  });

  it("keeps the counter as the incoming book's, so numbering goes on from it, and the outgoing book starts apart", async () => {
    assert.deepEqual(await sql(`select direction, year, last_sequence from registry_counter`), [{ direction: 'INCOMING', year: 2026, last_sequence: 2 }]);
    const next = (direction: string) => sql<{ last_sequence: number }>(`insert into registry_counter (provider_id, direction, year, last_sequence) values (?, ?, 2026, 1)
      on conflict (provider_id, direction, year) do update set last_sequence = registry_counter.last_sequence + 1 returning last_sequence`, [PROVIDER, direction]);
    assert.equal((await next('INCOMING'))[0].last_sequence, 3);
    assert.equal((await next('OUTGOING'))[0].last_sequence, 1);
  });

  it('allows one submission per application and one use of a key per person, and leaves the schema matching the entities', async () => {
    await assert.rejects(sql(`insert into registry_entry (id, provider_id, direction, subject, year, sequence, number, application_id, registered_at, content_sha256, attachments)
      values (gen_random_uuid(), ?, 'INCOMING', 'SUBMISSION', 2026, 9, 'X-E-2026-000009', ?, now(), ?, '[]')`, [PROVIDER, applicationId(1), 'c'.repeat(64)]), /registry_entry_submission_unique/);
    await assert.rejects(sql(`insert into registry_entry (id, provider_id, direction, subject, year, sequence, number, application_id, registered_at, content_sha256, attachments, signed_by_subject, idempotency_key)
      values (gen_random_uuid(), ?, 'INCOMING', 'WITHDRAWAL_REQUEST', 2026, 9, 'X-E-2026-000009', ?, now(), ?, '[]', 'test:12345678Z', 'key-1-submission')`, [PROVIDER, applicationId(1), 'c'.repeat(64)]), /registry_entry_idempotency_unique/);
    assert.equal(await orm.getMigrator().checkMigrationNeeded(), false);
  });
});

function applicationId(index: number): string {
  return `00000000-0000-4000-8000-00000000010${index}`;
}

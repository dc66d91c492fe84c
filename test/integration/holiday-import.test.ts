import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { startTestService, TestService } from '../support/test-service';

const IMPORT = `mutation($input: ImportLocalHolidaysInput!) { importLocalHolidays(input: $input) {
  report { rows matched added updated unchanged removed unmatched outsideTerritory } userErrors { code field message } } }`;
const COMPUTE = 'query($input: ComputeDeadlineInput!) { computeDeadline(input: $input) { lastDay explanation skippedHolidays { date scope municipality source } } }';

const VIC = '08298';
const LIST = [
  'any;codi;data;festa',
  `2026;${VIC}1;06/07/2026;Festa major de Vic`, // 6-digit Idescat code (check digit 1)
  `2026;${VIC};2026-12-07;Sant Miquel dels Sants`,
  '2026;08019;2026-05-25;Dilluns de Pasqua Granada', // as seeded: unchanged
  '2026;08019;2026-09-24;La Mercè',
  '2026;17079;2026-10-29;Sant Narcís', // Girona: outside diba's territory
  '2026;99999;2026-06-01;Enlloc', // no such municipality
].join('\n');

describe("importing the Generalitat's list of local holidays", () => {
  let api: TestService;
  before(async () => {
    api = await startTestService();
  });
  after(async () => {
    await api?.close();
  });

  const count = async (where: string) => Number((await api.service.database.orm.em.getConnection().execute<{ n: string }[]>(`select count(*) as n from holiday where ${where}`))[0].n);
  const vicDeadline = async () => (await api.graphql(COMPUTE, { input: {
    provider: 'diba', municipality: VIC, start: '2026-07-03T10:00:00+02:00', term: { amount: 1, unit: 'BUSINESS_DAYS' },
  } })).body.data.computeDeadline;

  it("lets a province's admin import its municipalities, reports what changed, and deadlines follow (art. 30.6)", async () => {
    const before = await vicDeadline();
    assert.equal(before.lastDay, '2026-07-06');
    assert.ok(before.explanation.some((s: string) => s.includes(`municipi ${VIC} per a l'any 2026`)));

    const admin = await api.as({ nif: '12345678Z', roles: ['admin:diba'] });
    const { body } = await api.graphql(IMPORT, { input: { csv: LIST, source: 'Ordre de festes locals 2026 (prova)' } }, admin);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.deepEqual(body.data.importLocalHolidays.userErrors, []);
    assert.deepEqual(body.data.importLocalHolidays.report, {
      rows: 6, matched: 2, added: 2, updated: 0, unchanged: 2, removed: 0, unmatched: ['99999'], outsideTerritory: 1,
    });
    assert.equal(await count(`municipality_code = '17079' and source like '%prova%'`), 0, "Girona's holidays are not diba's to set");

    const afterwards = await vicDeadline();
    assert.equal(afterwards.lastDay, '2026-07-07');
    assert.deepEqual(afterwards.skippedHolidays.map((h: any) => [h.date, h.scope, h.municipality, h.source]),
      [['2026-07-06', 'LOCAL', VIC, 'Ordre de festes locals 2026 (prova)']]);
    assert.ok(!afterwards.explanation.some((s: string) => s.includes(`municipi ${VIC}`)));

    const again = await api.graphql(IMPORT, { input: { csv: LIST, source: 'Ordre de festes locals 2026 (prova)' } }, admin);
    assert.deepEqual(again.body.data.importLocalHolidays.report, {
      rows: 6, matched: 2, added: 0, updated: 0, unchanged: 4, removed: 0, unmatched: ['99999'], outsideTerritory: 1,
    }, 'importing the same file twice changes nothing');

    const corrected = LIST.replace('06/07/2026;Festa major de Vic', '05/07/2026;Festa major de Vic').replace('Sant Miquel dels Sants', 'Sant Miquel');
    const third = await api.graphql(IMPORT, { input: { csv: corrected, source: 'Ordre de festes locals 2026 (prova)' } }, admin);
    assert.deepEqual(third.body.data.importLocalHolidays.report, {
      rows: 6, matched: 2, added: 1, updated: 1, unchanged: 2, removed: 1, unmatched: ['99999'], outsideTerritory: 1,
    });
    assert.equal(await count(`municipality_code = '${VIC}'`), 2);
  });

  it('changes nothing on a malformed file, and says which lines are wrong', async () => {
    const admin = await api.as({ nif: '12345678Z', roles: ['admin:diba'] });
    const before = await count('true');
    const { body } = await api.graphql(IMPORT, { input: { csv: `${LIST}\n2026;08019;31/02/2026;Mai`, source: 'x' } }, admin);
    assert.equal(body.data.importLocalHolidays.report, null);
    assert.deepEqual(body.data.importLocalHolidays.userErrors.map((e: any) => [e.code, e.field]), [['INVALID_DATE', ['input', 'csv', '8', 'date']]]);
    assert.equal(await count('true'), before);
  });

  it('is for admins only', async () => {
    const before = await count('true');
    const editor = await api.graphql(IMPORT, { input: { csv: LIST, source: 'x' } }, await api.as({ nif: '12345678Z', roles: ['editor:diba'] }));
    assert.deepEqual(editor.body.data.importLocalHolidays.userErrors.map((e: any) => e.code), ['FORBIDDEN']);
    const anonymous = await api.graphql(IMPORT, { input: { csv: LIST, source: 'x' } });
    assert.equal(anonymous.body.errors?.[0].extensions?.code, 'UNAUTHENTICATED');
    assert.equal(await count('true'), before);
  });

  it('imports every province from the command line, with progress, and refuses a malformed file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'holidays-'));
    const good = join(folder, 'festes-locals-2026.csv');
    writeFileSync(good, LIST);
    const run = (file: string) => promisify(execFile)(process.execPath, [join(__dirname, '../../src/calendar/holiday-import-cli.js'), file], {
      env: { ...process.env, DATABASE_URL: api.databaseUrl, NODE_ENV: 'test', LOG_LEVEL: 'error' },
    });
    const { stdout } = await run(good);
    assert.match(stdout, /6 lines checked/);
    assert.match(stdout, /3 municipalities matched, 1 unmatched, 0 outside/);
    const report = JSON.parse(stdout.slice(stdout.indexOf('{')));
    assert.equal(report.matched, 3);
    assert.deepEqual(report.unmatched, ['99999']);
    assert.equal(await count(`municipality_code = '17079' and date = '2026-10-29' and source like '%festes-locals-2026.csv%'`), 1);

    const bad = join(folder, 'bad.csv');
    writeFileSync(bad, '2026;08019;2026-05-25\n');
    const before = await count('true');
    await assert.rejects(run(bad), (error: any) => error.code === 1 && /line 1: INVALID_FORMAT/.test(error.stderr));
    assert.equal(await count('true'), before);
  });
});

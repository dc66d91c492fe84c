import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Client } from 'pg';
import { entityNifControlCharacter } from '../../src/identity/nif';
import { createTestDatabase } from '../support/databases';

const CLI = path.resolve(__dirname, '..', '..', 'src', 'tenancy', 'local-entity-import-cli.js');
const nifFor = (ine: string) => `P${ine}99${entityNifControlCharacter(`P${ine}99`)}`;

/** `npm run entities:import -- <file>` as an operator runs it, on a migrated and seeded database of its own. */
describe('npm run entities:import', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let scratch: string;
  let sql: Client;

  const run = (...args: string[]) => new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: database.url, DATA_DIR: path.join(scratch, 'data'), LOG_LEVEL: 'warn' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
  const file = (name: string, text: string) => {
    const target = path.join(scratch, name);
    writeFileSync(target, text);
    return target;
  };
  const nifOf = async (ine: string) => (await sql.query("select nif from local_entity where external_key = 'ine:' || $1", [ine])).rows[0].nif;

  before(async () => {
    database = await createTestDatabase();
    scratch = mkdtempSync(path.join(os.tmpdir(), 'cataleg-import-'));
    sql = new Client({ connectionString: database.url });
    await sql.connect();
  });
  after(async () => {
    await sql?.end();
    await database?.drop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('loads the list for every territory, showing its progress and what it changed', async () => {
    // Ajuntaments of the four provinces: the operator's import is not bound to one diputació.
    const ines = ['08001', '17001', '25001', '43001'];
    const csv = file('entities.csv', `ine_code;nif;dir3_code\n${ines.map((ine) => `${ine};${nifFor(ine)};L01${ine}0`).join('\n')}\n99999;${nifFor('99999')};\n`);

    const dryRun = await run(csv, '--dry-run');
    assert.equal(dryRun.code, 0, dryRun.stderr);
    assert.match(dryRun.stdout, /Dry run: nothing was written/);
    assert.equal(await nifOf('25001'), null);

    const { code, stdout, stderr } = await run(csv);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /… 5 lines read and checked/);
    assert.match(stdout, /… 4 lines matched an entity \(4 to change, 0 unchanged\), 1 matched none/);
    assert.match(stdout, /5 data lines: 4 matched, 4 changed, 0 unchanged, 1 not matched/);
    assert.match(stdout, /line 4: .* \(ine:25001\): NIF, DIR3_CODE changed/);
    assert.match(stdout, /Lines that matched no entity: 6/);
    for (const ine of ines) assert.equal(await nifOf(ine), nifFor(ine));

    const again = await run(csv);
    assert.match(again.stdout, /4 matched, 0 changed, 4 unchanged/);
  });

  it('refuses a malformed file with every faulty line, writes nothing and exits 1', async () => {
    const csv = file('bad.csv', `ine_code,nif\n25002,${nifFor('25002')}\n25003,P2500399Z\n`);
    const { code, stdout, stderr } = await run(csv);
    assert.equal(code, 1, stdout);
    assert.match(stderr, /The file was refused; nothing was written:\n {2}Line 3: not an entity NIF/);
    assert.equal(await nifOf('25002'), null);

    const usage = await run();
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /Usage: npm run entities:import -- <file.csv> \[--dry-run\]/);
  });
});

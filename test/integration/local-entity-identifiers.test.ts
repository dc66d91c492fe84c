import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { entityNifControlCharacter } from '../../src/identity/nif';
import { applicationClient, globalId } from '../support/application-client';
import { startTestService, TestService } from '../support/test-service';

const MARIA = { nif: '12345678Z', name: 'Maria Puig Soler' };
const LLEIDA_ADMIN = { nif: '11111111H', name: 'Admin Lleida', roles: ['admin:diputacio-lleida'] };

/** A valid entity NIF of our own making for a municipality (real ones cannot be derived from the INE code). */
const nifFor = (ine: string, suffix = '99') => `P${ine}${suffix}${entityNifControlCharacter(`P${ine}${suffix}`)}`;
const dir3For = (ine: string) => `L01${ine}0`;

const IMPORT = `mutation($input: ImportLocalEntityIdentifiersInput!) { importLocalEntityIdentifiers(input: $input) {
  report { lineCount matchedCount written unmatchedLines
    changed { line changedFields localEntity { code nif dir3Code } } unchanged { line changedFields localEntity { code nif dir3Code } } }
  userErrors { code field message } } }`;

interface Entity { id: string; external_key: string; ine_code: string | null; nif: string | null; dir3_code: string | null }

describe("loading local entities' official identifiers (NIF, DIR3)", () => {
  let api: TestService;
  let client: ReturnType<typeof applicationClient>;
  let admin: Record<string, string>;
  /** Lleida ajuntaments with no NIF yet, one per test that needs one, and a Lleida consell comarcal. */
  let lleida: Entity[];
  let comarca: Entity;
  let girona: Entity;

  const entity = async (externalKey: string): Promise<Entity> =>
    (await client.sql<Entity>('select id, external_key, ine_code, nif, dir3_code from local_entity where external_key = ?', [externalKey]))[0];
  const importCsv = async (csv: string, headers = admin, extra: Record<string, unknown> = {}) => {
    const response = await api.graphql(IMPORT, { input: { provider: 'diputacio-lleida', csv, ...extra } }, headers);
    assert.equal(response.body.errors, undefined, JSON.stringify(response.body.errors));
    return response.body.data.importLocalEntityIdentifiers;
  };

  before(async () => {
    api = await startTestService();
    client = applicationClient(api);
    admin = await api.as(LLEIDA_ADMIN);
    lleida = await client.sql<Entity>(`select id, external_key, ine_code, nif, dir3_code from local_entity
      where type = 'AJUNTAMENT' and province_code = '25' and nif is null order by ine_code limit 12`);
    [comarca] = await client.sql<Entity>(`select id, external_key, ine_code, nif, dir3_code from local_entity
      where type = 'CONSELL_COMARCAL' and province_code = '25' and nif is null order by external_key limit 1`);
    [girona] = await client.sql<Entity>(`select id, external_key, ine_code, nif, dir3_code from local_entity
      where type = 'AJUNTAMENT' and province_code = '17' and nif is null order by ine_code limit 1`);
    assert.equal(lleida.length, 12);
    assert.ok(comarca && girona);
  });
  after(async () => {
    await api?.close();
  });

  it('tells a representative whose certificate names an unknown NIF exactly that, and who can fix it; after the import they apply', async () => {
    const [town] = lleida;
    const nif = nifFor(town.ine_code!);
    const representative = await api.as({ ...MARIA, represents: { nif, name: 'Ajuntament' } });
    const resource = await client.resource('diputacio-lleida', 'NNTT-EG');
    const localEntityId = globalId('LocalEntity', town.id);

    for (const [language, words] of [['ca', /diputació/], ['es', /diputación/], ['en', /admins of the diputació/]] as const) {
      const refused = await client.step('startApplication', { resourceId: resource.id, localEntityId }, { ...representative, 'accept-language': language });
      assert.deepEqual(refused.userErrors.map((e: any) => [e.code, e.field]), [['REPRESENTED_ENTITY_UNKNOWN', ['input', 'localEntityId']]]);
      assert.match(refused.userErrors[0].message, words);
      assert.doesNotMatch(refused.userErrors[0].message, new RegExp(nif), 'the message does not repeat the NIF');
    }
    const viewer = await api.graphql('{ viewer { entities { id } } }', {}, representative);
    assert.deepEqual(viewer.body.data.viewer.entities, [], 'the certificate acts for no entity yet');

    const imported = await importCsv(`ine_code,nif,dir3_code\n${town.ine_code},${nif},${dir3For(town.ine_code!)}\n`);
    assert.deepEqual(imported.userErrors, []);
    assert.deepEqual(imported.report.changed.map((l: any) => [l.line, l.changedFields]), [[2, ['NIF', 'DIR3_CODE']]]);

    const started = await client.step('startApplication', { resourceId: resource.id, localEntityId }, representative);
    assert.deepEqual(started.userErrors, []);
    assert.equal(started.application.status, 'DRAFT');
    assert.equal(started.application.localEntity.nif, nif);
  });

  it('reports what the file matched, changed, left unchanged and could not match, by line', async () => {
    const [, a, b] = lleida;
    const already = await entity('ine:25120'); // Lleida, whose NIF the seeds know
    const csv = '\uFEFF NIF ; INE_code ; entity_code ; Dir3_Code \n' +
      `${nifFor(a.ine_code!)};${a.ine_code};;${dir3For(a.ine_code!)}\n` +
      `${already.nif};25120;;\n` +
      `${nifFor('25999')};25999;;\n` + // no such municipality
      `${nifFor(b.ine_code!, '98').toLowerCase()};${b.ine_code};;\n` + // lower case is the same NIF
      '\n' +
      `${nifFor('25888')};;${comarca.external_key};${dir3For('25888')}\n` +
      `${nifFor('25777')};;emd:nowhere;\n`;
    const dryRun = await importCsv(csv, admin, { dryRun: true });
    assert.deepEqual(dryRun.userErrors, []);
    assert.equal(dryRun.report.written, false);
    assert.equal((await entity(a.external_key)).nif, null, 'a dry run writes nothing');

    const { report, userErrors } = await importCsv(csv);
    assert.deepEqual(userErrors, []);
    const lines = (r: any) => [r.changed, r.unchanged].map((list) => list.map((l: any) => [l.line, l.localEntity.code, l.changedFields]));
    assert.deepEqual([lines(report), report.unmatchedLines], [lines(dryRun.report), dryRun.report.unmatchedLines], 'the dry run said what the import then did');
    assert.equal(report.lineCount, 6);
    assert.equal(report.matchedCount, 4);
    assert.deepEqual(report.changed, [
      { line: 2, changedFields: ['NIF', 'DIR3_CODE'], localEntity: { code: a.external_key, nif: nifFor(a.ine_code!), dir3Code: dir3For(a.ine_code!) } },
      { line: 5, changedFields: ['NIF'], localEntity: { code: b.external_key, nif: nifFor(b.ine_code!, '98'), dir3Code: null } },
      { line: 7, changedFields: ['NIF', 'DIR3_CODE'], localEntity: { code: comarca.external_key, nif: nifFor('25888'), dir3Code: dir3For('25888') } },
    ]);
    assert.deepEqual(report.unchanged, [{ line: 3, changedFields: [], localEntity: { code: 'ine:25120', nif: already.nif, dir3Code: null } }]);
    assert.deepEqual(report.unmatchedLines, [4, 8]);
    const listed = await api.graphql('query($nif: String) { localEntities(filter: { nif: $nif }) { nodes { code nif dir3Code } } }', { nif: nifFor('25888') });
    assert.equal(listed.body.errors, undefined, JSON.stringify(listed.body.errors));
    assert.deepEqual(listed.body.data.localEntities.nodes, [{ code: comarca.external_key, nif: nifFor('25888'), dir3Code: dir3For('25888') }]);

    const again = await importCsv(csv);
    assert.deepEqual([again.report.changed, again.report.unchanged.map((l: any) => l.line)], [[], [2, 3, 5, 7]], 'a second run changes nothing');
  });

  it('refuses a malformed file whole, with every faulty line, and writes nothing', async () => {
    const [, , , c, d] = lleida;
    const before = await client.counts();
    const wrongControl = `P${c.ine_code}99${entityNifControlCharacter(`P${c.ine_code}99`) === 'A' ? 'B' : 'A'}`;
    const csv = 'ine_code,nif,dir3_code\n' +
      `${d.ine_code},${nifFor(d.ine_code!)},\n` + // a good line: not written either
      `${c.ine_code},${wrongControl},\n` +
      `${lleida[9].ine_code},${nifFor(lleida[9].ine_code!)},L0X\n` +
      `${d.ine_code},${nifFor('25555')},\n` +
      `,${nifFor('25556')},\n` +
      `2512,${nifFor('25557')},\n` +
      `${lleida[5].ine_code},${nifFor(d.ine_code!)},\n`;
    const refused = await importCsv(csv);
    assert.equal(refused.report, null);
    assert.deepEqual(refused.userErrors.map((e: any) => [e.code, e.field]), [
      ['INVALID_ENTITY_NIF', ['input', 'csv']], ['INVALID_DIR3', ['input', 'csv']], ['DUPLICATE_IN_FILE', ['input', 'csv']],
      ['INVALID_ENTITY_CODE', ['input', 'csv']], ['INVALID_ENTITY_CODE', ['input', 'csv']], ['DUPLICATE_IN_FILE', ['input', 'csv']],
    ]);
    assert.deepEqual(refused.userErrors.map((e: any) => Number(/^Línia (\d+):/.exec(e.message)?.[1])), [3, 4, 5, 6, 7, 8]);
    assert.match(refused.userErrors[2].message, /ja surt a la línia 2/);
    for (const error of refused.userErrors) assert.doesNotMatch(error.message, /P\d{7}/, 'messages never repeat the values sent');
    assert.equal((await entity(d.external_key)).nif, null, 'not even the good line is written');
    assert.deepEqual(await client.counts(), before);

    const broken = await importCsv(`ine_code,nif\n${d.ine_code},"${nifFor(d.ine_code!)}\n`);
    assert.deepEqual(broken.userErrors.map((e: any) => e.code), ['CSV_MALFORMED']);
    const ragged = await importCsv(`ine_code,nif\n${d.ine_code},${nifFor(d.ine_code!)},extra\n`);
    assert.deepEqual(ragged.userErrors.map((e: any) => [e.code, e.message]), [['CSV_MALFORMED', ragged.userErrors[0].message]]);
    assert.match(ragged.userErrors[0].message, /^Línia 2:/);
    const columns = await importCsv(`municipi,nif\n${d.ine_code},${nifFor(d.ine_code!)}\n`);
    assert.deepEqual(columns.userErrors.map((e: any) => e.code), ['CSV_COLUMNS']);
    const empty = await importCsv('ine_code,nif\n');
    assert.deepEqual(empty.userErrors.map((e: any) => e.code), ['CSV_EMPTY']);
    assert.equal((await entity(d.external_key)).nif, null);
  });

  it("refuses identifiers another entity keeps, and moves them between entities the file names", async () => {
    const [, a, , , , , e, f] = lleida;
    // a got its NIF in the test before; e wants it while a keeps it.
    const held = (await entity(a.external_key)).nif!;
    const taken = await importCsv(`ine_code,nif\n${e.ine_code},${held}\n`);
    assert.deepEqual(taken.userErrors.map((x: any) => [x.code, x.message]), [['IDENTIFIER_TAKEN', 'Línia 2: un altre ens ja té aquest NIF o codi DIR3, i el fitxer no el canvia.']]);
    const dir3Taken = await importCsv(`ine_code,nif,dir3_code\n${e.ine_code},${nifFor(e.ine_code!)},${dir3For(a.ine_code!)}\n${a.ine_code},${held},\n`);
    assert.deepEqual(dir3Taken.userErrors.map((x: any) => x.code), ['IDENTIFIER_TAKEN'], 'an empty DIR3 cell keeps the DIR3 code');

    await importCsv(`ine_code,nif\n${f.ine_code},${nifFor(f.ine_code!)}\n`);
    const swapped = await importCsv(`ine_code,nif,dir3_code\n${a.ine_code},${nifFor(f.ine_code!)},${dir3For(f.ine_code!)}\n` +
      `${f.ine_code},${held},${dir3For(a.ine_code!)}\n`);
    assert.deepEqual(swapped.userErrors, []);
    assert.equal((await entity(a.external_key)).nif, nifFor(f.ine_code!));
    assert.deepEqual([(await entity(f.external_key)).nif, (await entity(f.external_key)).dir3_code], [held, dir3For(a.ine_code!)]);
  });

  it("is for the admins of the diputació whose territory holds the entities", async () => {
    const [, , , , , , , , g] = lleida;
    const line = `ine_code,nif\n${g.ine_code},${nifFor(g.ine_code!)}\n`;
    const anonymous = await api.graphql(IMPORT, { input: { provider: 'diputacio-lleida', csv: line } });
    assert.equal(anonymous.body.errors?.[0].extensions?.code, 'UNAUTHENTICATED');
    const editor = await importCsv(line, await api.as({ ...LLEIDA_ADMIN, roles: ['editor:diputacio-lleida', 'reviewer:diputacio-lleida'] }));
    assert.deepEqual(editor.userErrors.map((e: any) => [e.code, e.field]), [['FORBIDDEN', ['input', 'provider']]]);

    const otherAdmin = await api.as({ ...LLEIDA_ADMIN, roles: ['admin:ddgi'] });
    const response = await api.graphql(IMPORT, { input: { provider: 'ddgi', csv: `${line}${girona.ine_code},${nifFor(girona.ine_code!)}\n` } }, otherAdmin);
    const { userErrors, report } = response.body.data.importLocalEntityIdentifiers;
    assert.equal(report, null);
    assert.deepEqual(userErrors.map((e: any) => [e.code, e.message]), [['OUTSIDE_TERRITORY', "Línia 2: L'ens és fora del territori del proveïdor."]]);
    const own = await importCsv(`${line}${girona.ine_code},${nifFor(girona.ine_code!)}\n`);
    assert.deepEqual(own.userErrors.map((e: any) => e.code), ['OUTSIDE_TERRITORY'], 'Lleida\'s admins may not load a Girona entity either');
    assert.equal((await entity(g.external_key)).nif, null);
    assert.equal((await entity(girona.external_key)).nif, null);
  });
});

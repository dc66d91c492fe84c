import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestService, TestService } from '../support/test-service';

describe('taxonomy administration', () => {
  let api: TestService;
  const sql = <T = any>(query: string, params: unknown[] = []) => api.service.database.orm.em.fork().getConnection().execute<T[]>(query, params);
  const saveUnit = (headers: Record<string, string>, input: Record<string, unknown>) => api.graphql(
    `mutation($input: SaveProviderUnitInput!) { saveProviderUnit(input: $input) {
      item { code name acronym contactPoint { email phone } } created userErrors { code field } } }`, { input }, headers);

  before(async () => {
    api = await startTestService();
  });
  after(async () => {
    await api?.close();
  });

  it('lets a provider admin create and update units, areas, programmes and catalogues by code, audited', async () => {
    const admin = await api.as({ nif: '12345678Z', name: 'Admin Diba', roles: ['admin:diba'] });
    const created = await saveUnit(admin, { provider: 'diba', code: 'ssm', name: 'Servei de Suport Municipal', email: 'ssm@diba.cat', phone: '934 020 000' });
    assert.deepEqual(created.body.data.saveProviderUnit.userErrors, []);
    assert.equal(created.body.data.saveProviderUnit.created, true);
    const updated = await saveUnit(admin, { provider: 'diba', code: 'ssm', name: 'Servei de Suport Municipal (SSM)', acronym: 'SSM' });
    assert.equal(updated.body.data.saveProviderUnit.created, false);
    assert.equal(updated.body.data.saveProviderUnit.item.acronym, 'SSM');

    const area = await api.graphql('mutation { saveArea(input: { provider: "diba", code: "memoria-democratica", name: "Àrea de Memòria Democràtica" }) { item { code } userErrors { code } } }', {}, admin);
    assert.equal(area.body.data.saveArea.item.code, "memoria-democratica");
    const programme = await api.graphql('mutation { saveProgramme(input: { provider: "diba", code: "biblioteques", name: "Biblioteques", areaCode: "memoria-democratica" }) { item { name } userErrors { code } } }', {}, admin);
    assert.deepEqual(programme.body.data.saveProgramme.userErrors, []);
    const catalogue = await api.graphql('mutation { saveCatalogue(input: { provider: "diba", code: "cataleg-2027", name: "Catàleg 2027", startDate: "2027-01-01", endDate: "2027-12-31" }) { item { startDate endDate } userErrors { code } } }', {}, admin);
    assert.deepEqual(catalogue.body.data.saveCatalogue.item, { startDate: '2027-01-01', endDate: '2027-12-31' });

    const listed = await api.graphql('{ provider(slug: "diba") { units { code name } areas { code } } }');
    assert.ok(listed.body.data.provider.units.some((u: { code: string; name: string }) => u.code === 'ssm' && u.name.endsWith('(SSM)')));
    const audit = await sql(`select action from audit_entry where action like 'providerUnit.%' or action like 'area.%' order by created_at`);
    assert.deepEqual(audit.map((a) => a.action), ['providerUnit.create', 'providerUnit.update', 'area.create']);
  });

  it('validates field by field and writes nothing', async () => {
    const admin = await api.as({ nif: '12345678Z', roles: ['admin:diba'] });
    const before = await sql('select count(*)::int as n from provider_unit');
    const bad = await saveUnit(admin, { provider: 'diba', code: 'Not Valid', name: ' ', email: 'nope', website: 'ftp://x' });
    assert.deepEqual(bad.body.data.saveProviderUnit.userErrors.map((e: { field: string[] }) => e.field.join('.')).sort(),
      ['input.code', 'input.email', 'input.name', 'input.website']);
    const badProgramme = await api.graphql('mutation { saveProgramme(input: { provider: "diba", code: "x", name: "X", areaCode: "nope" }) { userErrors { code field } } }', {}, admin);
    assert.deepEqual(badProgramme.body.data.saveProgramme.userErrors, [{ code: 'UNKNOWN_AREA', field: ['input', 'areaCode'] }]);
    const badRange = await api.graphql('mutation { saveCatalogue(input: { provider: "diba", code: "x", name: "X", startDate: "2027-02-01", endDate: "2027-01-01" }) { userErrors { code } } }', {}, admin);
    assert.equal(badRange.body.data.saveCatalogue.userErrors[0].code, 'INVALID_RANGE');
    assert.deepEqual(await sql('select count(*)::int as n from provider_unit'), before);
  });

  it("refuses editors, reviewers, anonymous callers and other providers' admins", async () => {
    const before = await sql('select count(*)::int as n from provider_unit');
    for (const [headers, code] of [
      [{}, 'UNAUTHENTICATED'],
      [await api.as({ nif: '11111111H', roles: ['editor:diba', 'reviewer:diba'] }), 'FORBIDDEN'],
      [await api.as({ nif: '11111111H', roles: ['admin:ddgi'] }), 'FORBIDDEN'],
    ] as const) {
      const response = await saveUnit(headers, { provider: 'diba', code: 'intrusa', name: 'Unitat intrusa' });
      assert.equal(response.body.errors?.[0].extensions?.code ?? response.body.data.saveProviderUnit.userErrors[0].code, code);
    }
    assert.deepEqual(await sql('select count(*)::int as n from provider_unit'), before);
  });

  it('deletes a piece of taxonomy nothing uses, and refuses one that fitxes or programmes use', async () => {
    const admin = await api.as({ nif: '12345678Z', name: 'Admin Diba', roles: ['admin:diba'] });
    const remove = (headers: Record<string, string>, input: Record<string, unknown>) => api.graphql(
      'mutation($input: DeleteTaxonomyItemInput!) { deleteTaxonomyItem(input: $input) { deletedCode userErrors { code field message } } }', { input }, headers);
    const exists = async (table: string, code: string) =>
      (await sql(`select count(*)::int as n from ${table} t join provider p on p.id = t.provider_id where p.slug = 'diba' and t.code = ?`, [code]))[0].n === 1;

    await api.graphql('mutation { saveArea(input: { provider: "diba", code: "area-efimera", name: "Àrea efímera" }) { userErrors { code } } }', {}, admin);
    await api.graphql('mutation { saveProgramme(input: { provider: "diba", code: "programa-efimer", name: "Programa", areaCode: "area-efimera" }) { userErrors { code } } }', {}, admin);
    const usedByProgramme = await remove(admin, { provider: 'diba', kind: 'AREA', code: 'area-efimera' });
    assert.equal(usedByProgramme.body.data.deleteTaxonomyItem.deletedCode, null);
    assert.deepEqual(usedByProgramme.body.data.deleteTaxonomyItem.userErrors.map((e: any) => [e.code, e.field]), [['IN_USE', ['input', 'code']]]);
    assert.match(usedByProgramme.body.data.deleteTaxonomyItem.userErrors[0].message, /1 programes/);

    const programme = await remove(admin, { provider: 'diba', kind: 'PROGRAMME', code: 'programa-efimer' });
    assert.deepEqual(programme.body.data.deleteTaxonomyItem, { deletedCode: 'programa-efimer', userErrors: [] });
    const area = await remove(admin, { provider: 'diba', kind: 'AREA', code: 'area-efimera' });
    assert.deepEqual(area.body.data.deleteTaxonomyItem, { deletedCode: 'area-efimera', userErrors: [] });
    assert.equal(await exists('area', 'area-efimera'), false);
    const audit = await sql(`select action from audit_entry where action like '%.delete' order by created_at`);
    assert.deepEqual(audit.map((a) => a.action), ['programme.delete', 'area.delete']);

    const [used] = await sql(`select a.code from area a join provider p on p.id = a.provider_id join resource r on r.area_id = a.id where p.slug = 'diba' limit 1`);
    const inUse = await remove(admin, { provider: 'diba', kind: 'AREA', code: used.code });
    assert.equal(inUse.body.data.deleteTaxonomyItem.userErrors[0].code, 'IN_USE');
    assert.match(inUse.body.data.deleteTaxonomyItem.userErrors[0].message, /fitxes/);
    assert.equal(await exists('area', used.code), true);

    const unknown = await remove(admin, { provider: 'diba', kind: 'CATALOGUE', code: 'no-existeix' });
    assert.deepEqual(unknown.body.data.deleteTaxonomyItem.userErrors.map((e: any) => [e.code, e.field]), [['NOT_FOUND', ['input', 'code']]]);
    await api.graphql('mutation { saveArea(input: { provider: "diba", code: "area-protegida", name: "Àrea" }) { userErrors { code } } }', {}, admin);
    for (const headers of [
      {}, await api.as({ nif: '87654321X', roles: ['editor:diba'] }), await api.as({ nif: '87654321X', roles: ['admin:diputacio-lleida'] }),
    ]) {
      const refused = await remove(headers, { provider: 'diba', kind: 'AREA', code: 'area-protegida' });
      assert.ok(['FORBIDDEN', 'UNAUTHENTICATED'].includes(refused.body.errors?.[0].extensions?.code ?? refused.body.data.deleteTaxonomyItem.userErrors[0].code));
    }
    assert.equal(await exists('area', 'area-protegida'), true);
  });
});

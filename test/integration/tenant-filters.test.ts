import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EntityMetadata, ReferenceKind, wrap } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { scopeEntityManager, SHARED_ACROSS_TENANTS, withoutTenantFilter } from '../../src/database/tenant-filter';
import { actorFromClaims } from '../../src/identity/actor';
import { resolveIdentity } from '../../src/identity/request-identity';
import { createTestPki } from '../support/test-pki';
import { buildTenantWorld } from '../support/tenant-world';
import { startTestService, TestService } from '../support/test-service';

/** How to reach an entity's provider id from a row: a relation path, or a provider id column. */
interface ProviderPath { entity: string; steps: string[]; column?: string }

/**
 * Reads MikroORM's metadata: every entity whose rows belong to a provider, directly (a relation
 * to ProviderEntity or a `providerId` column) or through a required to-one parent that does.
 */
function providerPaths(metadata: EntityMetadata[]): ProviderPath[] {
  const byClass = new Map(metadata.map((meta) => [meta.className, meta]));
  const pathOf = (meta: EntityMetadata, seen: Set<string>): Omit<ProviderPath, 'entity'> | null => {
    if (meta.properties.providerId) return { steps: [], column: 'providerId' };
    const toOne = meta.relations.filter((prop) => [ReferenceKind.MANY_TO_ONE, ReferenceKind.ONE_TO_ONE].includes(prop.kind) && (prop.kind === ReferenceKind.MANY_TO_ONE || prop.owner));
    const direct = toOne.find((prop) => prop.type === 'ProviderEntity');
    if (direct) return { steps: [direct.name] };
    for (const prop of toOne.filter((p) => !p.nullable)) {
      const target = byClass.get(prop.type);
      if (!target || seen.has(target.className)) continue;
      const rest = pathOf(target, new Set([...seen, target.className]));
      if (rest) return { steps: [prop.name, ...rest.steps], column: rest.column };
    }
    return null;
  };
  return metadata.filter((meta) => !meta.abstract && !meta.embeddable && meta.className !== 'ProviderEntity')
    .flatMap((meta) => {
      const path = pathOf(meta, new Set([meta.className]));
      return path ? [{ entity: meta.className, ...path }] : [];
    });
}

describe('tenant filters: every entity with a provider is scoped to the request', () => {
  let api: TestService;
  let providerA: string;

  before(async () => {
    const pki = await createTestPki();
    api = await startTestService({ env: { SIGNATURE_TRUST_ANCHORS: pki.trustAnchorsPem, RESPONSE_CACHE: 'false' } });
    await buildTenantWorld(api, pki);
    const [row] = await api.service.database.orm.em.getConnection().execute<{ id: string }[]>(`select id from provider where slug = 'ddgi'`);
    providerA = row.id;
  });
  after(async () => {
    await api?.close();
  });

  /** The entity manager a request of someone with every staff role at provider A (Girona) gets. */
  async function providerAContext(): Promise<EntityManager> {
    const em = api.service.database.orm.em.fork();
    const actor = actorFromClaims({
      sub: 'test:provider-a', name: 'Staff of A', nif: '33333333P', certificate: { type: 'INDIVIDUAL', assurance: 'HIGH' },
      roles: ['editor:ddgi', 'reviewer:ddgi', 'admin:ddgi'],
    });
    scopeEntityManager(em, await resolveIdentity(em, actor));
    return em;
  }

  /** Every row of an entity with the provider it belongs to, read without any filter. */
  async function rowsWithProvider(path: ProviderPath): Promise<Map<string, string>> {
    const em = api.service.database.orm.em.fork();
    const populate = path.steps.length > 1 ? [path.steps.slice(0, -1).join('.')] : [];
    const rows = await em.find(path.entity, {}, { populate: populate as never, ...withoutTenantFilter('the test reads every row to know whose it is') });
    const owner = (row: any): string => {
      let current = row;
      for (const step of path.steps) current = current[step];
      return path.column ? current[path.column] : wrap(current, true).getPrimaryKey() as string;
    };
    return new Map(rows.map((row) => [JSON.stringify(wrap(row, true).getPrimaryKey()), owner(row)]));
  }

  it('finds the entities that belong to a provider in the metadata, each scoped or shared on purpose', () => {
    const paths = providerPaths(Object.values(api.service.database.orm.getMetadata().getAll()));
    const names = paths.map((p) => p.entity);
    // A sanity floor, so that a broken metadata walk cannot pass by finding nothing.
    for (const expected of ['ResourceEntity', 'ApplicationEntity', 'ApplicationEventEntity', 'ResourceRevisionEntity', 'AuditEntryEntity', 'AreaEntity']) {
      assert.ok(names.includes(expected), `${expected} has a provider`);
    }
    for (const shared of Object.keys(SHARED_ACROSS_TENANTS)) assert.ok(names.includes(shared), `${shared} is listed as shared but has no provider`);
  });

  it("never returns another provider's rows in provider A's context, for every scoped entity", async () => {
    const paths = providerPaths(Object.values(api.service.database.orm.getMetadata().getAll()));
    const scoped = paths.filter((p) => !(p.entity in SHARED_ACROSS_TENANTS));
    const failures: string[] = [];
    for (const path of scoped) {
      const owners = await rowsWithProvider(path);
      const others = [...owners].filter(([, provider]) => provider !== providerA).map(([key]) => key);
      // Each entity needs another provider's rows here, or the check below would prove nothing.
      if (others.length === 0) {
        failures.push(`${path.entity}: the world has no row of another provider to test against`);
        continue;
      }
      const em = await providerAContext();
      const seen = (await em.find(path.entity, {})).map((row) => JSON.stringify(wrap(row, true).getPrimaryKey()));
      const leaked = seen.filter((key) => others.includes(key));
      if (leaked.length) failures.push(`${path.entity}: ${leaked.length} of ${others.length} rows of other providers visible`);
    }
    assert.deepEqual(failures, []);
    assert.ok(scoped.length >= 20, `${scoped.length} scoped entities: ${scoped.map((p) => p.entity).join(", ")}`);
  });

  it('still shows what is shared on purpose to provider A', async () => {
    const paths = providerPaths(Object.values(api.service.database.orm.getMetadata().getAll())).filter((p) => p.entity in SHARED_ACROSS_TENANTS);
    assert.equal(paths.length, Object.keys(SHARED_ACROSS_TENANTS).length);
    for (const path of paths.filter((p) => p.entity !== 'RegistryCounterEntity')) {
      const em = await providerAContext();
      assert.ok((await em.count(path.entity, {})) > 0, `${path.entity} is readable`);
    }
  });

  it('refuses to cross tenants without a reason', () => {
    assert.throws(() => withoutTenantFilter(''), /reason/);
    assert.throws(() => withoutTenantFilter('  because '), /reason/);
  });
});

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { canReviewApplications, reviewedProviderSlugs, reviewersSee, REVIEWERS_SEE_SQL } from '../../src/applications/application.policy';
import { canReadAuditLog } from '../../src/audit/audit.policy';
import { canSetGeneralHolidays, canSetMunicipalHolidays } from '../../src/calendar/holiday.policy';
import { canEditResources, canReadDrafts } from '../../src/catalogue/resource.policy';
import { canReadUnpublishedDocuments } from '../../src/documents/document.policy';
import { canUploadFiles } from '../../src/files/file.policy';
import { Actor, StaffRole } from '../../src/identity/actor';
import { RequestIdentity } from '../../src/identity/request-identity';
import { canAdministerProvider } from '../../src/tenancy/tenancy.policy';
import { canManageWebhooks } from '../../src/outbox/webhook.policy';
import { canHandleDecisionDelays } from '../../src/quality/quality.policy';

const person = (...roles: `${StaffRole}:${string}`[]): Actor => ({
  subject: 'test:person', name: 'Persona', nif: '12345678Z', certificate: { type: 'INDIVIDUAL', assurance: 'HIGH' }, represents: null,
  roles: roles.map((entry) => {
    const [role, provider] = entry.split(':');
    return { role: role as StaffRole, provider };
  }),
});

type ProviderPolicy = (actor: Actor | null, providerSlug: string) => boolean;

/**
 * Who may do what at provider "diba", one row per kind of caller. Roles never imply one another
 * and never reach another provider: the rows for "ddgi" roles and for anonymous callers say so.
 */
const CALLERS: [string, Actor | null][] = [
  ['anonymous', null],
  ['a person without roles', person()],
  ['editor', person('editor:diba')],
  ['reviewer', person('reviewer:diba')],
  ['admin', person('admin:diba')],
  ['every role at ddgi', person('editor:ddgi', 'reviewer:ddgi', 'admin:ddgi')],
];
const TABLE: [string, ProviderPolicy, string[]][] = [
  ['canEditResources', canEditResources, ['editor']],
  ['canReadDrafts', canReadDrafts, ['editor', 'admin']],
  ['canReadAuditLog', canReadAuditLog, ['editor', 'admin']],
  ['canReviewApplications', canReviewApplications, ['reviewer', 'admin']],
  ['canAdministerProvider', canAdministerProvider, ['admin']],
  ['canSetMunicipalHolidays', canSetMunicipalHolidays, ['admin']],
  ['canManageWebhooks', canManageWebhooks, ['admin']],
  ['canHandleDecisionDelays', canHandleDecisionDelays, ['reviewer', 'admin']],
];

describe('feature policies (who may)', () => {
  for (const [name, policy, allowed] of TABLE) {
    it(`${name}: only ${allowed.join(' and ')} of the provider`, () => {
      for (const [caller, actor] of CALLERS) {
        assert.equal(policy(actor, 'diba'), allowed.includes(caller), `${caller} at diba`);
      }
    });
  }

  it('canSetGeneralHolidays: the admin of any provider', () => {
    assert.deepEqual(CALLERS.map(([caller, actor]) => [caller, canSetGeneralHolidays(actor)]), [
      ['anonymous', false], ['a person without roles', false], ['editor', false], ['reviewer', false], ['admin', true], ['every role at ddgi', true],
    ]);
  });

  it('reviewedProviderSlugs: the providers where canReviewApplications holds', () => {
    assert.deepEqual(reviewedProviderSlugs(person('editor:diba', 'reviewer:ddgi', 'admin:diputacio-lleida', 'admin:ddgi')), ['ddgi', 'diputacio-lleida']);
    assert.deepEqual(reviewedProviderSlugs(null), []);
  });

  it('reviewersSee: submitted applications only, in both forms', () => {
    assert.equal(reviewersSee({ submittedAt: null }), false);
    assert.equal(reviewersSee({ submittedAt: new Date('2026-11-02T10:00:00Z') }), true);
    assert.equal(REVIEWERS_SEE_SQL('a'), 'a.submitted_at is not null');
  });

  it('unpublished documents and uploads follow the identity the request resolved', () => {
    const identity = (over: Partial<RequestIdentity>): RequestIdentity => ({ actor: person(), staffProviderIds: [], representedEntityId: null, ...over });
    assert.equal(canReadUnpublishedDocuments(identity({ staffProviderIds: ['p-1'] }), 'p-1'), true);
    assert.equal(canReadUnpublishedDocuments(identity({ staffProviderIds: ['p-2'] }), 'p-1'), false);
    assert.equal(canUploadFiles(identity({}), false), false);
    assert.equal(canUploadFiles(identity({}), true), true, 'authorized by a representative');
    assert.equal(canUploadFiles(identity({ staffProviderIds: ['p-1'] }), false), true);
    assert.equal(canUploadFiles(identity({ representedEntityId: 'e-1' }), false), true);
    assert.equal(canUploadFiles(identity({ actor: null }), true), false);
  });
});

describe('roles are read only by policies', () => {
  const src = path.resolve(__dirname, '../../../src');
  const files = readdirSync(src, { recursive: true }).map(String).filter((file) => file.endsWith('.ts'));
  // The actor's parsing and the two role primitives, the identity resolved per request (which
  // providers' rows the tenant filter shows) and the viewer's own list of roles are not checks.
  const EXEMPT = new Set(['identity/actor.ts', 'identity/request-identity.ts', 'identity/viewer.resolver.ts'].map((file) => path.normalize(file)));
  const ROLE_READS = [/\bhasRole\(/, /\bisEditorialStaff\(/, /\.roles\b/, /grant\.role\b/, /\bstaffProviderIds\.(includes|some|indexOf|find)\(/];

  it('finds no role check outside *.policy.ts', () => {
    const offenders = files.filter((file) => !file.endsWith('.policy.ts') && !EXEMPT.has(path.normalize(file)))
      .flatMap((file) => readFileSync(path.join(src, file), 'utf8').split('\n').map((line, index) => [file, index + 1, line] as const))
      .filter(([, , line]) => ROLE_READS.some((pattern) => pattern.test(line)))
      .map(([file, line]) => `${file}:${line}`);
    assert.deepEqual(offenders, []);
  });

  it('keeps every policy pure: no database, no GraphQL, no request context', () => {
    for (const file of files.filter((f) => f.endsWith('.policy.ts'))) {
      const text = readFileSync(path.join(src, file), 'utf8');
      assert.doesNotMatch(text, /@mikro-orm|type-graphql|from 'graphql'|RequestContext|\bawait\b/, file);
    }
  });
});

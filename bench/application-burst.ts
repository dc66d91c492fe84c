/**
 * "Application burst": the ajuntaments' representatives each complete the encàrrec de gestió wizard
 * (the Lleida fitxa NNTT-EG, or its copy published by their own diputació: a fitxa only takes
 * entities of its provider's territory) and submit it signed, `concurrency` at a time.
 *
 * Before the clock starts, the entities get NIFs through importLocalEntityIdentifiers (generated
 * valid NIFs: the real ones are not in the seeds) and each representative a token and a certificate
 * from the bench's CA. Every answer is checked: no GraphQL or user error, every application
 * SUBMITTED with a receipt, and registry numbers without gaps per provider and year.
 */
import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { toGlobalId } from '../src/graphql/global-id';
import { entityNifControlCharacter } from '../src/identity/nif';
import { issueSignerCertificate, signPayload, SignerCredentials } from '../src/signature/development-pki';
import { BenchMaterial } from './bench-env';

export interface BurstResult {
  applications: number;
  seconds: number;
  applicationsPerSecond: number;
  concurrency: number;
  /** Per operation: p50 and p99 in ms, and how many. */
  operations: { name: string; count: number; p50: number; p99: number }[];
  registryNumbers: Record<string, number>;
  errors: string[];
}

const OPERATIONS = ['startApplication', 'updateApplicantDetails', 'selectServices', 'setAgreementDate', 'acceptConditions', 'signingPayload', 'submitApplication'] as const;
type Operation = (typeof OPERATIONS)[number];

const PAYLOAD = 'application { id status registryNumber } userErrors { code field message }';

interface Applicant {
  entityId: string;
  entityNif: string;
  entityName: string;
  providerSlug: string;
  resource: { id: string; services: string[]; documents: { documentId: string; sha256: string }[] };
  person: { nif: string; name: string };
  token: string;
  signer: SignerCredentials;
}

/** A valid DNI for the n-th representative. */
const dni = (n: number) => {
  const digits = String(10_000_000 + n).padStart(8, '0');
  return `${digits}${'TRWAGMYFPDXBNJZSQVHLCKE'[Number(digits) % 23]}`;
};
/** A valid entity NIF of our own making: P + INE code + "99" + control character. */
const entityNif = (ine: string) => `P${ine}99${entityNifControlCharacter(`P${ine}99`)}`;

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0);

async function graphql(url: string, token: string | null, query: string, variables: Record<string, unknown>): Promise<any> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(60_000),
  });
  const body = await response.json() as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  if (response.status !== 200 || body.errors) throw new Error(`HTTP ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return body.data;
}

/** The encàrrec each provider offers: the seeded NNTT-EG for Lleida, a published copy of it elsewhere. */
async function encarrecs(client: Client): Promise<Map<string, string>> {
  const { rows } = await client.query<{ slug: string; code: string }>(
    `select distinct on (p.slug) p.slug, pr.code from published_resource pr join provider p on p.id = pr.provider_id
      where pr.code = 'NNTT-EG' or pr.code like '%-NNTT-EG' order by p.slug, (pr.code = 'NNTT-EG') desc, pr.code`,
  );
  return new Map(rows.map((row) => [row.slug, row.code]));
}

/**
 * Gives the first `count` ajuntaments whose diputació publishes the encàrrec their NIFs (through the
 * admins' import mutation, one file per diputació) and prepares their representatives.
 */
export async function prepareBurst(url: string, databaseUrl: string, material: BenchMaterial, count: number, log: (message: string) => void): Promise<Applicant[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const offered = await encarrecs(client);
    const { rows: entities } = await client.query<{ id: string; ine_code: string; nif: string | null; name: string; slug: string }>(
      `select e.id, e.ine_code, e.nif, e.name, p.slug from local_entity e join provider p on p.id = e.provider_id
        where e.type = 'AJUNTAMENT' and p.slug = any($1) order by e.ine_code limit $2`,
      [[...offered.keys()], count],
    );
    if (entities.length < count) log(`  only ${entities.length} ajuntaments lie where a diputació publishes the encàrrec`);
    const nifs = new Map(entities.map((e) => [e.id, e.nif ?? entityNif(e.ine_code)]));

    for (const slug of new Set(entities.map((e) => e.slug))) {
      const admin = await material.token({
        sub: `bench-admin-${slug}`, name: 'Bench admin', nif: '00000000T', certificate: { type: 'INDIVIDUAL', assurance: 'HIGH' }, roles: [`admin:${slug}`],
      });
      const csv = `ine_code,nif\n${entities.filter((e) => e.slug === slug).map((e) => `${e.ine_code},${nifs.get(e.id)}`).join('\n')}\n`;
      const data = await graphql(url, admin, `mutation($input: ImportLocalEntityIdentifiersInput!) { importLocalEntityIdentifiers(input: $input) {
        report { matchedCount changed { line } unmatchedLines } userErrors { code message } } }`, { input: { provider: slug, csv } });
      const { report, userErrors } = data.importLocalEntityIdentifiers;
      if (userErrors.length || report.unmatchedLines.length) throw new Error(`Import for ${slug} failed: ${JSON.stringify(data)}`);
      log(`  ${slug}: NIFs imported for ${report.matchedCount} ajuntaments (${report.changed.length} changed)`);
    }

    const resources = new Map<string, Applicant['resource']>();
    for (const [slug, code] of offered) {
      const data = await graphql(url, null, `query($p: String!, $c: String!) { resource(provider: $p, code: $c) {
        id serviceOptions { code } documents { id sha256 mustAccept } } }`, { p: slug, c: code });
      const r = data.resource;
      resources.set(slug, {
        id: r.id, services: r.serviceOptions.map((o: { code: string }) => o.code),
        documents: r.documents.filter((d: { mustAccept: boolean }) => d.mustAccept).map((d: { id: string; sha256: string }) => ({ documentId: d.id, sha256: d.sha256 })),
      });
    }

    const applicants: Applicant[] = [];
    for (const [n, entity] of entities.entries()) {
      const person = { nif: dni(n + 1), name: `Representant ${n + 1}` };
      const represents = { nif: nifs.get(entity.id)!, name: entity.name };
      applicants.push({
        entityId: toGlobalId('LocalEntity', entity.id),
        entityNif: represents.nif, entityName: entity.name, providerSlug: entity.slug, resource: resources.get(entity.slug)!, person,
        token: await material.token({ sub: `bench-representative-${n + 1}`, ...person, certificate: { type: 'REPRESENTATIVE', assurance: 'HIGH' }, represents }),
        signer: await issueSignerCertificate(material.ca, { ...person, represents, notBefore: new Date(Date.now() - 86_400_000), notAfter: new Date(Date.now() + 7 * 86_400_000) }),
      });
    }
    return applicants;
  } finally {
    await client.end();
  }
}

/** One representative's way through the wizard; every step timed on its own. */
async function apply(url: string, applicant: Applicant, n: number, agreementDate: string, timings: Map<Operation, number[]>): Promise<string> {
  const timed = async <T>(operation: Operation, run: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await run();
    timings.get(operation)!.push(performance.now() - started);
    return result;
  };
  const step = async (operation: Operation, input: Record<string, unknown>) => {
    const inputType = `${operation[0].toUpperCase()}${operation.slice(1)}Input`;
    const data = await timed(operation, () => graphql(url, applicant.token, `mutation($input: ${inputType}!) { ${operation}(input: $input) { ${PAYLOAD} } }`, { input }));
    const payload = data[operation];
    if (payload.userErrors.length) throw new Error(`${operation}: ${JSON.stringify(payload.userErrors)}`);
    return payload.application;
  };
  const { id } = await step('startApplication', { resourceId: applicant.resource.id, localEntityId: applicant.entityId });
  const applicationId = id as string;
  await step('updateApplicantDetails', {
    applicationId, name: applicant.person.name, nif: applicant.person.nif, position: 'Alcalde o alcaldessa',
    email: `alcaldia${n}@ajuntament.example.cat`, phone: '973 000 000',
  });
  await step('selectServices', { applicationId, serviceCodes: applicant.resource.services });
  await step('setAgreementDate', { applicationId, date: agreementDate });
  await step('acceptConditions', { applicationId, documents: applicant.resource.documents });
  const draft = await timed('signingPayload', () => graphql(url, applicant.token, 'query($id: ID!) { application(id: $id) { signingPayload { canonicalJson sha256 } } }', { id: applicationId }));
  const { canonicalJson, sha256 } = draft.application.signingPayload;
  if (createHash('sha256').update(canonicalJson).digest('hex') !== sha256) throw new Error('signingPayload: the SHA-256 is not that of the canonical JSON');
  const signature = await signPayload({ payload: canonicalJson, certificateChain: applicant.signer.chain, privateKey: applicant.signer.privateKey });
  const submitted = await timed('submitApplication', () => graphql(url, applicant.token,
    `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { application { status } receipt { registryNumber } userErrors { code message } } }`,
    { input: { applicationId, signature, idempotencyKey: `bench-burst-${n}` } }));
  const result = submitted.submitApplication;
  if (result.userErrors.length) throw new Error(`submitApplication: ${JSON.stringify(result.userErrors)}`);
  if (result.application.status !== 'SUBMITTED' || !result.receipt?.registryNumber) throw new Error(`submitApplication: ${JSON.stringify(result)}`);
  return result.receipt.registryNumber as string;
}

/** "DIPUTACIO-LLEIDA-E-2026-000017" → per prefix, the numbers must be 1…n. */
function gaps(numbers: string[]): { counts: Record<string, number>; problems: string[] } {
  const byPrefix = new Map<string, number[]>();
  for (const number of numbers) {
    const match = /^(.*)-(\d+)$/.exec(number);
    if (!match) return { counts: {}, problems: [`registry number ${number} has no sequence`] };
    byPrefix.set(match[1], [...(byPrefix.get(match[1]) ?? []), Number(match[2])]);
  }
  const problems: string[] = [];
  for (const [prefix, list] of byPrefix) {
    list.sort((a, b) => a - b);
    if (list.some((value, i) => value !== i + 1)) problems.push(`${prefix}: numbers are not 1…${list.length} without gaps`);
  }
  return { counts: Object.fromEntries([...byPrefix].map(([prefix, list]) => [prefix, list.length])), problems };
}

export async function runBurst(url: string, databaseUrl: string, applicants: Applicant[], concurrency: number): Promise<BurstResult> {
  const timings = new Map<Operation, number[]>(OPERATIONS.map((operation) => [operation, []]));
  const errors: string[] = [];
  const numbers: string[] = [];
  // The entity's agreement (a plenary decision) was taken before it applies.
  const agreementDate = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, applicants.length) }, async () => {
    while (next < applicants.length) {
      const n = next++;
      try {
        numbers.push(await apply(url, applicants[n], n + 1, agreementDate, timings));
      } catch (error) {
        errors.push(`${applicants[n].entityName}: ${(error as Error).message}`);
      }
    }
  }));
  const seconds = (performance.now() - started) / 1000;

  const registry = gaps(numbers);
  errors.push(...registry.problems);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: [row] } = await client.query<{ submitted: number; entries: number }>(
      `select (select count(*)::int from application where status = 'SUBMITTED') as submitted, (select count(*)::int from registry_entry) as entries`,
    );
    if (row.submitted !== applicants.length || row.entries !== applicants.length) {
      errors.push(`${row.submitted} applications submitted and ${row.entries} registry entries in the database, expected ${applicants.length}`);
    }
  } finally {
    await client.end();
  }
  return {
    applications: numbers.length, seconds, applicationsPerSecond: numbers.length / seconds, concurrency,
    operations: OPERATIONS.map((name) => {
      const sorted = [...timings.get(name)!].sort((a, b) => a - b);
      return { name, count: sorted.length, p50: Math.round(percentile(sorted, 50)), p99: Math.round(percentile(sorted, 99)) };
    }),
    registryNumbers: registry.counts,
    errors,
  };
}

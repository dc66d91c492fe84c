import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

/**
 * SQL written by hand (connection.execute, knex builders, raw fragments, MikroORM's query builder's
 * execute) does not pass through the request's tenant filter (src/database/tenant-filter.ts). Each
 * place is listed here with how it stays within what the caller may see, so a new one fails this
 * test until someone writes down why it is safe. The other way across tenants is
 * `withoutTenantFilter(reason)`, which says its reason where it is used.
 */
const RAW_SQL: Record<string, string[]> = {
  'src/applications/application-access.ts': [
    'a row lock on the application named; it is then read through findReadableApplication, which checks who may see it',
    'public data: the published snapshot of a fitxa',
  ],
  'src/applications/application-drafting.service.ts': ['a transaction lock keyed by the caller\'s own subject, no read'],
  'src/applications/application-list.service.ts': [
    'scoped explicitly: the caller\'s acting entities or, for reviewers, their providers (REVIEWERS_SEE_SQL)',
    'the knex of that scoped query', 'the count of that scoped query', 'the page of that scoped query',
    'the deadline-state refinement of that same scoped query (base())',
  ],
  'src/applications/application-submission.service.ts': ['a write of the application already loaded through the filter'],
  'src/applications/revocation-lapse.service.ts': [
    'scheduled work across tenants (lapsed revocations, on the scheduler\'s pool, under inExclusiveTransaction): every provider\'s revocations past their lapse date',
  ],
  'src/applications/correction-suspension.service.ts': [
    'scheduled work across tenants (ended suspensions, on the scheduler\'s pool, under inExclusiveTransaction): every provider\'s unanswered requests for corrections whose term may be over',
  ],
  'src/quality/decision-delay-detection.service.ts': [
    'scheduled work across tenants (the delay job, on the scheduler\'s pool, under inExclusiveTransaction): every provider\'s undecided applications that may be past their fitxa\'s hard limit',
  ],
  'src/applications/requirement-fulfilment.service.ts': ['returns the requirement\'s provider, and the caller then requires staff of that provider'],
  'src/calendar/holiday.service.ts': ['public data: the official holiday calendars'],
  'src/catalogue/editable-resource.ts': ['a row lock; the row is then read through the filter, which hides other providers\' fitxes'],
  'src/catalogue/folder.service.ts': [
    'an insert into the caller\'s own folder (owner = the caller\'s subject)', 'the same insert', 'the caller\'s own folder (owner = subject), over published fitxes',
  ],
  'src/catalogue/publication-schedule.service.ts': ['scheduled work across tenants: claims due rows on the scheduler\'s pool, acting as the person who scheduled each'],
  'src/catalogue/resource-catalogue.service.ts': [
    'public data (published_resource), plus drafts only of search.staffProviderIds, the caller\'s own providers',
    'the knex of that scoped query', 'the count of that scoped query', 'public data: a published snapshot by provider and code',
    'public data: published snapshots by id',
  ],
  'src/catalogue/resource-facets.service.ts': ['the knex of the catalogue\'s scoped query (resourceSource)', 'the facet counts of that scoped query'],
  'src/catalogue/resource-publication.ts': ['writes the public projection of a fitxa loaded through the filter', 'deletes that projection'],
  'src/database/database.ts': ['listens to statement results for the availability log, no SQL', 'start-up: whether the server has a Catalan stemmer', 'puts the client share in front of the request pool, no SQL'],
  'src/database/exclusive-job.ts': ['a transaction-level advisory lock for one scheduled job, no read'],
  'src/database/query-counter.ts': ['counts statements, no SQL'],
  'src/database/scheduler-pool.ts': ['listens to statement results for the availability log, no SQL'],
  'src/files/files.routes.ts': ['scoped explicitly: attachments of the caller\'s acting entities or of their reviewed providers'],
  'src/graphql/loaders.ts': ['scoped explicitly: the caller\'s own folder (owner = subject)'],
  'src/http/app.ts': ['the readiness probe: select 1'],
  'src/outbox/resource-changes.service.ts': ['public data: publication changes of public fitxes (to or from PUBLISHED)', 'the page of those changes'],
  'src/registry/registry.service.ts': ['a write: the next number of the provider, book and year of the entry being registered'],
  'src/notifications/notification.service.ts': [
    'scheduled work across tenants (deemed rejections, on the scheduler\'s pool, under inExclusiveTransaction): every provider\'s notifications unopened for 10 days',
  ],
  'src/outbox/webhook-delivery.task.ts': [
    'the webhook worker (no request): one subscription\'s stream, by subscription id', 'its head delivery, by subscription id',
    'cancels that stream\'s deliveries', 'marks that delivery delivered', 'marks that delivery failed or retrying',
  ],
  'src/outbox/webhook.service.ts': [
    'a row lock on the provider the admin was authorized for', 'a row lock on a subscription loaded through the filter',
    'cancels the pending deliveries of that subscription', 'schedules the stream of that subscription',
  ],
  'src/tenancy/local-entity-import.service.ts': ['a transaction lock, no read'],
  'src/quality/quality-facts.service.ts': [
    'public data: published snapshots of fitxes (and their provider\'s seat) for a quality report',
    'quality report figures, public (diputacions publish them): the decisions of those published fitxes in the period; the cases are shown only to the provider\'s staff (quality.policy.ts)',
    'the same: the applications of those fitxes still undecided at the end of the period',
    'the same: the ratings of the survey responses to those fitxes in the period (figures public; the cases only for the provider\'s staff)',
    'the same: the delay tasks of those fitxes breached in the period (figures public; the cases only for the provider\'s staff)',
  ],
};

const RAW_SQL_CALL = /\.execute(<|\()|getKnex\(\)|createQueryBuilder\(/;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name));
}

describe('raw SQL outside the tenant filter', () => {
  it('is only where this list says why it is safe', () => {
    const root = path.resolve(__dirname, '../../..');
    const found: Record<string, number> = {};
    for (const file of sourceFiles(path.join(root, 'src'))) {
      const lines = readFileSync(file, 'utf8').split('\n').filter((line) => RAW_SQL_CALL.test(line) && !line.trim().startsWith('*') && !line.trim().startsWith('//'));
      if (lines.length) found[path.relative(root, file).split(path.sep).join('/')] = lines.length;
    }
    const listed = Object.fromEntries(Object.entries(RAW_SQL).map(([file, reasons]) => [file, reasons.length]));
    // A mismatch: add the new place with how it is scoped (or use withoutTenantFilter), or remove a line that went away.
    assert.deepEqual(found, listed);
  });
});

import { EntityManager } from '@mikro-orm/postgresql';
import { LOCALES, Locale } from '../i18n/locale';
import { markDocumentVersionsPublished } from '../documents/resource-documents';
import { ResourceStatus } from './resource-enums';
import { ResourceSnapshot } from './resource-snapshot';
import { compileResourceSnapshot, SNAPSHOT_POPULATE } from './resource-snapshot.compiler';
import { ResourceEntity } from './resource.entity';

export interface PublicationOptions {
  textSearchConfig: 'catalan' | 'simple';
  now: Date;
}

/**
 * Publishes the fitxa's current draft: compiles its snapshot and replaces the row the public
 * catalogue reads, in the caller's transaction. The search vector is computed by PostgreSQL so
 * that stemming and accent folding match the queries exactly.
 */
export async function publishResource(em: EntityManager, resource: ResourceEntity, options: PublicationOptions): Promise<ResourceSnapshot> {
  await em.populate(resource, SNAPSHOT_POPULATE, { refresh: false });
  resource.status = ResourceStatus.PUBLISHED;
  resource.publishedAt = options.now;
  resource.firstPublishedAt ??= options.now;
  await em.flush();

  const snapshot = compileResourceSnapshot(resource);
  await markDocumentVersionsPublished(em, snapshot.documents.map((d) => d.id), options.now);
  const titles: Partial<Record<Locale, string>> = {};
  for (const locale of LOCALES) {
    const title = snapshot.translations[locale]?.title;
    if (title) titles[locale] = title;
  }
  const windows = `{${snapshot.applicationWindows.map((w) => `[${w.opensOn},${w.closesOn}]`).join(',')}}`;
  const deadline = snapshot.applicationWindows.map((w) => w.closesOn).sort().at(-1) ?? null;

  await em.getConnection().execute(
    `insert into published_resource
       (resource_id, provider_id, code, version, kind, audience, sdgs, area_code, programme_code, catalogue_code,
        application_windows, application_deadline, titles, search_vector, snapshot, published_at, first_published_at)
     values (?, ?, ?, ?, ?, ?::local_entity_type[], ?::int[], ?, ?, ?, ?::datemultirange, ?, ?::jsonb,
             ${searchVectorSql(options.textSearchConfig)}, ?::jsonb, ?, ?)
     on conflict (resource_id) do update set
       provider_id = excluded.provider_id, code = excluded.code, version = excluded.version, kind = excluded.kind,
       audience = excluded.audience, sdgs = excluded.sdgs, area_code = excluded.area_code,
       programme_code = excluded.programme_code, catalogue_code = excluded.catalogue_code,
       application_windows = excluded.application_windows, application_deadline = excluded.application_deadline,
       titles = excluded.titles, search_vector = excluded.search_vector, snapshot = excluded.snapshot,
       published_at = excluded.published_at, first_published_at = excluded.first_published_at`,
    [
      resource.id, resource.provider.id, resource.code, resource.version, resource.kind,
      `{${snapshot.audience.join(',')}}`, `{${snapshot.sdgs.join(',')}}`,
      snapshot.area?.code ?? null, snapshot.programme?.code ?? null, snapshot.catalogue?.code ?? null,
      windows, deadline, JSON.stringify(titles),
      ...searchVectorParameters(snapshot),
      JSON.stringify(snapshot), options.now, resource.firstPublishedAt,
    ],
    'run',
    // Inside the caller's transaction, when there is one.
    em.getTransactionContext(),
  );
  return snapshot;
}

/** Removes the fitxa from the public catalogue; the draft stays. */
export async function withdrawPublication(em: EntityManager, resource: ResourceEntity, status: ResourceStatus): Promise<void> {
  resource.status = status;
  await em.flush();
  await em.getConnection().execute('delete from published_resource where resource_id = ?', [resource.id], 'run', em.getTransactionContext());
}

/**
 * Titles weigh most, then summaries, then the rest, in every language, so a Spanish query finds
 * a fitxa through its Spanish translation. Accents are folded on both sides with unaccent.
 */
function searchVectorSql(config: 'catalan' | 'simple'): string {
  const weighted = (weight: string) => `setweight(to_tsvector('${config}', unaccent(?)), '${weight}')`;
  return `${weighted('A')} || ${weighted('B')} || ${weighted('C')} || ${weighted('D')}`;
}

function searchVectorParameters(snapshot: ResourceSnapshot): string[] {
  const translations = Object.values(snapshot.translations);
  const join = (values: (string | null | undefined)[]) => values.filter(Boolean).join(' \n ');
  return [
    join([...translations.map((t) => t.title), snapshot.code]),
    join(translations.map((t) => t.summary)),
    join([
      ...translations.map((t) => t.description),
      snapshot.area?.name, snapshot.programme?.name, snapshot.providerUnit?.name, snapshot.providerUnit?.acronym,
      ...snapshot.serviceOptions.flatMap((s) => Object.values(s.name)),
    ]),
    join([
      ...translations.flatMap((t) => [t.applicationConditions, t.executionConditions]),
      ...snapshot.requirements.flatMap((r) => Object.values(r.text)),
    ]),
  ];
}

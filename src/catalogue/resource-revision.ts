import { isDeepStrictEqual } from 'node:util';
import { EntityManager } from '@mikro-orm/postgresql';
import { toGlobalId } from '../graphql/global-id';
import { Actor } from '../identity/actor';
import { LOCALES, LocalizedText } from '../i18n/locale';
import { LocalizedTextData, ResourceContentData } from './resource-content.validation';
import { ResourceRevisionAction, ResourceRevisionEntity } from './resource-revision.entity';
import { ResourceSnapshot, surveyOf } from './resource-snapshot';
import { compileResourceSnapshot } from './resource-snapshot.compiler';
import { ResourceEntity } from './resource.entity';

export interface FieldChange {
  /** e.g. ["translations", "ES", "title"], ["audience"], ["requirements"]. */
  field: string[];
  before: unknown;
  after: unknown;
}

const localized = (text: LocalizedText | null): LocalizedTextData[] | null =>
  text ? LOCALES.flatMap((locale) => (text[locale] != null ? [{ locale, text: text[locale]! }] : [])) : null;

/** What an editor can edit, read back from a compiled fitxa (ids and publication data left out). */
export function editableContent(s: ResourceSnapshot): ResourceContentData {
  return {
    kind: s.kind,
    modality: localized(s.modality),
    provisionType: s.provisionType,
    audience: s.audience,
    sdgs: s.sdgs,
    catalogueCode: s.catalogue?.code ?? null,
    areaCode: s.area?.code ?? null,
    programmeCode: s.programme?.code ?? null,
    unitCode: s.providerUnit?.code ?? null,
    channel: s.channel && { kind: s.channel.kind, name: localized(s.channel.name), url: s.channel.url },
    grantProcedure: s.grantProcedure,
    resolutionTerm: s.resolutionTerm,
    silenceEffect: s.silenceEffect,
    maxApplicationsPerEntity: s.maxApplicationsPerEntity,
    translations: LOCALES.flatMap((locale) => (s.translations[locale] ? [{ locale, ...s.translations[locale]! }] : [])),
    requirements: s.requirements.map((r) => ({ code: r.code, text: localized(r.text)!, verification: r.verification, documentCode: r.documentCode })),
    documents: s.documents.map(({ id: _id, position: _position, versionNumber: _number, fileId, title, ...rest }) => ({
      ...rest, title: localized(title)!, fileId: fileId ? toGlobalId('StoredFile', fileId) : null,
    })),
    serviceOptions: s.serviceOptions.map((o) => ({ code: o.code, name: localized(o.name)!, recommended: o.recommended })),
    applicationWindows: s.applicationWindows.map((w) => ({ label: w.label, opensOn: w.opensOn, closesOn: w.closesOn })),
    qualityCommitments: s.qualityCommitments.map(({ id: _id, position: _position, text, breachAction, ...rest }) => ({
      ...rest, text: localized(text)!, breachAction: localized(breachAction),
    })),
    survey: surveyOf(s).map((q) => ({ code: q.code, text: localized(q.text)!, kind: q.kind, fitToNeeds: q.fitToNeeds, required: q.required })),
    legalReferences: s.legalReferences.map((l) => ({ title: localized(l.title)!, url: l.url, eli: l.eli })),
    procedureSteps: s.procedureSteps.map((p) => ({ kind: p.kind, title: localized(p.title)! })),
    interlocutorRoles: s.interlocutorRoles.map((r) => ({ code: r.code, name: localized(r.name)!, required: r.required })),
  };
}

/** JSON equality: key order is not significant (jsonb reorders keys), absent and null are the same. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value ?? null)) as unknown;
const same = (a: unknown, b: unknown) => isDeepStrictEqual(asJson(a), asJson(b));

/**
 * Field-level differences between two versions of the content. Translations are compared field by
 * field per locale; every other field, lists included, as a whole.
 */
export function diffContent(before: ResourceContentData | null, after: ResourceContentData): FieldChange[] {
  const changes: FieldChange[] = [];
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]) as Set<keyof ResourceContentData>;
  for (const key of [...keys].sort()) {
    if (key === 'translations') continue;
    if (!same(before?.[key], after[key])) changes.push({ field: [key], before: before?.[key] ?? null, after: after[key] ?? null });
  }
  for (const locale of LOCALES) {
    const from = before?.translations.find((t) => t.locale === locale);
    const to = after.translations.find((t) => t.locale === locale);
    const fields = new Set([...Object.keys(from ?? {}), ...Object.keys(to ?? {})].filter((f) => f !== 'locale'));
    for (const field of [...fields].sort()) {
      const a = (from as Record<string, unknown> | undefined)?.[field] ?? null;
      const b = (to as Record<string, unknown> | undefined)?.[field] ?? null;
      if (!same(a, b)) changes.push({ field: ['translations', locale, field], before: a, after: b });
    }
  }
  return changes;
}

/** Keeps the content a save left (flushed, collections loaded), with its differences from the previous revision. */
export async function recordRevision(em: EntityManager, actor: Actor, resource: ResourceEntity, action: `${ResourceRevisionAction}`): Promise<void> {
  const previous = await em.findOne(ResourceRevisionEntity, { resource }, { orderBy: { version: 'desc', createdAt: 'desc' } });
  const content = editableContent(compileResourceSnapshot(resource));
  em.create(ResourceRevisionEntity, {
    resource, version: resource.version, action: action as ResourceRevisionAction, actorSubject: actor.subject, actorNif: actor.nif, actorName: actor.name,
    content, changes: diffContent(previous?.content ?? null, content),
  });
}

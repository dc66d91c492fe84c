import { LOCALES } from '../i18n/locale';
import { ResourceSnapshot } from './resource-snapshot';
import { ResourceEntity } from './resource.entity';

/** The collections and references a snapshot reads; load them before compiling. */
export const SNAPSHOT_POPULATE = [
  'provider', 'catalogue', 'area', 'programme', 'providerUnit', 'translations', 'requirements', 'documents.documentVersion',
  'serviceOptions', 'applicationWindows', 'qualityCommitments', 'survey', 'legalReferences', 'procedureSteps', 'interlocutorRoles',
] as const;

const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);
const byPosition = <T extends { position: number }>(items: T[]) => [...items].sort((a, b) => a.position - b.position);

/** Compiles a fitxa's relational rows (with SNAPSHOT_POPULATE loaded) into its snapshot. */
export function compileResourceSnapshot(resource: ResourceEntity): ResourceSnapshot {
  const translations: ResourceSnapshot['translations'] = {};
  for (const locale of LOCALES) {
    const row = resource.translations.getItems().find((t) => t.locale === locale);
    if (!row) continue;
    translations[locale] = {
      title: row.title,
      summary: row.summary ?? null,
      description: row.description ?? null,
      applicationConditions: row.applicationConditions ?? null,
      executionConditions: row.executionConditions ?? null,
      revocationConditions: row.revocationConditions ?? null,
      afterApplication: row.afterApplication ?? null,
      resolutionTermNote: row.resolutionTermNote ?? null,
    };
  }
  const { provider, catalogue, area, programme, providerUnit: unit } = resource;
  return {
    id: resource.id,
    code: resource.code,
    version: resource.version,
    status: resource.status,
    kind: resource.kind,
    modality: resource.modality ?? null,
    provisionType: resource.provisionType ?? null,
    audience: [...resource.audience],
    sdgs: [...resource.sdgs].sort((a, b) => a - b),
    provider: {
      id: provider.id, slug: provider.slug, name: provider.name, nif: provider.nif, website: provider.website, provinceCode: provider.provinceCode,
    },
    catalogue: catalogue
      ? { id: catalogue.id, code: catalogue.code, name: catalogue.name, nameTranslations: catalogue.nameTranslations ?? null, startDate: catalogue.startDate ?? null, endDate: catalogue.endDate ?? null }
      : null,
    area: area ? { id: area.id, code: area.code, name: area.name, nameTranslations: area.nameTranslations ?? null } : null,
    programme: programme ? { id: programme.id, code: programme.code, name: programme.name, nameTranslations: programme.nameTranslations ?? null } : null,
    providerUnit: unit
      ? {
        id: unit.id, code: unit.code, name: unit.name, nameTranslations: unit.nameTranslations ?? null, acronym: unit.acronym ?? null, phone: unit.phone ?? null,
        email: unit.email ?? null, contactFormUrl: unit.contactFormUrl ?? null, website: unit.website ?? null,
      }
      : null,
    channel: resource.channelKind
      ? { kind: resource.channelKind, name: resource.channelName ?? null, url: resource.channelUrl ?? null }
      : null,
    grantProcedure: resource.grantProcedure ?? null,
    resolutionTerm: resource.resolutionTermAmount != null && resource.resolutionTermUnit
      ? { amount: resource.resolutionTermAmount, unit: resource.resolutionTermUnit }
      : null,
    silenceEffect: resource.silenceEffect ?? null,
    maxApplicationsPerEntity: resource.maxApplicationsPerEntity ?? null,
    translations,
    requirements: byPosition(resource.requirements.getItems()).map((r) => ({
      id: r.id, position: r.position, code: r.code, text: r.text, verification: r.verification, documentCode: r.documentCode ?? null,
    })),
    documents: byPosition(resource.documents.getItems()).map((d) => ({
      id: d.documentVersion.id, position: d.position, code: d.code, kind: d.kind, title: d.title, version: d.version,
      versionNumber: d.documentVersion.number, fileId: d.documentVersion.file?.id ?? null, sha256: d.sha256,
      url: d.url, mediaType: d.mediaType, mustAccept: d.mustAccept, mustAttach: d.mustAttach,
      signedCopyOnAcceptance: d.signedCopyOnAcceptance,
    })),
    serviceOptions: byPosition(resource.serviceOptions.getItems()).map((s) => ({
      id: s.id, position: s.position, code: s.code, name: s.name, recommended: s.recommended,
    })),
    applicationWindows: [...resource.applicationWindows.getItems()]
      .sort((a, b) => a.opensOn.localeCompare(b.opensOn))
      .map((w) => ({ id: w.id, label: w.label ?? null, opensOn: w.opensOn, closesOn: w.closesOn })),
    qualityCommitments: byPosition(resource.qualityCommitments.getItems()).map((q) => ({
      id: q.id, position: q.position, indicator: q.indicator, text: q.text, threshold: q.threshold,
      thresholdUnit: q.thresholdUnit ?? null, targetPercent: q.targetPercent, hardLimitAmount: q.hardLimitAmount ?? null,
      hardLimitUnit: q.hardLimitUnit ?? null, breachAction: q.breachAction ?? null,
    })),
    survey: byPosition(resource.survey.getItems()).map((q) => ({
      id: q.id, position: q.position, code: q.code, text: q.text, kind: q.kind, fitToNeeds: q.fitToNeeds, required: q.required,
    })),
    legalReferences: byPosition(resource.legalReferences.getItems()).map((l) => ({
      id: l.id, position: l.position, title: l.title, url: l.url ?? null, eli: l.eli ?? null,
    })),
    procedureSteps: byPosition(resource.procedureSteps.getItems()).map((s) => ({
      id: s.id, position: s.position, kind: s.kind, title: s.title,
    })),
    interlocutorRoles: byPosition(resource.interlocutorRoles.getItems()).map((r) => ({
      id: r.id, position: r.position, code: r.code, name: r.name, required: r.required,
    })),
    firstPublishedAt: iso(resource.firstPublishedAt),
    publishedAt: iso(resource.publishedAt),
    updatedAt: resource.updatedAt.toISOString(),
  };
}

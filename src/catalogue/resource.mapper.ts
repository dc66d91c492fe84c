import { fitxaJsonLdUrl, fitxaPdfUrl } from '../exports/export-urls';
import { toGlobalId } from '../graphql/global-id';
import { stampServedLocale } from '../graphql/served-locale';
import { LOCALES, Locale, LocalizedText, pickLocalized, servedLocale } from '../i18n/locale';
import { toAreaNode, toCatalogueNode, toProgrammeNode, toProviderUnitNode } from '../tenancy/tenancy.mappers';
import { ResourceSnapshot, SurveyQuestionSnapshot, surveyOf } from './resource-snapshot';
import { ResourceNode, SurveyQuestionView } from './resource.type';

/**
 * Serves a snapshot in one locale. A text missing in the requested locale falls back to Catalan;
 * `locale` says which language the fitxa's own text was served in.
 */
export function toResourceNode(snapshot: ResourceSnapshot, requested: Locale, publicBaseUrl: string): ResourceNode {
  const node = mapSnapshot(snapshot, requested, publicBaseUrl);
  // Labels and taxonomy names inside the fitxa follow the language its text was served in.
  stampServedLocale([
    node, node.catalogue, node.area, node.programme, node.providerUnit, node.channel, node.resolutionTerm, ...node.requirements,
    ...node.documents, ...node.procedureSteps, ...node.qualityCommitments, ...node.qualityCommitments.map((q) => q.hardLimit),
    ...node.survey,
  ], node.locale);
  return node;
}

/** A survey question in one locale (Catalan when the locale has no text); stamp the locale on it for `kindLabel`. */
export function toSurveyQuestionView(question: SurveyQuestionSnapshot, locale: Locale): SurveyQuestionView {
  return {
    id: toGlobalId('SurveyQuestion', question.id), code: question.code, text: pickLocalized(question.text, locale) ?? Object.values(question.text)[0] ?? '',
    kind: question.kind, fitToNeeds: question.fitToNeeds, required: question.required,
  };
}

function mapSnapshot(snapshot: ResourceSnapshot, requested: Locale, publicBaseUrl: string): ResourceNode {
  const availableLocales = LOCALES.filter((locale) => snapshot.translations[locale]);
  const locale = servedLocale(availableLocales, requested);
  const text = snapshot.translations[locale] ?? Object.values(snapshot.translations)[0]!;
  const pick = (value: LocalizedText | null) => pickLocalized(value, locale);
  const pickRequired = (value: LocalizedText) => pickLocalized(value, locale) ?? Object.values(value)[0] ?? '';
  return {
    __typename: 'Resource',
    id: toGlobalId('Resource', snapshot.id),
    code: snapshot.code,
    locale,
    availableLocales,
    title: text.title,
    summary: text.summary,
    description: text.description,
    kind: snapshot.kind,
    modality: pick(snapshot.modality),
    provisionType: snapshot.provisionType,
    audience: snapshot.audience,
    sdgs: snapshot.sdgs,
    status: snapshot.status,
    version: snapshot.version,
    catalogue: snapshot.catalogue && toCatalogueNode(snapshot.catalogue),
    area: snapshot.area && toAreaNode(snapshot.area),
    programme: snapshot.programme && toProgrammeNode(snapshot.programme),
    providerUnit: snapshot.providerUnit && toProviderUnitNode(snapshot.providerUnit),
    channel: snapshot.channel && { kind: snapshot.channel.kind, name: pick(snapshot.channel.name), url: snapshot.channel.url },
    grantProcedure: snapshot.grantProcedure,
    resolutionTerm: snapshot.resolutionTerm && { ...snapshot.resolutionTerm, note: text.resolutionTermNote },
    silenceEffect: snapshot.silenceEffect,
    maxApplicationsPerEntity: snapshot.maxApplicationsPerEntity,
    applicationConditions: text.applicationConditions,
    executionConditions: text.executionConditions,
    revocationConditions: text.revocationConditions,
    afterApplication: text.afterApplication,
    requirements: snapshot.requirements.map((r) => ({
      id: toGlobalId('Requirement', r.id), code: r.code, text: pickRequired(r.text), verification: r.verification, documentCode: r.documentCode,
    })),
    documents: snapshot.documents.map((d) => ({
      ...d, id: toGlobalId('ResourceDocument', d.id), title: pickRequired(d.title), providerId: snapshot.provider.id,
    })),
    serviceOptions: snapshot.serviceOptions.map((s) => ({ ...s, id: toGlobalId('ServiceOption', s.id), name: pickRequired(s.name) })),
    applicationWindows: snapshot.applicationWindows.map((w) => ({ ...w, id: toGlobalId('ApplicationWindow', w.id) })),
    applicationDeadline: snapshot.applicationWindows.map((w) => w.closesOn).sort().at(-1) ?? null,
    qualityCommitments: snapshot.qualityCommitments.map((q) => ({
      id: toGlobalId('QualityCommitment', q.id),
      indicator: q.indicator,
      text: pickRequired(q.text),
      threshold: q.threshold,
      thresholdUnit: q.thresholdUnit,
      targetPercent: q.targetPercent,
      hardLimit: q.hardLimitAmount != null && q.hardLimitUnit ? { amount: q.hardLimitAmount, unit: q.hardLimitUnit, note: null } : null,
      breachAction: pick(q.breachAction),
    })),
    survey: surveyOf(snapshot).map((q) => toSurveyQuestionView(q, locale)),
    legalReferences: snapshot.legalReferences.map((l) => ({ ...l, id: toGlobalId('LegalReference', l.id), title: pickRequired(l.title) })),
    procedureSteps: snapshot.procedureSteps.map((s, index) => ({
      id: toGlobalId('ProcedureStep', s.id), position: index + 1, kind: s.kind, title: pickRequired(s.title),
    })),
    interlocutorRoles: snapshot.interlocutorRoles.map((r) => ({ ...r, id: toGlobalId('InterlocutorRole', r.id), name: pickRequired(r.name) })),
    publishedAt: snapshot.publishedAt ? new Date(snapshot.publishedAt) : null,
    firstPublishedAt: snapshot.firstPublishedAt ? new Date(snapshot.firstPublishedAt) : null,
    downloadUrl: fitxaPdfUrl(publicBaseUrl, snapshot.provider.slug, snapshot.code, locale),
    jsonLdUrl: fitxaJsonLdUrl(publicBaseUrl, snapshot.provider.slug, snapshot.code),
    snapshot,
  };
}

import { TermUnit } from '../catalogue/resource-enums';
import { ResourceSnapshot, surveyOf } from '../catalogue/resource-snapshot';
import { catalanDate } from '../clock';
import {
  CHANNEL_KIND_LABELS, GRANT_PROCEDURE_LABELS, PROVISION_TYPE_LABELS, SILENCE_EFFECT_LABELS, SURVEY_QUESTION_KIND_LABELS, TERM_UNIT_LABELS,
} from '../catalogue/resource-labels';
import { labelOf, LOCAL_ENTITY_TYPE_LABELS, RESOURCE_KIND_LABELS, sdgName } from '../i18n/labels';
import { LOCALES, Locale, LocalizedText, pickLocalized, servedLocale } from '../i18n/locale';
import { taxonomyLabel } from '../tenancy/taxonomy-label';
import { FitxaHeading, heading } from './fitxa-pdf-headings';

/** A piece of a section: a labelled text (paragraphs split on blank lines) or a list. */
export type FitxaBlock =
  | { kind: 'text'; label: string | null; text: string }
  | { kind: 'list'; label: string | null; items: string[]; numbered: boolean };

export interface FitxaSection {
  heading: string;
  blocks: FitxaBlock[];
}

/**
 * What the printed fitxa says, every word already in its language: the renderer only lays it
 * out. Kept apart from the PDF library so what a person reads is tested without parsing a PDF.
 */
export interface FitxaDocument {
  /** The locale the headings and labels are in (the requested one). */
  locale: Locale;
  /** The locale the fitxa's own text is in (the requested one when translated, else Catalan). */
  textLocale: Locale;
  code: string;
  title: string;
  /** Small lines above the title: "Fitxa del recurs", the area and the programme. */
  kicker: string[];
  summary: string | null;
  description: string | null;
  sections: FitxaSection[];
  /** For the PDF's metadata and footer. */
  providerName: string;
  publishedOn: string | null;
  /** A fixed instant for the PDF's creation date, so one version always renders the same bytes. */
  createdAt: Date;
}

/** "2022-12-28" → "28/12/2022", as the fitxa page writes dates. */
export function formatDay(day: string): string {
  const [year, month, date] = day.slice(0, 10).split('-');
  return `${date}/${month}/${year}`;
}

/** Builds the printed fitxa from a published snapshot, in the requested locale. */
export function buildFitxaDocument(snapshot: ResourceSnapshot, locale: Locale): FitxaDocument {
  const textLocale = servedLocale(LOCALES.filter((l) => snapshot.translations[l]), locale);
  const text = snapshot.translations[textLocale] ?? Object.values(snapshot.translations)[0]!;
  const pick = (value: LocalizedText | null) => pickLocalized(value, textLocale);
  const pickRequired = (value: LocalizedText) => pickLocalized(value, textLocale) ?? Object.values(value)[0] ?? '';
  const h = (key: FitxaHeading) => heading(key, locale);
  const field = (key: FitxaHeading | null, value: string | null | undefined): FitxaBlock[] =>
    value ? [{ kind: 'text', label: key && h(key), text: value }] : [];
  const list = (key: FitxaHeading | null, items: string[], numbered = false): FitxaBlock[] =>
    items.length ? [{ kind: 'list', label: key && h(key), items, numbered }] : [];

  const byPosition = <T extends { position: number }>(items: T[]) => [...items].sort((a, b) => a.position - b.position);
  const term = (amount: number, unit: TermUnit) => `${amount} ${labelOf(TERM_UNIT_LABELS, unit, locale)}`;
  const unit = snapshot.providerUnit;

  const sections: FitxaSection[] = [
    { heading: h('audience'), blocks: list(null, snapshot.audience.map((type) => labelOf(LOCAL_ENTITY_TYPE_LABELS, type, locale))) },
    { heading: h('requirements'), blocks: list(null, byPosition(snapshot.requirements).map((r) => pickRequired(r.text))) },
    {
      heading: h('resolutionTerm'),
      blocks: [
        ...field(null, snapshot.resolutionTerm && [term(snapshot.resolutionTerm.amount, snapshot.resolutionTerm.unit), text.resolutionTermNote]
          .filter(Boolean).join('. ')),
        ...field('silenceEffect', snapshot.silenceEffect && labelOf(SILENCE_EFFECT_LABELS, snapshot.silenceEffect, locale)),
      ],
    },
    {
      heading: h('applicationConditions'),
      blocks: [
        ...field('maxApplicationsPerEntity', snapshot.maxApplicationsPerEntity == null ? null : String(snapshot.maxApplicationsPerEntity)),
        ...field('otherConditions', text.applicationConditions),
        ...field('revocationConditions', text.revocationConditions),
      ],
    },
    { heading: h('executionConditions'), blocks: field(null, text.executionConditions) },
    {
      heading: h('serviceOptions'),
      blocks: list(null, byPosition(snapshot.serviceOptions).map((s) => s.recommended ? `${pickRequired(s.name)} (${h('recommended')})` : pickRequired(s.name))),
    },
    {
      heading: h('procedureSteps'),
      blocks: [
        ...list(null, byPosition(snapshot.procedureSteps).map((s) => pickRequired(s.title)), true),
        ...list('interlocutorRoles', byPosition(snapshot.interlocutorRoles).map((r) => r.required ? `${pickRequired(r.name)} (${h('required')})` : pickRequired(r.name))),
      ],
    },
    { heading: h('afterApplication'), blocks: field(null, text.afterApplication) },
    {
      heading: h('documents'),
      blocks: list(null, byPosition(snapshot.documents).map((d) => {
        const notes = [`${h('version')} ${d.version}`, d.mustAccept ? h('mustAccept') : null, d.mustAttach ? h('mustAttach') : null].filter(Boolean);
        return `${pickRequired(d.title)} (${notes.join(', ')})\n${d.url}`;
      })),
    },
    {
      heading: h('qualityCommitments'),
      blocks: byPosition(snapshot.qualityCommitments).flatMap((q) => [
        ...field(null, pickRequired(q.text)),
        ...field('breachAction', pick(q.breachAction)),
      ]),
    },
    {
      heading: h('survey'),
      blocks: list(null, byPosition(surveyOf(snapshot)).map((q) => {
        const notes = [labelOf(SURVEY_QUESTION_KIND_LABELS, q.kind, locale), q.required ? h('required') : null].filter(Boolean);
        return `${pickRequired(q.text)} (${notes.join(', ')})`;
      }), true),
    },
    { heading: h('legalReferences'), blocks: list(null, byPosition(snapshot.legalReferences).map((l) => l.url ? `${pickRequired(l.title)}\n${l.url}` : pickRequired(l.title))) },
    { heading: h('sdgs'), blocks: list(null, [...snapshot.sdgs].sort((a, b) => a - b).map((goal) => `${goal}. ${sdgName(goal, locale)}`)) },
    { heading: h('catalogue'), blocks: field(null, snapshot.catalogue && taxonomyLabel(snapshot.catalogue, locale)) },
    {
      heading: h('channel'),
      blocks: field(null, snapshot.channel && [pick(snapshot.channel.name) ?? labelOf(CHANNEL_KIND_LABELS, snapshot.channel.kind, locale), snapshot.channel.url]
        .filter(Boolean).join('\n')),
    },
    {
      heading: h('applicationPeriod'),
      blocks: list(null, [...snapshot.applicationWindows].sort((a, b) => a.opensOn.localeCompare(b.opensOn)).map((w) =>
        `${w.label ? `${w.label}: ` : ''}${formatDay(w.opensOn)} ${h('periodTo')} ${formatDay(w.closesOn)}`)),
    },
    {
      heading: h('kind'),
      blocks: [
        ...field(null, labelOf(RESOURCE_KIND_LABELS, snapshot.kind, locale)),
        ...field('modality', pick(snapshot.modality)),
        ...field('provisionType', snapshot.provisionType && labelOf(PROVISION_TYPE_LABELS, snapshot.provisionType, locale)),
      ],
    },
    { heading: h('grantProcedure'), blocks: field(null, snapshot.grantProcedure && labelOf(GRANT_PROCEDURE_LABELS, snapshot.grantProcedure, locale)) },
    {
      heading: h('providerUnit'),
      blocks: unit ? [
        ...field(null, unit.acronym ? `${taxonomyLabel(unit, locale)} (${unit.acronym})` : taxonomyLabel(unit, locale)),
        ...field('phone', unit.phone),
        ...field('email', unit.email),
        ...field('contactForm', unit.contactFormUrl),
        ...field('website', unit.website),
      ] : [],
    },
    { heading: h('code'), blocks: field(null, snapshot.code) },
  ];

  const publishedAt = snapshot.publishedAt ?? snapshot.updatedAt;
  return {
    locale,
    textLocale,
    code: snapshot.code,
    title: text.title,
    kicker: [h('resourceSheet'), snapshot.provider.name, snapshot.area && taxonomyLabel(snapshot.area, locale), snapshot.programme && taxonomyLabel(snapshot.programme, locale)]
      .filter((line): line is string => Boolean(line)),
    summary: text.summary,
    description: text.description,
    sections: sections.filter((section) => section.blocks.length > 0),
    providerName: snapshot.provider.name,
    publishedOn: snapshot.publishedAt ? formatDay(catalanDate(new Date(snapshot.publishedAt))) : null,
    createdAt: new Date(publishedAt),
  };
}

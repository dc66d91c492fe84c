import { Locale, LOCALES, LocalizedText } from '../../i18n/locale';
import { TermUnit } from '../../catalogue/resource-enums';
import { ResourceSnapshot, surveyOf } from '../../catalogue/resource-snapshot';
import { CPSV_AP_CONTEXT_URL } from './cpsv-ap-context';
import {
  CHANNEL_KIND_LABELS, DOCUMENT_KIND_LABELS, GRANT_PROCEDURE_LABELS, Labels, LANGUAGES, LOCAL_ENTITY_TYPE_LABELS, nutsIri,
  PROVINCES, PROVISION_TYPE_LABELS, REQUIREMENT_VERIFICATION_LABELS, RESOURCE_KIND_LABELS,
  RESOURCE_STATUS_LABELS, RULE_KIND_LABELS, RuleKind, SDG_LABELS, sdgIri,
} from './resource-concepts';

/**
 * Prefixes for the properties. The official context only defines class-scoped terms
 * ("PublicService.name"), so properties are written as compact IRIs, as in CPSV-AP's own example;
 * the class names (PublicService, Requirement, Concept…) are the official context's terms.
 */
const PREFIXES = {
  adms: 'http://www.w3.org/ns/adms#',
  cpsv: 'http://purl.org/vocab/cpsv#',
  cv: 'http://data.europa.eu/m8g/',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  org: 'http://www.w3.org/ns/org#',
  owl: 'http://www.w3.org/2002/07/owl#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  spdx: 'http://spdx.org/rdf/terms#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

const LANGUAGE_TAG: Record<Locale, string> = { CA: 'ca', ES: 'es', EN: 'en', OC: 'oc' };

type Node = Record<string, unknown>;

const ref = (iri: string) => ({ '@id': iri });
const typed = (value: string, datatype: string) => ({ '@value': value, '@type': datatype });
const text = (value: string, locale: Locale) => ({ '@value': value, '@language': LANGUAGE_TAG[locale] });
const localized = (value: LocalizedText) => LOCALES.filter((l) => value[l]).map((l) => text(value[l]!, l));
/** Names of providers, units, areas and catalogues are kept in Catalan only. */
const catalan = (value: string) => text(value, Locale.CA);
const labelled = (labels: Labels) => [text(labels.ca, Locale.CA), text(labels.es, Locale.ES), text(labels.en, Locale.EN)];

/** Drops absent values and empty lists, so optional fitxa fields leave no empty properties. */
function node(properties: Node): Node {
  return Object.fromEntries(Object.entries(properties).filter(([, v]) => v != null && !(Array.isArray(v) && v.length === 0)));
}

/**
 * The resolution term as an xsd:duration. Months and calendar days map exactly. Business days
 * (dies hàbils) have no xsd:duration: their length depends on weekends and holidays, which vary
 * with the application date and the municipality. They map to whole weeks, ceil(n / 5) × 7 days:
 * any 7 consecutive days hold exactly 5 weekdays, so this is never shorter than the term on a
 * calendar without holidays (a maximum term must not be understated), and at most 6 days longer.
 * The exact term stays in the API (`Resource.resolutionTerm`) and in the fitxa's own wording,
 * exported as the RESOLUTION_TERM rule.
 */
export function resolutionTermToDuration(term: { amount: number; unit: TermUnit }): string {
  switch (term.unit) {
    case TermUnit.MONTHS: return `P${term.amount}M`;
    case TermUnit.CALENDAR_DAYS: return `P${term.amount}D`;
    case TermUnit.BUSINESS_DAYS: return `P${Math.ceil(term.amount / 5) * 7}D`;
    // Hours of business days (at most 24, art. 30.1): the nominal length. Unlike business days, no
    // whole-week bound holds without the calendar (a weekend and Easter can stretch 24 hours over
    // five days); the exact term stays in the API and in the RESOLUTION_TERM rule, as for days.
    case TermUnit.HOURS: return `PT${term.amount}H`;
  }
}

/**
 * The fitxa as a CPSV-AP 3.2.0 JSON-LD document (a flat `@graph`), in every language it has.
 * Pure: the same snapshot and base URL always give the same document. Every referenced concept is
 * included as a typed, labelled `skos:Concept` node, as the CPSV-AP SHACL shapes require.
 */
export function resourceToJsonLd(snapshot: ResourceSnapshot, options: { baseUrl: string }): Record<string, unknown> {
  const base = options.baseUrl.replace(/\/+$/, '');
  const providerIri = `${base}/providers/${snapshot.provider.slug}`;
  const serviceIri = `${base}/resources/${snapshot.provider.slug}/${snapshot.code}`;
  const graph = new Map<string, Node>();
  /** Adds a node, merging with one of the same IRI (a URL may be both a channel's page and a document). */
  const add = (n: Node) => {
    const id = n['@id'] as string;
    graph.set(id, { ...graph.get(id), ...n });
    return ref(id);
  };
  /** A concept of one of this service's own schemes: `${base}/vocabularies/<scheme>/<CODE>`. */
  const concept = (scheme: string, code: string, labels: Labels) => add({
    '@id': `${base}/vocabularies/${scheme}/${code}`, '@type': 'Concept', 'skos:prefLabel': labelled(labels),
  });
  const page = (url: string, extra: Node = {}) => add(node({ '@id': url, '@type': 'Document', ...extra }));
  const translations = LOCALES.flatMap((locale) => {
    const translation = snapshot.translations[locale];
    return translation ? [{ locale, ...translation }] : [];
  });
  /** The snapshot's translated fields, as language-tagged values. */
  const translated = (field: (t: (typeof translations)[number]) => string | null) =>
    translations.flatMap((t) => { const value = field(t); return value ? [text(value, t.locale)] : []; });

  // Competent authority: the provider. Its spatial coverage is its province, a NUTS region, typed
  // both dct:Location (what the shapes ask of dct:spatial) and skos:Concept (what it is in NUTS).
  const province = PROVINCES[snapshot.provider.provinceCode];
  const spatial = province
    ? add({ '@id': nutsIri(province.nuts), '@type': ['Location', 'Concept'], 'skos:prefLabel': catalan(province.name) })
    : undefined;
  // Typed foaf:Agent too because it publishes the catalogue (dcat:Dataset), and org:Organization
  // because it owns the channel: SHACL reads no subclass axioms, so each class must be stated.
  const provider = add(node({
    '@id': providerIri,
    '@type': ['PublicOrganization', 'Agent', 'Organization'],
    'dct:identifier': snapshot.provider.nif,
    'skos:prefLabel': catalan(snapshot.provider.name),
    'dct:title': catalan(snapshot.provider.name),
    'dct:spatial': spatial,
    'foaf:homepage': ref(snapshot.provider.website),
  }));

  // The provider unit, with the contact point that the service shares.
  let contactPoint: { '@id': string } | undefined;
  const unit = snapshot.providerUnit;
  if (unit) {
    const unitIri = `${providerIri}/units/${unit.code}`;
    contactPoint = add(node({
      '@id': `${unitIri}/contact-point`,
      '@type': 'ContactPoint',
      'cv:email': unit.email,
      'cv:telephone': unit.phone,
      'cv:contactPage': unit.contactFormUrl ? page(unit.contactFormUrl) : undefined,
    }));
    add(node({
      '@id': unitIri,
      '@type': ['org:OrganizationalUnit', 'Organization'],
      'dct:identifier': unit.code,
      'skos:prefLabel': catalan(unit.name),
      'skos:altLabel': unit.acronym ? catalan(unit.acronym) : undefined,
      'org:unitOf': provider,
      'cv:contactPoint': contactPoint,
      'foaf:homepage': unit.website ? ref(unit.website) : undefined,
    }));
  }

  const channel = snapshot.channel && add(node({
    '@id': `${serviceIri}/channel`,
    '@type': 'Channel',
    'dct:identifier': `${snapshot.code}/channel`,
    'dct:type': concept('channel-kind', snapshot.channel.kind, CHANNEL_KIND_LABELS[snapshot.channel.kind]),
    'dct:title': snapshot.channel.name ? localized(snapshot.channel.name) : undefined,
    'foaf:page': snapshot.channel.url ? page(snapshot.channel.url) : undefined,
    'cv:ownedBy': provider,
  }));

  // Documents: those the applicant accepts or attaches are its evidence (cpsv:hasInput); those of
  // which it receives a signed copy are outputs; any other is a page about the service.
  const documentPage = (d: ResourceSnapshot['documents'][number]) => page(d.url, {
    'dct:title': localized(d.title),
    'owl:versionInfo': d.version,
    'dcat:mediaType': ref(`https://www.iana.org/assignments/media-types/${d.mediaType}`),
    'spdx:checksum': {
      '@type': 'spdx:Checksum', 'spdx:algorithm': ref(`${PREFIXES.spdx}checksumAlgorithm_sha256`),
      'spdx:checksumValue': typed(d.sha256, 'xsd:hexBinary'),
    },
  });
  const evidenceIri = (code: string) => `${serviceIri}/evidence/${code}`;
  const evidenceCodes = new Set(snapshot.documents.filter((d) => d.mustAccept || d.mustAttach).map((d) => d.code));

  const requirements = snapshot.requirements.map((r) => add(node({
    '@id': `${serviceIri}/requirements/${r.id}`,
    '@type': 'Requirement',
    'dct:identifier': r.id,
    'dct:title': localized(r.text),
    'dct:type': concept('requirement-verification', r.verification, REQUIREMENT_VERIFICATION_LABELS[r.verification]),
    'cv:hasSupportingEvidence': r.documentCode && evidenceCodes.has(r.documentCode) ? ref(evidenceIri(r.documentCode)) : undefined,
  })));

  const evidence = snapshot.documents.filter((d) => evidenceCodes.has(d.code)).map((d) => add(node({
    '@id': evidenceIri(d.code),
    '@type': 'Evidence',
    'dct:identifier': d.code,
    'dct:title': localized(d.title),
    'dct:type': concept('document-kind', d.kind, DOCUMENT_KIND_LABELS[d.kind]),
    'foaf:page': documentPage(d),
    'cv:supportsRequirement': snapshot.requirements
      .filter((r) => r.documentCode === d.code).map((r) => ref(`${serviceIri}/requirements/${r.id}`)),
  })));

  const outputs = snapshot.documents.filter((d) => d.signedCopyOnAcceptance).map((d) => add(node({
    '@id': `${serviceIri}/outputs/${d.code}`,
    '@type': 'Output',
    'dct:identifier': d.code,
    'dct:title': localized(d.title),
    'dct:type': concept('document-kind', d.kind, DOCUMENT_KIND_LABELS[d.kind]),
    'foaf:page': documentPage(d),
  })));

  const otherPages = snapshot.documents
    .filter((d) => !evidenceCodes.has(d.code) && !d.signedCopyOnAcceptance).map(documentPage);

  // A legal reference is identified by its ELI when it has one; its URL is a page about it.
  const legalResources = snapshot.legalReferences.map((l) => add(node({
    '@id': l.eli ?? `${serviceIri}/legal-references/${l.id}`,
    '@type': 'LegalResource',
    'dct:title': localized(l.title),
    'foaf:page': l.url ? page(l.url) : undefined,
  })));

  // The fitxa's long texts are the rules the service follows (cpsv:Rule, typed by a concept).
  const rule = (kind: RuleKind, id: string, title: object[], description: object[]) => description.length === 0 ? undefined : add({
    '@id': `${serviceIri}/rules/${id}`,
    '@type': 'Rule',
    'dct:identifier': id,
    'dct:title': title,
    'dct:description': description,
    'dct:type': concept('rule-kind', kind, RULE_KIND_LABELS[kind]),
  });
  const sectionRule = (kind: RuleKind, field: Parameters<typeof translated>[0]) =>
    rule(kind, kind.toLowerCase().replace(/_/g, '-'), labelled(RULE_KIND_LABELS[kind]), translated(field));
  const rules = [
    sectionRule('APPLICATION_CONDITIONS', (t) => t.applicationConditions),
    sectionRule('EXECUTION_CONDITIONS', (t) => t.executionConditions),
    sectionRule('REVOCATION_CONDITIONS', (t) => t.revocationConditions),
    sectionRule('AFTER_APPLICATION', (t) => t.afterApplication),
    sectionRule('RESOLUTION_TERM', (t) => t.resolutionTermNote),
    ...snapshot.qualityCommitments.map((q) => rule('QUALITY_COMMITMENT', `quality-commitment-${q.position}`, localized(q.text),
      LOCALES.filter((l) => q.text[l]).map((l) => text([q.text[l], q.breachAction?.[l]].filter(Boolean).join('\n\n'), l)))),
    // The survey the entity answers after a grant: one rule, its questions in order, in each language the first question has.
    surveyOf(snapshot).length === 0 ? undefined : rule('SATISFACTION_SURVEY', 'satisfaction-survey', labelled(RULE_KIND_LABELS.SATISFACTION_SURVEY),
      LOCALES.filter((l) => surveyOf(snapshot)[0].text[l]).map((l) => text(surveyOf(snapshot)
        .map((q, index) => `${index + 1}. ${q.text[l] ?? q.text.CA ?? ''}`).join('\n'), l))),
  ];

  // The catalogue (convocatòria) is the dataset of public services the fitxa belongs to.
  const catalogue = snapshot.catalogue && add(node({
    '@id': `${providerIri}/catalogues/${snapshot.catalogue.code}`,
    '@type': 'Dataset',
    'dct:identifier': snapshot.catalogue.code,
    'dct:title': catalan(snapshot.catalogue.name),
    // The shapes require a description and a catalogue has none of its own: its name is the best one.
    'dct:description': catalan(snapshot.catalogue.name),
    'dct:publisher': provider,
    'dct:temporal': period(snapshot.catalogue.startDate, snapshot.catalogue.endDate),
  }));

  const titles = translated((t) => t.title);
  const descriptions = translated((t) => [t.summary, t.description].filter(Boolean).join('\n\n') || null);

  add(node({
    '@id': serviceIri,
    '@type': 'PublicService',
    'dct:identifier': snapshot.code,
    'dct:title': titles,
    // A description is mandatory; a fitxa with neither summary nor description falls back to its title.
    'dct:description': descriptions.length > 0 ? descriptions : titles,
    'dcat:keyword': snapshot.modality ? localized(snapshot.modality) : undefined,
    'dct:language': translations.map((t) => add({
      '@id': LANGUAGES[t.locale].iri, '@type': ['LinguisticSystem', 'Concept'], 'skos:prefLabel': labelled(LANGUAGES[t.locale].labels),
    })),
    'adms:status': concept('resource-status', snapshot.status, RESOURCE_STATUS_LABELS[snapshot.status]),
    'owl:versionInfo': String(snapshot.version),
    'dct:issued': snapshot.firstPublishedAt ? typed(snapshot.firstPublishedAt, 'xsd:dateTime') : undefined,
    'dct:modified': typed(snapshot.updatedAt, 'xsd:dateTime'),
    'cv:hasCompetentAuthority': provider,
    'dct:spatial': spatial,
    'dct:audience': snapshot.audience.map((a) => concept('local-entity-type', a, LOCAL_ENTITY_TYPE_LABELS[a])),
    'cv:thematicArea': [
      snapshot.area && add({ '@id': `${providerIri}/areas/${snapshot.area.code}`, '@type': 'Concept', 'skos:prefLabel': catalan(snapshot.area.name) }),
      snapshot.programme && add({
        '@id': `${providerIri}/programmes/${snapshot.programme.code}`, '@type': 'Concept', 'skos:prefLabel': catalan(snapshot.programme.name),
      }),
    ].filter(Boolean),
    'cv:isClassifiedBy': [
      concept('resource-kind', snapshot.kind, RESOURCE_KIND_LABELS[snapshot.kind]),
      snapshot.provisionType && concept('provision-type', snapshot.provisionType, PROVISION_TYPE_LABELS[snapshot.provisionType]),
      snapshot.grantProcedure && concept('grant-procedure', snapshot.grantProcedure, GRANT_PROCEDURE_LABELS[snapshot.grantProcedure]),
      // Sustainable Development Goals, by the UN's own IRIs.
      ...snapshot.sdgs.filter((goal) => SDG_LABELS[goal - 1]).map((goal) => add({
        '@id': sdgIri(goal), '@type': 'Concept', 'skos:prefLabel': labelled(SDG_LABELS[goal - 1]), 'skos:notation': String(goal),
      })),
    ].filter(Boolean),
    'dct:isPartOf': catalogue,
    'cv:contactPoint': contactPoint,
    'cv:hasChannel': channel,
    'cv:processingTime': snapshot.resolutionTerm ? typed(resolutionTermToDuration(snapshot.resolutionTerm), 'xsd:duration') : undefined,
    'cv:holdsRequirement': requirements,
    'cpsv:hasInput': evidence,
    'cpsv:produces': outputs,
    'cpsv:follows': rules.filter(Boolean),
    'cv:hasLegalResource': legalResources,
    'foaf:page': otherPages,
    // Application periods (termini de sol·licitud) have no CPSV-AP property; dct:temporal with
    // dct:PeriodOfTime is how DCAT states a period. The open shapes accept it.
    'dct:temporal': snapshot.applicationWindows.map((w) => period(w.opensOn, w.closesOn, w.label)),
  }));

  // The service first, then its nodes in the order they were met.
  const service = graph.get(serviceIri)!;
  graph.delete(serviceIri);
  return { '@context': [CPSV_AP_CONTEXT_URL, PREFIXES], '@graph': [service, ...graph.values()] };
}

function period(start: string | null, end: string | null, label?: string | null): Node | undefined {
  if (!start && !end) return undefined;
  return node({
    '@type': 'dct:PeriodOfTime',
    'dct:title': label ? catalan(label) : undefined,
    'dcat:startDate': start ? typed(start, 'xsd:date') : undefined,
    'dcat:endDate': end ? typed(end, 'xsd:date') : undefined,
  });
}
